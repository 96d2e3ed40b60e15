#!/bin/sh
# Lighthouse (phone profile, simulated throttling) on one page of every kind of the default site (issue 13):
# builds the site, serves it over http on 127.0.0.1 (Lighthouse needs http), runs Lighthouse on each page and
# prints CLS, the performance score, LCP, TBT and the accessibility score.
#
# robots.txt: on the site's pages Lighthouse's robots-txt audit always fails, because it fetches /robots.txt from
# inside the page and the pages' Content-Security-Policy says connect-src 'none' (which stays). So the script also
# serves one extra page without that policy, on the same origin and only in its temporary copy of the site, and
# runs just that audit there: it checks the robots.txt the build wrote.
#
# Usage: bench/lighthouse.sh [--port 8831] [--runs 1] [--pages "/ /tips/"] [--keep DIR] [--cpu-slowdown 4]
#   --runs N            runs per page; the table shows the median of each column
#   --keep DIR          keep the Lighthouse JSON reports in DIR
#   --cpu-slowdown N    Lighthouse's CPU multiplier (default 4, a mid-range phone on a quiet laptop); on a
#                       machine that is itself slow or busy (low benchmarkIndex) a lower N models the same phone
# Needs: Java 17, node + npm (Lighthouse 12.8.2 is installed under target/lighthouse on first use: 13 wants
# Node 22), Debian's chromium (CHROME_PATH, default /usr/bin/chromium), python3 (the static server).
# Scores depend on the machine: Lighthouse multiplies the CPU time it observes by 4, so a busy machine shows
# a lower performance score and a higher TBT than a quiet one; the report's benchmarkIndex says how fast the
# machine was (printed under the table). CLS does not depend on the CPU.
set -eu
cd "$(dirname "$0")/.."
port=8831
runs=1
keep=""
slowdown=4
pages="/ /404.html /tips/ /tips/luu-bang-chung/ /quizzes/ /quizzes/nhan-dien-chieu-lua/ /quizzes/nhan-dien-chieu-lua/print/
/scenarios/ /scenarios/cuoc-goi-gia-danh-cong-an/ /pledge/ /contests/ /contests/ve-tranh/ /hashtags/ /hashtags/khongmotminh/
/schools/ /schools/ha-noi/ /schools/ha-noi/thpt-mau-song-hong/ /news/ /news/tong-ket-chien-dich/ /downloads/
/frames/khong-mot-minh/ /gioi-thieu/"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --pages) pages=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --cpu-slowdown) slowdown=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
lh=target/lighthouse/node_modules/.bin/lighthouse
if [ ! -x "$lh" ]; then
  npm install --prefix target/lighthouse --no-save --no-audit --no-fund --loglevel=error lighthouse@12.8.2 >/dev/null
fi
if [ ! -f target/campaign-kit.jar ]; then
  mvn -q -B package -DskipTests -Dcds.skip=true
fi
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
java -jar target/campaign-kit.jar build --output "$work/site" --base-url "http://127.0.0.1:$port/" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
if ! python3 -c "import socket; socket.socket().bind(('127.0.0.1', $port))" 2>/dev/null; then
  echo "port $port is in use: another server would answer instead of this build (choose one with --port)" >&2
  exit 1
fi
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
i=0
until python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 50 ] || { echo "the static server did not start on port $port" >&2; exit 1; }; sleep 0.2
done
mkdir -p "$work/reports"
printf '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>robots.txt</title></head><body><p>robots.txt</p></body></html>\n' \
  > "$work/site/lighthouse-robots-probe.html"
"$lh" "http://127.0.0.1:$port/lighthouse-robots-probe.html" --quiet --output=json --output-path="$work/robots.json" \
  --only-audits=robots-txt --chrome-flags="--headless=new --no-sandbox" || echo "lighthouse failed on the robots.txt probe" >&2
for page in $pages; do
  n=1
  while [ $n -le "$runs" ]; do
    name=$(printf '%s' "$page" | tr '/.' '__')
    "$lh" "http://127.0.0.1:$port$page" --quiet --output=json --output-path="$work/reports/${name}_$n.json" \
      --only-categories=performance,accessibility,best-practices,seo --chrome-flags="--headless=new --no-sandbox" \
      --throttling.cpuSlowdownMultiplier="$slowdown" \
      || echo "lighthouse failed on $page" >&2
    n=$((n + 1))
  done
done
if [ -n "$keep" ]; then mkdir -p "$keep" && cp "$work"/reports/*.json "$keep"/; fi
LH_SLOWDOWN=$slowdown node - "$work/reports" "$pages" "$work/robots.json" <<'EOF'
const fs = require('fs'), path = require('path');
const [dir, pageList, robotsReport] = process.argv.slice(2);
const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const rows = [];
let bench = [];
for (const page of pageList.split(/\s+/).filter(Boolean)) {
  const name = page.replace(/[/.]/g, '_');
  const reports = fs.readdirSync(dir).filter(f => f.startsWith(name + '_') && /^\d+\.json$/.test(f.slice(name.length + 1)))
    .map(f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  if (!reports.length) { rows.push([page, 'failed', '', '', '', '']); continue; }
  bench = bench.concat(reports.map(r => r.environment.benchmarkIndex));
  const m = f => median(reports.map(f));
  rows.push([page,
    m(r => r.audits['cumulative-layout-shift'].numericValue).toFixed(3),
    String(Math.round(m(r => r.categories.performance.score) * 100)),
    (m(r => r.audits['largest-contentful-paint'].numericValue) / 1000).toFixed(2) + ' s',
    Math.round(m(r => r.audits['total-blocking-time'].numericValue)) + ' ms',
    String(Math.round(m(r => r.categories.accessibility.score) * 100))]);
}
const head = ['page', 'CLS', 'perf', 'LCP', 'TBT', 'a11y'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
const line = r => '| ' + r.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w, i) => (i === 0 ? '-' : '-').repeat(w + 1) + (i === 0 ? '-' : ':')).join('|') + '|');
rows.forEach(r => console.log(line(r)));
if (fs.existsSync(robotsReport)) {
  const a = JSON.parse(fs.readFileSync(robotsReport, 'utf8')).audits['robots-txt'];
  console.log(`\nrobots.txt (audited from a page without the CSP): ${a.score === 1 ? 'valid' : 'fails: ' + (a.explanation || a.displayValue || '')}`);
}
if (bench.length) console.log(`\nLighthouse ${JSON.parse(fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0]), 'utf8')).lighthouseVersion}, phone, `
  + `simulated throttling, CPU ×${process.env.LH_SLOWDOWN}; benchmarkIndex ${Math.min(...bench)}–${Math.max(...bench)} (a quiet laptop scores about 1500–2500)`);
EOF
