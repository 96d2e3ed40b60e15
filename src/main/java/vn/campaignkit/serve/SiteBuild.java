package vn.campaignkit.serve;

/**
 * Builds the site into memory. Implementations may reuse earlier work and redo only what the
 * changed files affect; they report user mistakes as problems, never as exceptions.
 */
@FunctionalInterface
public interface SiteBuild {
    BuildResult build(ChangeSet changes);
}
