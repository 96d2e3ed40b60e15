#!/bin/sh
# The editor's desk on the default site (issue #12): keystroke pause → updated preview, save → file on disk,
# and the gzipped size of the desk's own JS + CSS. Prints medians (and p90) of each.
# Usage: bench/desk.sh [--runs 40] [--warmup 15] [--port 8898]
# Builds target/campaign-kit.jar first if it is missing.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f target/campaign-kit.jar ]; then
  mvn -q -B package -DskipTests
fi
java bench/DeskBenchmark.java --jar target/campaign-kit.jar "$@"
