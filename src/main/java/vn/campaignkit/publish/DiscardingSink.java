package vn.campaignkit.publish;

import java.nio.file.Path;
import vn.campaignkit.render.OutputSink;

/** For {@code check}: everything is built and validated, nothing is written. */
public final class DiscardingSink implements OutputSink {
    @Override
    public void write(String outputPath, byte[] bytes) {
        // check writes nothing
    }

    @Override
    public void copy(String outputPath, Path from) {
        // check writes nothing
    }
}
