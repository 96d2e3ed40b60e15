#!/usr/bin/env bash
# What checking and cleaning one phone-size photo costs (the build probes each distinct image once and cleans
# each published one), against decoding its pixels. Usage: bench/image-probe.sh   (after mvn -q -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
java -cp target/campaign-kit.jar bench/ImageProbeBench.java
