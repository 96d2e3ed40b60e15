#!/usr/bin/env bash
# Measures the search index at the campaign's real scale: the default site with data/schools.csv
# replaced by 6,100 generated schools in 34 provinces. Prints the index size (budget: 300 KB, loaded
# only when a visitor starts searching), its gzip size, and the page weights of the home page.
# Usage: bench/search-index.sh   (after mvn -q -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r site.yaml content templates assets "$work"/
mkdir -p "$work/data"
python3 bench/src/national_schools.py "$work/data/schools.csv"
start=$(date +%s%N)
java -jar target/campaign-kit.jar build --source "$work" --output "$work/output" --now 2025-10-20 --pages-only >/dev/null
end=$(date +%s%N)
index="$work/output/search/index.js"
bytes=$(stat -c %s "$index")
gz=$(gzip -9 -c "$index" | wc -c)
schools=$(($(wc -l < "$work/data/schools.csv") - 1))
echo "schools: $schools"
echo "search/index.js: $bytes bytes ($((bytes / 1024)) KB; budget 300 KB), gzip -9: $gz bytes"
echo "home page HTML: $(stat -c %s "$work/output/index.html") bytes; site.js: $(stat -c %s "$work/output/assets/js/site.js") bytes; search.js: $(stat -c %s "$work/output/assets/js/search.js") bytes"
echo "build (--pages-only, $schools schools): $(((end - start) / 1000000)) ms"
[ "$bytes" -le $((300 * 1024)) ]
