"""Every command over mutated inputs, for a fixed time budget (OGPKIT_FUZZ_SECONDS, 40 by
default): no traceback, no run over its bound, no position outside its file, JSON output that
is JSON, and no change by `lint --fix` outside the values it reports. Seeded: a failure names
its seed, and OGPKIT_FUZZ_SEED replays it. `import` gets a mutated Word form in every case
(tests/failures/mutate_word.py)."""

from __future__ import annotations

import difflib
import json
import os
import random
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ogpkit.checks.rules import RULES
from ogpkit.cli.app import app
from ogpkit.fixes.typing_fix import REPAIRED_RULES
from ogpkit.source.lines import split_lines
from ogpkit.source.yaml_reader import parse_yaml
from tests.conftest import REPO
from tests.failures.mutate import mutate
from tests.failures.mutate_word import mutated_form

BUDGET = float(os.environ.get("OGPKIT_FUZZ_SECONDS", "40"))
RUN_BOUND = 15.0
# Every problem that lint --fix may repair: the fixable rules and the typing mistakes.
FIXABLE = {rule.id for rule in RULES if rule.fixable} | REPAIRED_RULES
TODAY = "109-01-09"


class Case:
    def __init__(self, folder: Path, seed: int) -> None:
        self.folder, self.seed = folder, seed
        self.runner = CliRunner()

    def run(self, *args: str) -> str:
        return self.invoke(*args)[1]

    def invoke(self, *args: str) -> tuple[int, str]:
        started = time.monotonic()
        result = self.runner.invoke(app, ["--help"] if not args else list(args))
        seconds = time.monotonic() - started
        where = f"seed {self.seed}: ogpkit {' '.join(args)}"
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"{where} raised {result.exception!r}") from result.exception
        assert result.exit_code in (0, 1, 2), f"{where}: exit {result.exit_code}"
        assert "Traceback" not in result.output, f"{where}\n{result.output}"
        assert seconds < RUN_BOUND, f"{where} took {seconds:.1f} s"
        return result.exit_code, result.stdout

    def json(self, *args: str) -> dict[str, Any]:
        code, stdout = self.invoke(*args)
        if code == 2:
            return {}  # JSON on configuration errors is issue 10's; a message on stderr here
        try:
            return json.loads(stdout) if stdout.strip() else {}
        except ValueError as error:
            raise AssertionError(
                f"seed {self.seed}: {args} printed no JSON: {stdout[:300]!r}"
            ) from error


def _positions_inside(case: Case, problems: list[dict[str, Any]]) -> None:
    for problem in problems:
        path = case.folder / str(problem["file"])
        if not path.is_file():
            continue
        try:
            lines = split_lines(
                path.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8")
            ) or [""]
        except UnicodeDecodeError:
            continue
        line, column = int(str(problem["line"])), int(str(problem["column"]))
        assert 1 <= line <= len(lines), f"seed {case.seed}: {problem} is past line {len(lines)}"
        assert 1 <= column <= len(lines[line - 1]) + 1, (
            f"seed {case.seed}: {problem} is past its line"
        )


def _value_spans(text: str) -> list[tuple[int, int]]:
    parsed = parse_yaml(text)
    spans = []
    for path, where in parsed.values.items():
        value = parsed.data
        try:
            for segment in path:
                value = value[segment]
        except (KeyError, IndexError, TypeError):
            continue
        if isinstance(value, str):
            spans.append((where.line, where.line + value.count("\n") + 1))
    return spans


def _fix_stays_inside(case: Case, name: str, before: str, reported: set[int]) -> None:
    path = case.folder / name
    if not path.is_file():
        return  # renamed (file-name-id) or never a regular file
    after = path.read_bytes().decode("utf-8", errors="replace")
    allowed: set[int] = set(reported)
    for first, last in _value_spans(before.removeprefix("\ufeff")):
        if reported & set(range(first, last + 1)):
            allowed.update(range(first, last + 1))
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag != "equal":
            changed = set(range(i1 + 1, max(i2, i1 + 1) + 1))
            assert changed <= allowed, (
                f"seed {case.seed}: --fix changed lines {sorted(changed - allowed)} of {name}, outside {sorted(reported)}"
            )


def _import_reads_back(case: Case, form: Path, output: Path) -> None:
    """A mutated Word form: imported with its problems, or refused with nothing written; what
    is written is YAML that ogpkit reads back without a reading problem."""
    code, _ = case.invoke("import", str(form), "--output", str(output))
    written = sorted(output.glob("*")) if output.is_dir() else []
    if code == 2:
        assert not written, f"seed {case.seed}: import refused {form.name} but wrote {written}"
        return
    for path in written:
        parsed = parse_yaml(path.read_text(encoding="utf-8"))
        where = f"seed {case.seed}: import of {form.name} wrote {path.name}"
        assert not parsed.issues, f"{where}, which does not read back: {parsed.issues}"
        assert isinstance(parsed.data, dict), f"{where}, which holds no mapping"


def _one_case(tmp: Path, seed: int) -> None:
    rng = random.Random(seed)
    folder = tmp / f"case-{seed}"
    folder.mkdir()
    shutil.copy(REPO / "plan.yaml", folder / "plan.yaml")
    shutil.copytree(REPO / "commitments", folder / "commitments")
    files = sorted((folder / "commitments").glob("*.yaml"))
    target = rng.choice(files)
    target.write_bytes(
        mutate(target.read_text(encoding="utf-8"), rng).encode("utf-8", "surrogatepass")
    )
    if rng.random() < 0.2:
        plan = folder / "plan.yaml"
        plan.write_bytes(
            mutate(plan.read_text(encoding="utf-8"), rng, 1).encode("utf-8", "surrogatepass")
        )
    case = Case(folder, seed)
    os.chdir(folder)
    name = target.relative_to(folder).as_posix()
    for command in (("validate",), ("lint",)):
        found = (
            case.json(*command, "--format", "json", "--today", TODAY)
            if command == ("validate",)
            else case.json(*command, "--format", "json")
        )
        _positions_inside(case, list(found.get("problems", [])))
    case.json("deadlines", "--format", "json", "--today", TODAY)
    case.run("deadlines", "--format", "ics", "--today", TODAY)
    case.run("deadlines", "--today", TODAY)
    case.json("status", "--json", "--today", TODAY)
    case.run("status", "--today", TODAY)
    formats = "md,html,json,csv" + (",docx,odt" if seed % 8 == 0 else "")
    case.run(
        "render",
        "--format",
        formats,
        "--force",
        "--output",
        str(tmp / f"out-{seed}"),
        "--today",
        TODAY,
    )
    case.run(
        "new",
        "--no-input",
        "--theme",
        rng.choice(["1", "2", "9", ""]),
        "--title",
        mutate("新的承諾事項", rng, 1),
        "--lead",
        "國發會",
    )
    _import_reads_back(case, mutated_form(tmp, rng), tmp / f"imported-{seed}")
    if rng.random() < 0.2:  # a YAML file sent as a Word form
        source = tmp / f"yaml-{seed}.docx"
        source.write_bytes(target.read_bytes())
        case.run("import", str(source), "--output", str(tmp / f"imported-yaml-{seed}"))
    lint = case.json("lint", "--format", "json")
    reported = {
        int(str(p["line"]))
        for p in lint.get("problems", [])
        if p["file"] == name and p["rule"] in FIXABLE
    }
    if target.is_file():
        before = target.read_bytes().decode("utf-8", errors="replace")
        case.run("lint", "--fix")
        _fix_stays_inside(case, name, before, reported)


def test_every_command_survives_mutated_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)
    fixed = os.environ.get("OGPKIT_FUZZ_SEED")
    if fixed is not None:
        _one_case(tmp_path, int(fixed))
        return
    deadline = time.monotonic() + BUDGET
    seed, cases = random.SystemRandom().randrange(1_000_000) * 1000, 0
    while time.monotonic() < deadline:
        _one_case(tmp_path, seed + cases)
        cases += 1
    print(f"{cases} mutated cases from seed {seed}")
    assert cases >= 3, f"only {cases} cases ran in {BUDGET} s"


def test_import_survives_mutated_word_forms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`import` alone, over many more damaged forms than the whole-command cases reach."""
    monkeypatch.setenv("NO_COLOR", "1")
    shutil.copy(REPO / "plan.yaml", tmp_path / "plan.yaml")
    (tmp_path / "commitments").mkdir()
    monkeypatch.chdir(tmp_path)
    fixed = os.environ.get("OGPKIT_FUZZ_SEED")
    seeds = [int(fixed)] if fixed is not None else None
    deadline = time.monotonic() + BUDGET / 2
    seed, cases = random.SystemRandom().randrange(1_000_000) * 1000, 0
    outcomes: set[int] = set()
    while (seeds is None and time.monotonic() < deadline) or (seeds and cases < 1):
        current = seeds[0] if seeds else seed + cases
        case = Case(tmp_path, current)
        form = mutated_form(tmp_path, random.Random(current))
        output = tmp_path / f"imported-{current}"
        _import_reads_back(case, form, output)
        outcomes.add(case.invoke("import", str(form), "--output", str(output))[0])
        cases += 1
    print(f"{cases} mutated Word forms from seed {seed}, exit codes {sorted(outcomes)}")
    assert seeds or cases >= 3, f"only {cases} forms ran in {BUDGET / 2} s"
