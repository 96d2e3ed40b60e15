#!/usr/bin/env bash
# Marginal cost of one school's derived files (per-school frames, print PDFs, previews, kit zip):
# full builds (not --pages-only) of the default site as it is and with EXTRA generated schools added.
# Usage: bench/school-kits.sh [EXTRA=40]   (numbers for docs/scaling.md)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
EXTRA="${1:-40}"
WORK="$ROOT/bench/work/kits"
[ -f "$ROOT/target/campaign-kit.jar" ] || (cd "$ROOT" && mvn -q -B package -DskipTests)
CK=(java -XX:SharedArchiveFile="$ROOT/target/campaign-kit.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$ROOT/target/campaign-kit.jar")
rm -rf "$WORK" && mkdir -p "$WORK"
for variant in base more; do
  SITE="$WORK/$variant"
  mkdir -p "$SITE"
  cp -r "$ROOT/site.yaml" "$ROOT/content" "$ROOT/assets" "$ROOT/templates" "$SITE/"
  [ -d "$ROOT/data" ] && cp -r "$ROOT/data" "$SITE/"
  if [ "$variant" = more ]; then
    for i in $(seq 1 "$EXTRA"); do
      mkdir -p "$SITE/content/schools/ha-noi"
      printf -- '---\ntitle: "Trường THCS Đo Lường %s"\nprovince: "Hà Nội"\nlevel: "THCS"\ntags: [khongmotminh]\n---\nTrường tham gia chiến dịch.\n' \
        "$i" > "$SITE/content/schools/ha-noi/thcs-do-luong-$i.md"
    done
  fi
  /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$WORK/$variant.time" "${CK[@]}" build --now 2025-10-20 --source "$SITE" --output "$WORK/out-$variant" \
    | tee "$WORK/$variant.log"
  echo "$variant: $(find "$WORK/out-$variant" -type f | wc -l) files, $(du -sm "$WORK/out-$variant" | cut -f1) MB; wall, user, sys s, peak KB: $(cat "$WORK/$variant.time" | tr '\t' ' ')"
done
base_cpu=$(awk -F'\t' '{print $2+$3}' "$WORK/base.time")
more_cpu=$(awk -F'\t' '{print $2+$3}' "$WORK/more.time")
base_files=$(find "$WORK/out-base" -type f | wc -l)
more_files=$(find "$WORK/out-more" -type f | wc -l)
base_mb=$(du -sk "$WORK/out-base" | cut -f1)
more_mb=$(du -sk "$WORK/out-more" | cut -f1)
awk -v a="$base_cpu" -v b="$more_cpu" -v n="$EXTRA" -v fa="$base_files" -v fb="$more_files" -v ka="$base_mb" -v kb="$more_mb" 'BEGIN {
  printf "per extra school: %.2f CPU s, %.1f files, %.2f MB of output\n", (b-a)/n, (fb-fa)/n, (kb-ka)/n/1024 }'
