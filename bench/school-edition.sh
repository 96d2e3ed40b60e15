#!/usr/bin/env bash
# Measures `build --school` at the campaign's real scale: the default site with data/schools.csv replaced by the
# 6,100 schools of bench/src/national_schools.py (the generator bench/national.sh uses), then one school's edition built
# cold. Prints wall time, CPU time, peak memory, output bytes and file count (targets: <= 10 s, <= 25 MB).
# Usage: bench/school-edition.sh [SCHOOL]   (after mvn -q -B package -DskipTests; SCHOOL defaults to the first row)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r site.yaml content templates assets "$work"/
mkdir -p "$work/data"
# The generator of bench/search-index.sh and bench/national.sh, so that all three measure the same schools.
python3 bench/src/national_schools.py "$work/data/schools.csv"
school=${1:-$(python3 - "$work/data/schools.csv" <<'PY'
import csv, re, sys, unicodedata
def slug(t):
    t = unicodedata.normalize("NFD", t.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]+", "-", "".join(c for c in t if not unicodedata.combining(c)).lower()).strip("-")
row = next(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
print(f"schools/{slug(row['province'])}/{slug(row['title'])}/")
PY
)}
echo "schools: $(($(wc -l < "$work/data/schools.csv") - 1)); edition of: $school"
/usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" \
  java -jar target/campaign-kit.jar build --source "$work" --output "$work/edition" --now 2025-10-20 --quiet --school "$school"
read -r wall user sys rss < "$work/time.txt"
bytes=$(du -sb "$work/edition" | cut -f1)
files=$(find "$work/edition" -type f | wc -l)
echo "cold edition build: ${wall} s wall, $(echo "$user + $sys" | bc) s CPU, $((rss / 1024)) MB peak memory"
echo "output: $bytes bytes ($((bytes / 1024 / 1024)) MB), $files files"
echo "largest parts:"; (cd "$work/edition" && du -sb * | sort -rn | head -6 | awk '{printf "  %-12s %6d KB\n", $2, $1 / 1024}')
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
