#!/bin/sh
# Edit-to-served latency of `serve` on a synthetic 10,000-page site (issue #5).
# Usage: bench/serve-latency.sh [--pages 10000] [--runs 30] [--warmup 10] [--port 8899] [--heap 2g]
# Builds target/campaign-kit.jar first if it is missing.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f target/campaign-kit.jar ]; then
  mvn -q -B package -DskipTests
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -d "$out" bench/SyntheticSite.java bench/ServeBenchmark.java
java -cp "$out" ServeBenchmark --jar target/campaign-kit.jar "$@"
