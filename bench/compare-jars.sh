#!/usr/bin/env bash
# Compares two builds of Campaign Kit on the same site: interleaved timed runs of `build --pages-only`
# (wall and CPU seconds, median and min per jar) and a byte comparison of the two outputs.
# Used after dependency bumps (README, "Keeping dependencies current"):
#
#   bench/compare-jars.sh OLD.jar NEW.jar SITE_DIR [RUNS]     # e.g. bench/work/sites/10000/ck, 5 runs
#
# Each jar runs as `java -jar JAR build --pages-only --now 2025-10-20`, so it relaunches itself with the
# class-data archive beside it (JAR's name with .jsa), as users run it. Raw numbers: OUT/runs.tsv.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 OLD.jar NEW.jar SITE_DIR [RUNS]" >&2; exit 2; }
OLD="$1" NEW="$2" SITE="$3" RUNS="${4:-5}"
OUT="${COMPARE_OUT:-$(mktemp -d)}"
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
printf 'jar\trun\twall_s\tcpu_s\n' > "$OUT/runs.tsv"
run() { # run LABEL JAR N
  rm -rf "$OUT/$1"
  /usr/bin/time -f '%e %U %S' -o "$OUT/time.txt" java -jar "$2" build --pages-only --now 2025-10-20 \
    --source "$SITE" --output "$OUT/$1" > "$OUT/$1.log" 2>&1 || { cat "$OUT/$1.log" >&2; exit 1; }
  read -r wall user sys < <(tail -1 "$OUT/time.txt")
  printf '%s\t%s\t%s\t%s\n' "$1" "$3" "$wall" "$(echo "$user + $sys" | bc)" >> "$OUT/runs.tsv"
  printf '  %-4s run %s: %s s wall, %s s CPU\n' "$1" "$3" "$wall" "$(echo "$user + $sys" | bc)"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
  if [ $((i % 2)) -eq 1 ]; then run old "$OLD" "$i"; run new "$NEW" "$i"; else run new "$NEW" "$i"; run old "$OLD" "$i"; fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
stat() { # stat JAR COLUMN: "median min" of one column over that jar's runs
  awk -F'\t' -v j="$1" -v c="$2" '$1 == j { print $c }' "$OUT/runs.tsv" | sort -n | awk '
    { v[NR] = $1 } END { printf "%.2f %.2f\n", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1] }'
}
for jar in old new; do
  read -r wm wmin < <(stat "$jar" 3); read -r cm cmin < <(stat "$jar" 4)
  echo "$jar: wall median $wm s, min $wmin s; CPU median $cm s, min $cmin s ($RUNS runs)"
done
if diff -r -q -x .campaignkit-manifest.tsv "$OUT/old" "$OUT/new" > "$OUT/diff.txt"; then
  echo "outputs: byte-identical (the manifest aside, which records the jar's fingerprint)"
else
  echo "outputs differ in $(wc -l < "$OUT/diff.txt") files: $OUT/diff.txt"
fi
echo "raw: $OUT/runs.tsv"
