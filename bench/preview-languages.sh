#!/bin/sh
# Save-to-served latency of `serve` on the default site in Vietnamese and English (issue 15, item 7): a Vietnamese
# tip body edit, a tip title edit, an English translation edit and an English message-file edit, medians of each.
# Usage: bench/preview-languages.sh [--runs 15] [--warmup 5] [--port 8898] [--jar target/campaign-kit.jar]
# (--jar another build's jar compares it, e.g. main's, whose preview rebuilt every language in full).
# Builds target/campaign-kit.jar first if it is missing. The machine's load changes the numbers: re-run on a quiet one.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f target/campaign-kit.jar ]; then
  mvn -q -B package -DskipTests
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -d "$out" bench/PreviewLanguagesBenchmark.java
java -cp "$out" PreviewLanguagesBenchmark --site . "$@"
