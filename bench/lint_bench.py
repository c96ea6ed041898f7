"""How much lint adds to `ogpkit validate`, on a generated plan of N commitment files.

    python -m bench.lint_bench [N] [REPEAT]

The same files are validated side by side: with the plan's lint settings (what CI runs) and
from a copy whose plan.yaml turns every rule off (validate without lint; no hidden switch is
needed). `ogpkit lint` alone is timed too. The issue's limit: lint adds at most 30%.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare, table
from ogpkit.checks.rules import RULES

LIMIT = 1.30


def without_lint(source: Path, target: Path) -> None:
    shutil.copytree(source, target)
    plan = target / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text[: text.index("\nlint:")] if "\nlint:" in text else text
    rules_off = "".join(f"  {rule.id}: off\n" for rule in RULES)
    plan.write_text(text + "\nlint:\n" + rules_off, encoding="utf-8")


def main(count: int, repeat: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        with_lint, no_lint = Path(folder) / "with-lint", Path(folder) / "no-lint"
        generate(count, with_lint)
        without_lint(with_lint, no_lint)
        commands = {
            "validate, lint off": [OGPKIT, "validate", "--root", str(no_lint), "-f", "json"],
            "validate with lint": [OGPKIT, "validate", "--root", str(with_lint), "-f", "json"],
            "lint": [OGPKIT, "lint", "--root", str(with_lint), "-f", "json"],
        }
        results = compare(commands, Path(folder), repeat)
    print(f"{count} files, medians of {repeat} runs\n")
    print(table(results, "validate, lint off"))
    ratio = results["validate with lint"].cpu / results["validate, lint off"].cpu
    print(f"\nlint adds {ratio - 1:.0%} CPU time to validate (limit {LIMIT - 1:.0%})")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main(*arguments()))
