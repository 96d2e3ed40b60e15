package vn.campaignkit.render;

import java.nio.file.Path;

/** Where rendered files go. Only {@code publish} implements it with real writes. */
public interface OutputSink {
    /** Writes one output file, by its site path such as {@code tips/x/index.html}. */
    void write(String outputPath, byte[] bytes);

    /** Publishes an existing file as is (assets, reused derived files). */
    void copy(String outputPath, Path from);
}
