package vn.campaignkit.publish;

/** One file of a build's output as the manifest records it: path and size in bytes. */
record WrittenFile(String path, long size) {
}
