"""`ogpkit render` against `ogpkit validate` on the same generated plan.

    python -m bench.render_bench [N] [REPEAT]

Renders the four formats of issue 5 (md, html, json, csv) and validates, side by side (target:
render within 3 × validate). Then the peak memory of render at N/4, N/2 and N commitments:
memory that grows linearly adds about the same per commitment in each step.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare, measure, table

TODAY = "111-06-15"


def commands(folder: Path) -> dict[str, list[str]]:
    return {
        "ogpkit validate": [OGPKIT, "validate", "--format", "json", "--today", TODAY],
        "ogpkit render": [OGPKIT, "render", "--today", TODAY, "--output", str(folder / "build")],
    }


def main(count: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / f"plan-{count}"
        generate(count, folder)
        print(f"{count} commitments, medians of {repeat} runs\n")
        print(table(compare(commands(folder), folder, repeat), "ogpkit validate"))
        sizes = {p.name: p.stat().st_size for p in sorted((folder / "build").iterdir())}
        print("\noutput: " + ", ".join(f"{n} {s / 1e6:.1f} MB" for n, s in sizes.items()))
        points = []
        for size in (count // 4, count // 2, count):
            plan = Path(temporary) / f"plan-{size}"
            generate(size, plan)
            points.append((size, measure(commands(plan)["ogpkit render"], plan).peak_mib))
    print("\npeak memory of render: " + ", ".join(f"{n}: {m:.0f} MiB" for n, m in points))
    steps = [(b[1] - a[1]) / (b[0] - a[0]) * 1024 for a, b in itertools.pairwise(points)]
    print("growth per commitment: " + ", ".join(f"{s:.0f} KiB" for s in steps))


if __name__ == "__main__":
    main(*arguments())
