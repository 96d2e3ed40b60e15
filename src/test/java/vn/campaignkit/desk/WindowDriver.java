package vn.campaignkit.desk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import vn.campaignkit.cli.Main;

/**
 * The child JVM of {@link DeskWindowTest}, run under a virtual display: starts the jar's no-argument path with no
 * console, answers the folder chooser and the "new site" question, reads the address in the window and clicks its
 * buttons, as an editor would. Progress goes to stderr; results to stdout after the desk's own line.
 */
public final class WindowDriver {
    private WindowDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        AtomicInteger exit = new AtomicInteger(-1);
        Thread app = new Thread(() -> exit.set(Main.run(new String[0], System.out, System.err)), "app");
        app.start();
        JFileChooser chooser = await("the folder chooser", () -> find(JFileChooser.class, "ck-folder-chooser"));
        SwingUtilities.invokeAndWait(() -> {
            chooser.setSelectedFile(folder.toFile());
            chooser.approveSelection();
        });
        AbstractButton yes = await("the new-site question", () -> button("Có"));
        click(yes);
        JLabel address = await("the desk window", () -> find(JLabel.class, "ck-url"));
        String url = address.getText();
        click(await("Mở trình duyệt", () -> find(AbstractButton.class, "ck-open")));
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1500);
        AbstractButton stop = await("Dừng", () -> find(AbstractButton.class, "ck-stop"));
        click(stop);
        // The window goes first, then the app returns; a desk that does not stop shows its threads.
        System.out.println("WINDOW_GONE=" + gone(20_000));
        app.join(120_000);
        if (app.isAlive()) {
            System.err.println("the app has not returned 120 s after Dừng; its threads:");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.err.println(thread);
                for (StackTraceElement element : stack) {
                    System.err.println("    at " + element);
                }
            });
        }
        System.out.println("LABEL=" + url);
        System.out.println("HTTP=" + page.statusCode());
        System.out.println("EXIT=" + exit.get());
        System.out.flush();
        System.exit(0);
    }

    private static boolean gone(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (find(Component.class, "ck-window").isEmpty()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * Presses the button as a click does ({@link AbstractButton#doClick}: armed, pressed, released, its actions run).
     * Not {@link java.awt.Robot}: with no window manager on the virtual display, a window is sometimes drawn elsewhere
     * than where Java places it, and the robot's clicks then land on nothing (seen in CI, then 2 of 2 runs here).
     */
    private static void click(AbstractButton button) throws Exception {
        SwingUtilities.invokeAndWait(() -> button.doClick(100));
        System.err.println("clicked " + (button.getName() != null ? button.getName() : button.getText()));
    }

    private interface Finder<T> {
        Optional<T> find() throws Exception;
    }

    private static <T> T await(String what, Finder<T> finder) throws Exception {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            Optional<T> found = finder.find();
            if (found.isPresent()) {
                System.err.println("found " + what);
                Thread.sleep(300);
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new IOException("never appeared: " + what);
    }

    private static Optional<AbstractButton> button(String text) {
        return components(AbstractButton.class).filter(b -> text.equals(b.getText()) && b.isShowing()).findFirst();
    }

    private static <T extends Component> Optional<T> find(Class<T> type, String name) {
        return components(type).filter(c -> name.equals(c.getName()) && c.isShowing()).findFirst();
    }

    private static <T extends Component> java.util.stream.Stream<T> components(Class<T> type) {
        java.util.List<T> all = new java.util.ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing()) {
                collect(window, type, all);
            }
        }
        return all.stream();
    }

    private static <T extends Component> void collect(Container container, Class<T> type, java.util.List<T> into) {
        if (type.isInstance(container)) {
            into.add(type.cast(container));
        }
        for (Component child : container.getComponents()) {
            if (child instanceof Container c) {
                collect(c, type, into);
            } else if (type.isInstance(child)) {
                into.add(type.cast(child));
            }
        }
    }
}
