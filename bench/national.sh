#!/usr/bin/env bash
# The national build: the default site with data/schools.csv replaced by 6,100 generated schools in 34
# provinces (bench/src/national_schools.py, the generator of bench/search-index.sh), built in full (not
# --pages-only) four ways, each as a whole process timed by GNU time:
#   cold       no previous output
#   rename     one school renamed in the CSV, then build (the previous output is reused where it can be)
#   unchanged  build again with nothing changed
#   check      `check` of the same site (validates, writes nothing)
# Prints wall, CPU (user + system) and peak resident memory of each, and the output's bytes and files, with
# the bytes of each kind of file. CPU seconds, bytes and files do not depend on other load on the machine;
# wall times do: re-run on a quiet machine for them.
#
# Usage: bench/national.sh [--cases cold,rename,unchanged,check] [--work DIR] [--no-package] [--keep]
#   JAVA_OPTS="-XX:TieredStopAtLevel=1 ..." runs `java $JAVA_OPTS -jar` (a JVM given options is not relaunched:
#   use it to compare JVM settings, e.g. C1 and C2); default: plain `java -jar`, as the README runs it.
# Results: printed, and appended to bench/work/national.tsv (one line per case).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CASES="cold,rename,unchanged,check"
WORK=""
PACKAGE=yes
KEEP=no
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) CASES="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --no-package) PACKAGE=no; shift ;;
    --keep) KEEP=yes; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "GNU time is required: apt-get install -y time" >&2; exit 2; }
if [ "$PACKAGE" = yes ] || [ ! -f "$ROOT/target/campaign-kit.jar" ]; then
  (cd "$ROOT" && mvn -q -B package -DskipTests)
fi
if [ -z "$WORK" ]; then
  WORK="$(mktemp -d /tmp/campaignkit-national.XXXXXX)"
  [ "$KEEP" = yes ] || trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"
# the jar and its class-data archive are copied: a rebuild of target/ during the run must not change them
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src pom.xml || echo +changes)"
# the same jar is not copied again: a new copy is a new generator to the build (its size and time), which would
# render every page again once, as after an upgrade
if ! cmp -s "$ROOT/target/campaign-kit.jar" "$WORK/campaign-kit.jar"; then
  rm -f "$WORK/campaign-kit.jar" "$WORK/campaign-kit.jsa"
  cp "$ROOT/target/campaign-kit.jar" "$WORK/campaign-kit.jar"
  if [ -f "$ROOT/target/campaign-kit.jsa" ]; then # newer than the jar, or the relaunch would not use it
    cp "$ROOT/target/campaign-kit.jsa" "$WORK/campaign-kit.jsa" && touch "$WORK/campaign-kit.jsa"
  fi
fi
SITE="$WORK/site"
OUT="$WORK/output"
if [ ! -f "$SITE/data/schools.csv" ]; then
  mkdir -p "$SITE/data"
  cp -r "$ROOT/site.yaml" "$ROOT/content" "$ROOT/templates" "$ROOT/assets" "$SITE"/
  python3 "$ROOT/bench/src/national_schools.py" "$SITE/data/schools.csv"
fi
TSV="$ROOT/bench/work/national.tsv"
mkdir -p "$(dirname "$TSV")"
read -r -a JOPTS <<< "${JAVA_OPTS:-}"
export CAMPAIGNKIT_TIMINGS=1 # the phase times go to each case's log ($WORK/<case>.log, kept with --keep or --work)

run() { # CASE COMMAND...: runs the command under GNU time, prints and records one result line
  local name="$1"; shift
  local log="$WORK/$name.log" times="$WORK/$name.time"
  local load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$times" java "${JOPTS[@]}" -jar "$WORK/campaign-kit.jar" "$@" >"$log" 2>&1 \
    || { echo "$name failed:"; tail -20 "$log"; exit 1; }
  local wall user sys kb bytes files
  IFS=$'\t' read -r wall user sys kb < "$times"
  if [ "$name" = check ]; then bytes=0; files=0; else
    bytes=$(find "$OUT" -type f -printf '%s\n' | awk '{s += $1} END {printf "%d", s}')
    files=$(find "$OUT" -type f | wc -l)
  fi
  printf '%-10s %8.1f %8.1f %8d %10.1f %8d   %s   (load %s before)\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" \
    "$((kb / 1024))" "$(echo "scale=1; $bytes / 1048576" | bc)" "$files" "$(grep -E '^(Built|Up to date|No problems|[0-9]+ problems? found)' "$log" | tail -1 | cut -c1-110)" "$load"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$COMMIT" \
    "${JAVA_OPTS:-java -jar}" "$name" "$wall" "$(echo "$user + $sys" | bc)" "$kb" "$bytes" "$files" "$load" >> "$TSV"
}

SCHOOLS=$(($(wc -l < "$SITE/data/schools.csv") - 1))
echo "== $SCHOOLS schools; jar of $COMMIT; $(nproc) cores; $(java -version 2>&1 | head -1); JVM options: ${JAVA_OPTS:-(none: java -jar relaunches tuned)}"
echo "case           wall s    CPU s  peak MB  output MB    files   last line of the command"
BUILD=(build --source "$SITE" --output "$OUT" --now 2025-10-20)
IFS=',' read -r -a WANTED <<< "$CASES"
for c in "${WANTED[@]}"; do
  case "$c" in
    cold) rm -rf "$OUT"; run cold "${BUILD[@]}"
      echo "   by kind (MB): $(find "$OUT" -type f -printf '%s %f\n' | awk '{n = split($2, p, "."); e = n > 1 ? p[n] : "-"; s[e] += $1; c[e]++}
        END {for (e in s) printf "%s %.1f (%d files); ", e, s[e] / 1048576, c[e]}')" ;;
    rename) # the first school of the list gets a new name (so a new page path, frame, printables); a second
      # rename gives it back its first name, so the case can run any number of times
      if sed -n 2p "$SITE/data/schools.csv" | grep -q ' Đổi Tên,'; then
        sed -i '2s/ Đổi Tên,/,/' "$SITE/data/schools.csv"
      else
        sed -i '2s/^\([^,]*\),/\1 Đổi Tên,/' "$SITE/data/schools.csv"
      fi
      run rename "${BUILD[@]}" ;;
    unchanged) run unchanged "${BUILD[@]}" ;;
    check) run check check --source "$SITE" --now 2025-10-20 ;;
    *) echo "unknown case $c" >&2; exit 2 ;;
  esac
done
echo "(raw lines appended to $TSV; wall times depend on other load, CPU seconds, bytes and files do not)"
