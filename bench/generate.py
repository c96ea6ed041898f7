"""Generate a plan of N commitment files from the bundled plan, for benchmarks.

python bench/generate.py N TARGET_DIR
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = sorted((REPO / "commitments").glob("*.yaml"))


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
        text = text.replace("\ntitle: ", f"\ntitle: （{number}）", 1)
        path = folder / f"{new_id}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
