"""Generate a plan of N commitment files from the bundled plan, for benchmarks.

python bench/generate.py N TARGET_DIR
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = sorted((REPO / "commitments").glob("*.yaml"))
# Words that make each generated title distinct, as the titles of a real plan are: a place, a
# field and an audience (16 × 16 × 16 = 4,096 combinations). No character repeats within a
# list, so two titles that differ in one word are two characters apart, not nearly the same.
PLACES = [
    "基隆",
    "新竹",
    "苗栗",
    "彰化",
    "南投",
    "雲林",
    "嘉義",
    "屏東",
    "宜蘭",
    "花蓮",
    "臺中",
    "澎湖",
    "金門",
    "連江",
    "桃園",
    "高雄",
]
FIELDS = [
    "醫療",
    "交通",
    "教育",
    "環境",
    "住宅",
    "勞動",
    "農業",
    "水利",
    "文化",
    "觀光",
    "能源",
    "長照",
    "治安",
    "防災",
    "數位",
    "財政",
]
AUDIENCES = [
    "青年",
    "婦女",
    "兒少",
    "移工",
    "學生",
    "家長",
    "社區",
    "企業",
    "病患",
    "旅客",
    "軍人",
    "僑胞",
    "選民",
    "教師",
    "消費",
    "租屋",
]


def distinct_title(number: int) -> str:
    place = PLACES[number % len(PLACES)]
    field = FIELDS[number // len(PLACES) % len(FIELDS)]
    audience = AUDIENCES[number // (len(PLACES) * len(FIELDS)) % len(AUDIENCES)]
    return f"{place}{field}{audience}"


def generate(count: int, target: Path) -> list[Path]:
    """Copy plan.yaml and `count` commitment files (ids 1-1 … renumbered) into `target`."""
    if target.exists():
        shutil.rmtree(target)
    folder = target / "commitments"
    folder.mkdir(parents=True)
    shutil.copy(REPO / "plan.yaml", target / "plan.yaml")
    shutil.copytree(REPO / "schema", target / "schema")
    texts = [path.read_text(encoding="utf-8") for path in TEMPLATES]
    paths = []
    for number in range(count):
        text = texts[number % len(texts)]
        original_id = next(line for line in text.splitlines() if line.startswith("id: "))[4:]
        new_id = f"{original_id}-{number:05d}"
        text = text.replace(f"id: {original_id}\n", f"id: {new_id}\n", 1)
        text = text.replace("\ntitle: ", f"\ntitle: {distinct_title(number)}", 1)
        path = folder / f"{new_id}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
