"""The campaign's real scale for benchmarks: 6,100 generated schools in 34 provinces as data/schools.csv.

Deterministic (fixed seed): the same bytes on every run. Usage: python3 bench/src/national_schools.py OUT.csv
Used by bench/search-index.sh and bench/national.sh.
"""
import random, sys, unicodedata, re
random.seed(6100)
provinces = ["Hà Nội","Huế","Hải Phòng","Đà Nẵng","Thành phố Hồ Chí Minh","Cần Thơ","Tuyên Quang","Cao Bằng","Lai Châu",
  "Lào Cai","Thái Nguyên","Điện Biên","Lạng Sơn","Sơn La","Phú Thọ","Bắc Ninh","Quảng Ninh","Hưng Yên","Ninh Bình",
  "Thanh Hóa","Nghệ An","Hà Tĩnh","Quảng Trị","Quảng Ngãi","Gia Lai","Khánh Hòa","Lâm Đồng","Đắk Lắk","Đồng Nai",
  "Tây Ninh","Vĩnh Long","Đồng Tháp","Cà Mau","An Giang"]
levels = ["Trường Tiểu học","Trường Tiểu học","Trường THCS","Trường THCS","Trường THPT","Trường TH&THCS","Trường Mầm non"]
people = ["Lê Lợi","Nguyễn Trãi","Trần Hưng Đạo","Lý Thường Kiệt","Nguyễn Du","Chu Văn An","Lê Quý Đôn","Nguyễn Bỉnh Khiêm",
  "Hai Bà Trưng","Quang Trung","Phan Bội Châu","Phan Chu Trinh","Võ Thị Sáu","Nguyễn Văn Trỗi","Lê Văn Tám","Kim Đồng",
  "Trần Phú","Hoàng Hoa Thám","Ngô Quyền","Đinh Tiên Hoàng","Lý Tự Trọng","Nguyễn Thị Minh Khai","Trần Quốc Toản",
  "Lương Thế Vinh","Tô Hiến Thành","Nguyễn Khuyến","Nguyễn Đình Chiểu","Phạm Ngũ Lão","Bùi Thị Xuân","Mạc Đĩnh Chi",
  "Đoàn Thị Điểm","Huỳnh Thúc Kháng","Lê Hồng Phong","Trần Quang Khải","Yết Kiêu","Lê Thánh Tông"]
places = ["Tân Phú","Hòa Bình","Đông Hưng","An Khánh","Phú Mỹ","Thạnh Lợi","Bình Minh","Quảng Thành","Xuân Trường","Yên Sơn",
  "Thanh Xuân","Hưng Đạo","Long Hòa","Mỹ Lộc","Tiên Lãng","Vĩnh Thạnh","Phước Hải","Đức Phổ","Sơn Tịnh","Nghĩa Hưng",
  "Cẩm Phả","Hương Sơn","Kỳ Anh","Diễn Châu","Quỳnh Lưu","Thọ Xuân","Ngọc Lặc","Mường Tè","Bảo Thắng","Sa Pa","Đồng Văn",
  "Lục Ngạn","Cái Bè","Năm Căn"]
def slug(t):
    t = unicodedata.normalize("NFD", t.replace("đ","d").replace("Đ","D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")
seen, rows = set(), []
while len(rows) < 6100:
    p = provinces[len(rows) % len(provinces)]
    level = random.choice(levels)
    name = random.choice(people) if random.randrange(3) == 0 else ("Xã " if random.random() < .5 else "") + random.choice(places)
    title, n = level + " " + name, 2
    while (p, slug(title)) in seen:
        title, n = f"{level} {name} số {n}", n + 1
    seen.add((p, slug(title)))
    rows.append(f"{title},{p},{level[7:]}")
open(sys.argv[1], "w", encoding="utf-8").write("title,province,level\n" + "\n".join(rows) + "\n")
