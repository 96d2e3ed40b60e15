#!/usr/bin/env bash
# One school renamed, two builds of Campaign Kit side by side: the machine's speed drifts by 10-20 % over an hour,
# so two versions are compared by interleaving them, each on its own copy of the national output (hard links: no
# build ever writes into an existing file), the school list renamed back and forth before each round, the order
# of A and B swapped every round. Prints, per build: wall s, CPU s, pages not rendered again.
#
# Usage: bench/renames-ab.sh WORK JAR_A JAR_B [ROUNDS=7]
#   WORK   a folder left by `bench/national.sh --work WORK --cases cold` (WORK/site and WORK/output)
#   The first round only lets each jar make its own output once (a new jar renders every page once).
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
WORK=$1; ROUNDS=${4:-7}
SITE="$WORK/site"; AB="$WORK/ab"
[ -x /usr/bin/time ] || { echo "GNU time is required: apt-get install -y time" >&2; exit 2; }
for x in A B; do
  jar=$2; [ "$x" = B ] && jar=$3
  mkdir -p "$AB/$x"
  if ! cmp -s "$jar" "$AB/$x/campaign-kit.jar"; then cp "$jar" "$AB/$x/campaign-kit.jar"; rm -f "$AB/$x/campaign-kit.jsa"; fi
  rm -rf "$AB/$x/output" "$AB/$x/output.campaignkit-previous"
  cp -al "$WORK/output" "$AB/$x/output"
done
toggle() {
  if sed -n 2p "$SITE/data/schools.csv" | grep -q ' Đổi Tên,'; then sed -i '2s/ Đổi Tên,/,/' "$SITE/data/schools.csv"
  else sed -i '2s/^\([^,]*\),/\1 Đổi Tên,/' "$SITE/data/schools.csv"; fi
}
one() {
  /usr/bin/time -f '%e %U %S' -o "$AB/time" java -jar "$AB/$1/campaign-kit.jar" build --source "$SITE" --output "$AB/$1/output" \
    --now 2025-10-20 --quiet > "$AB/$1.log" 2>&1 || { tail -5 "$AB/$1.log"; exit 1; }
  read -r w u s < "$AB/time"
  echo "$1 $w $(echo "$u + $s" | bc) $(grep -o '[0-9]* pages not rendered again' "$AB/$1.log" | cut -d' ' -f1)"
}
echo "build wall-s CPU-s pages-reused"
for r in $(seq 1 "$ROUNDS"); do
  toggle
  if [ $((r % 2)) -eq 0 ]; then one A; one B; else one B; one A; fi
done
