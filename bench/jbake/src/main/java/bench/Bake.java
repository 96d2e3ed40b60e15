package bench;

import java.io.File;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Bakes one JBake site folder into an output folder with jbake-core 2.7.0: {@code Bake SOURCE OUTPUT}. */
public final class Bake {
    public static void main(String[] args) throws Exception {
        var config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(Throwable::printStackTrace);
            System.exit(1);
        }
    }
}
