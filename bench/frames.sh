#!/usr/bin/env bash
# Re-runnable benchmark: render time of every frame PNG (per format), the per-school variants, wallpapers
# and Open Graph images of a site, then the wall-clock time of a full build and of an unchanged rebuild.
# Usage: bench/frames.sh [SITE_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
SITE="${1:-.}"
ROUNDS="${2:-3}"
[ -f target/campaign-kit.jar ] || mvn -q -B package -DskipTests
java -Djava.awt.headless=true -cp target/campaign-kit.jar bench/FrameBench.java "$SITE" "$ROUNDS"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
echo "full build:"
/usr/bin/time -f "  %e s wall, %U s user, %M KB max RSS" java -jar target/campaign-kit.jar build --source "$SITE" --output "$OUT/site" --now 2025-10-20
echo "unchanged rebuild (derived files reused):"
/usr/bin/time -f "  %e s wall, %U s user, %M KB max RSS" java -jar target/campaign-kit.jar build --source "$SITE" --output "$OUT/site" --now 2025-10-20
