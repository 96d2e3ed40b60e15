#!/usr/bin/env bash
# Benchmark (not a test): the default site with a synthetic registry of 6,100 schools.
# Reports: a cold build with pages only, a cold full build (the difference is the per-school kits and
# every other derived file), and a rebuild after changing one school's name.
#
#   bench/print-kits.sh [SCHOOLS]      (default 6100; needs Java 17 and target/campaign-kit.jar or Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
SCHOOLS="${1:-6100}"
JAR=target/campaign-kit.jar
[ -f "$JAR" ] || mvn -q -B -DskipTests package
WORK="$(mktemp -d /tmp/campaignkit-print-bench.XXXXXX)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
cp "$JAR" "$WORK/campaign-kit.jar"   # a rebuild of target/ during the run must not change the jar under test
JAR="$WORK/campaign-kit.jar"
SITE="$WORK/site"
mkdir -p "$SITE"
cp -r site.yaml content templates assets "$SITE"/
mkdir -p "$SITE/data"
rm -rf "$SITE/content/schools"

# 34 provincial units since 2025-07-01; names are synthetic and marked as samples.
PROVINCES=("Hà Nội" "Huế" "Hải Phòng" "Đà Nẵng" "Thành phố Hồ Chí Minh" "Cần Thơ" "Tuyên Quang" "Cao Bằng"
  "Lai Châu" "Lào Cai" "Thái Nguyên" "Điện Biên" "Lạng Sơn" "Sơn La" "Phú Thọ" "Bắc Ninh" "Quảng Ninh"
  "Hưng Yên" "Ninh Bình" "Thanh Hóa" "Nghệ An" "Hà Tĩnh" "Quảng Trị" "Quảng Ngãi" "Gia Lai" "Khánh Hòa"
  "Lâm Đồng" "Đắk Lắk" "Đồng Nai" "Tây Ninh" "Vĩnh Long" "Đồng Tháp" "Cà Mau" "An Giang")
LEVELS=("Tiểu học" "THCS" "THPT")
NAMES=("Lê Lợi" "Nguyễn Du" "Trần Phú" "Quang Trung" "Ngô Quyền" "Chu Văn An" "Lý Thường Kiệt" "Hoa Sen"
  "Sao Mai" "Bình Minh" "Hướng Dương" "Kim Đồng" "Võ Thị Sáu" "Nguyễn Trãi" "Lê Quý Đôn")
{
  echo "title,province,district,level,address,website,fanpage,sample,tags"
  for ((i = 1; i <= SCHOOLS; i++)); do
    p="${PROVINCES[$((i % 34))]}"
    l="${LEVELS[$((i % 3))]}"
    n="${NAMES[$((i % 15))]}"
    echo "Trường $l Mẫu $n số $i,$p,Phường Mẫu $((i % 97 + 1)),$l,Địa chỉ mẫu số $i,,,true,khongmotminh"
  done
} > "$SITE/data/schools.csv"

build() { # prints the build's summary line, its wall time and the CPU time it used (user + system)
  local start end cpu
  start=$(date +%s%N)
  cpu="$(bash -c 'java -jar "$0" build --source "$1" --output "$2" --now 2025-10-20 \
    --base-url https://khongmotminh.example.org/ "${@:3}" | tail -1; times' "$JAR" "$SITE" "$WORK/output" "$@")"
  end=$(date +%s%N)
  echo "$cpu" | head -1
  echo "wall: $(((end - start) / 1000000)) ms; CPU (user system) of the build: $(echo "$cpu" | tail -1)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine slow the wall time down)"
}

[ -z "${ONLY_SITE:-}" ] || { echo "$SITE"; exit 0; }
echo "== $SCHOOLS synthetic schools, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "== pages only (cold)"
rm -rf "$WORK/output"
build --pages-only
echo "== full build with all per-school kits (cold)"
rm -rf "$WORK/output"
build
kits=$(find "$WORK/output/schools" -name 'bo-an-pham-*.zip' | wc -l)
pdfs=$(find "$WORK/output/schools" -path '*an-pham/*.pdf' | wc -l)
echo "per-school kits: $kits zips, $pdfs PDFs, $(du -sh "$WORK/output" | cut -f1) of output"
echo "== one school changed (its name), rebuild"
sed -i "s/^Trường THCS Mẫu Nguyễn Du số 1,/Trường THCS Mẫu Nguyễn Du số 1 (đổi tên),/" "$SITE/data/schools.csv"
grep -q "(đổi tên)" "$SITE/data/schools.csv" || sed -i '2s/^Trường /Trường Đổi Tên /' "$SITE/data/schools.csv"
build
echo "== nothing changed, rebuild"
build
