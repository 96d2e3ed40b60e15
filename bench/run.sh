#!/usr/bin/env bash
# Benchmark: Campaign Kit vs Hugo vs jbake-core 2.7.0 on the same synthetic campaign sites.
# Usage: bench/run.sh [--sizes 1000,10000,30000] [--runs 5] [--engines ck,ck-fast,ck-default,hugo,jbake]
#                     [--jbake-sizes 1000,10000] [--plain-sizes 1000,10000] [--incremental-sizes 1000,10000]
#                     [--runs-for 30000:3,...] [--out DIR] [--append]
#   --runs-for SIZE:N,... overrides --runs for some sizes (full and incremental cases of that size)
#   --no-package uses target/campaign-kit.jar as it is (e.g. while another invocation is running)
#   --incremental-only skips the full builds and measures the incremental cases on the last output
#   ck = java -jar target/campaign-kit.jar, as the README runs it (build and check relaunch themselves in a JVM
#        tuned for a batch job: C1, serial GC, the AppCDS archive beside the jar);
#   ck-fast = the same flags given by hand (no relaunch); ck-default = CAMPAIGNKIT_RELAUNCH=0 java -jar, the JVM's
#        own defaults (G1, C2), at --plain-sizes only
#   --out DIR writes the engines' output there instead of bench/work/out (e.g. /dev/shm, to take the disk out)
#   --append keeps the runs of earlier invocations in the report (e.g. the slow jbake-core runs done once)
# Writes bench/RESULTS.md (and raw numbers to bench/work/runs.tsv); see bench/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/bench/work"
SIZES="1000,10000,30000"
JBAKE_SIZES="1000,10000"
PLAIN_SIZES="1000,10000"
INC_SIZES="1000,10000"
RUNS=5
ENGINES="ck,ck-fast,ck-default,hugo,jbake"
OUT_ROOT=""
APPEND=no
RUNS_FOR=""
PACKAGE=yes
FULL=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --engines) ENGINES="$2"; shift 2 ;;
    --jbake-sizes) JBAKE_SIZES="$2"; shift 2 ;;
    --plain-sizes) PLAIN_SIZES="$2"; shift 2 ;;
    --incremental-sizes) INC_SIZES="$2"; shift 2 ;;
    --runs-for) RUNS_FOR="$2"; shift 2 ;;
    --out) OUT_ROOT="$2"; shift 2 ;;
    --no-package) PACKAGE=no; shift ;;
    --incremental-only) FULL=no; shift ;;
    --append) APPEND=yes; shift ;;
    -h|--help) sed -n 2,14p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
has() { case ",$1," in *",$2,"*) return 0 ;; *) return 1 ;; esac; }
runs_for() {  # runs_for SIZE: the number of runs for that size
  local pair
  for pair in ${RUNS_FOR//,/ }; do [ "${pair%%:*}" = "$1" ] && { echo "${pair#*:}"; return; }; done
  echo "$RUNS"
}

[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time): apt-get install -y time" >&2; exit 2; }
mkdir -p "$WORK"

if [ "$PACKAGE" = yes ] && { has "$ENGINES" ck || has "$ENGINES" ck-fast || has "$ENGINES" ck-default; }; then
  echo "== building Campaign Kit (mvn package: the jar and its AppCDS archive)"
  (cd "$ROOT" && mvn -q -B package -DskipTests)
fi
JAR="$ROOT/target/campaign-kit.jar"
CK=(java -jar "$JAR")
CK_DEFAULT=(env CAMPAIGNKIT_RELAUNCH=0 java -jar "$JAR")
# the fast launch documented in the README: class-data archive, C1 JIT only, serial GC
CK_FAST=(java -XX:SharedArchiveFile="$ROOT/target/campaign-kit.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$JAR")

if has "$ENGINES" jbake; then
  echo "== building the jbake-core 2.7.0 runner (bench/jbake)"
  (cd "$ROOT/bench/jbake" && mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
  JBAKE_CP="$ROOT/bench/jbake/target/classes:$(cat "$ROOT/bench/jbake/target/classpath.txt")"
fi
if has "$ENGINES" hugo && ! command -v hugo >/dev/null; then
  echo "== hugo is not installed: skipping Hugo (apt-get install -y hugo)"
  ENGINES="$(echo ",$ENGINES," | sed 's/,hugo,/,/; s/^,//; s/,$//')"
fi

echo "== compiling the generator and the report"
rm -rf "$WORK/classes" && javac -encoding UTF-8 -d "$WORK/classes" "$ROOT"/bench/src/*.java

RAW="$WORK/runs.tsv"
SESSIONS="$WORK/sessions.txt"
if [ "$APPEND" = no ] || [ ! -f "$RAW" ]; then
  printf 'engine\tpages\tcase\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\tfiles_written\n' > "$RAW"
  : > "$SESSIONS"
fi
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
STARTED="$(date -u +%Y-%m-%dT%H:%MZ)"

# measure ENGINE N CASE RUN cmd... : one timed process; fails the benchmark when the engine fails
measure() {
  local engine="$1" n="$2" kase="$3" run="$4"; shift 4
  local t="$WORK/time-$$.txt" log="$WORK/last-$engine.log" out="${*: -1}" written="-"
  touch "$WORK/marker-$$"
  if ! /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$t" "$@" > "$log" 2>&1; then
    echo "!! $engine failed on $n pages ($kase); see $log" >&2; tail -20 "$log" >&2; exit 1
  fi
  # files written by this run = files newer than the marker (reused files keep their old time)
  case "$engine" in ck*) written="$(find "$out" -type f -newer "$WORK/marker-$$" | wc -l)" ;; esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$n" "$kase" "$run" "$(tail -1 "$t")" "$written" >> "$RAW"
  printf '   %-6s %6s pages %-12s run %s: %s\n' "$engine" "$n" "$kase" "$run" "$(tail -1 "$t" | cut -f1,4 | sed 's/\t/ s, /; s/$/ KB/')"
}

for n in ${SIZES//,/ }; do
  SITE="$WORK/sites/$n"
  if [ ! -f "$SITE/.complete" ]; then
    rm -rf "$SITE"
    java -cp "$WORK/classes" Generate "$n" "$SITE"
    touch "$SITE/.complete"
  fi
  OUT="${OUT_ROOT:-$WORK/out}/$n"
  echo "== $n pages"
  for run in $(seq 1 "$(runs_for "$n")"); do
    [ "$FULL" = yes ] || break
    # engines interleaved run by run, so a burst of load from elsewhere hits all of them alike
    if has "$ENGINES" ck; then
      rm -rf "$OUT/ck"
      measure ck "$n" full "$run" "${CK[@]}" build --pages-only --now 2025-10-20 --source "$SITE/ck" --output "$OUT/ck"
    fi
    if has "$ENGINES" ck-default && has "$PLAIN_SIZES" "$n"; then
      rm -rf "$OUT/ck-default"
      measure ck-default "$n" full "$run" "${CK_DEFAULT[@]}" build --pages-only --now 2025-10-20 --source "$SITE/ck" --output "$OUT/ck-default"
    fi
    if has "$ENGINES" ck-fast; then
      rm -rf "$OUT/ck-fast"
      measure ck-fast "$n" full "$run" "${CK_FAST[@]}" build --pages-only --now 2025-10-20 --source "$SITE/ck" --output "$OUT/ck-fast"
    fi
    if has "$ENGINES" hugo; then
      rm -rf "$OUT/hugo"
      measure hugo "$n" full "$run" hugo --quiet --source "$SITE/hugo" --destination "$OUT/hugo"
    fi
    if has "$ENGINES" jbake && has "$JBAKE_SIZES" "$n"; then
      rm -rf "$OUT/jbake"
      measure jbake "$n" full "$run" java -cp "$JBAKE_CP" bench.Bake "$SITE/jbake" "$OUT/jbake"
    fi
  done
  for engine in ck ck-fast; do
    has "$ENGINES" "$engine" && has "$INC_SIZES" "$n" || continue
    [ "$engine" = ck ] && cmd=("${CK[@]}") || cmd=("${CK_FAST[@]}")
    # incremental: unchanged input, then one tip edited (restored afterwards)
    for run in $(seq 1 "$(runs_for "$n")"); do
      measure "$engine" "$n" unchanged "$run" "${cmd[@]}" build --pages-only --now 2025-10-20 --source "$SITE/ck" --output "$OUT/$engine"
    done
    TIP="$(find "$SITE/ck/content/tips" -name '*.md' | sort | sed -n 1p)"
    cp "$TIP" "$WORK/tip.bak"
    for run in $(seq 1 "$(runs_for "$n")"); do
      printf '\nMột câu mới ở lần sửa %s.\n' "$run" >> "$TIP"
      measure "$engine" "$n" one-edit "$run" "${cmd[@]}" build --pages-only --now 2025-10-20 --source "$SITE/ck" --output "$OUT/$engine"
    done
    cp "$WORK/tip.bak" "$TIP"
  done
done

LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
HUGO_VERSION="$(command -v hugo >/dev/null && hugo version | cut -d' ' -f2 || echo absent)"
printf -- '- `bench/run.sh%s --sizes %s --runs %s%s --engines %s --jbake-sizes %s --plain-sizes %s --incremental-sizes %s%s%s` started %s (output on %s); load average (1, 5, 15 min) before: %s, after: %s\n' \
  "$([ "$FULL" = no ] && echo ' --incremental-only')" "$SIZES" "$RUNS" "$([ -n "$RUNS_FOR" ] && echo " --runs-for $RUNS_FOR")" "$ENGINES" "$JBAKE_SIZES" "$PLAIN_SIZES" "$INC_SIZES" "$([ -n "$OUT_ROOT" ] && echo " --out $OUT_ROOT")$([ "$PACKAGE" = no ] && echo ' --no-package')" "$([ "$APPEND" = yes ] && echo ' --append')" "$STARTED" "$(df --output=fstype "${OUT_ROOT:-$WORK}" | tail -1)" "$LOAD_BEFORE" "$LOAD_AFTER" >> "$SESSIONS"
java -cp "$WORK/classes" Report "$RAW" "$ROOT/bench/RESULTS.md" \
  "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM" \
  "$(java -version 2>&1 | head -1); hugo $HUGO_VERSION; jbake-core 2.7.0 (FreeMarker 2.3.31, flexmark 0.62.2)" \
  "$SESSIONS"
echo "== wrote bench/RESULTS.md"
