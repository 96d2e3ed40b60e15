package vn.campaignkit.publish;

/** One file of a build's output as the manifest records it: path, size in bytes and SHA-256 of the content. */
record WrittenFile(String path, long size, String sha256) {
}
