from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ogpkit.checks.lint import contexts, inside, lint_project, run_rules
from ogpkit.checks.lint_config import LintConfig, RuleSetting
from ogpkit.checks.rules import RULES, RULES_BY_ID
from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.plan.project import load_project
from ogpkit.report.message import msg
from ogpkit.report.problem import Level
from ogpkit.source.document import Document, parse_into
from ogpkit.source.yaml_reader import Position
from tests.checks.rules.helpers import commitment_text, make_plan
from tests.conftest import REPO


def test_every_rule_is_documented_with_passing_and_failing_examples() -> None:
    assert len(RULES_BY_ID) == len(RULES) >= 16
    for rule in RULES:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.id)
        assert "Passing:" in rule.doc, rule.id
        assert "Failing:" in rule.doc, rule.id
        assert (rule.check is None) != (rule.check_plan is None), rule.id


def test_the_bundled_plan_is_free_of_lint_problems() -> None:
    """But for the English of 2-1's second milestone, left stale on purpose (README)."""
    project = load_project(REPO)
    found = [(r.problem.file, r.problem.rule) for r in lint_project(project)]
    stale = ("commitments/2-1-political-donations.yaml", "translation-stale")
    assert found in ([], [stale])


def test_the_bundled_plan_prefers_gender_over_multiple_genders() -> None:
    project = load_project(REPO)
    assert project.plan.lint["terminology"]["terms"] == {"多元性別": "性別"}


def _boom(context: Context, options: Options) -> Iterator[Finding]:
    if context.commitment.id == "1-1":
        raise RuntimeError("boom")
    yield Finding(("title",), msg("found"))


def test_a_rule_that_raises_is_an_internal_problem_and_the_run_goes_on(tmp_path: Path) -> None:
    files = {
        "1-1.yaml": commitment_text(problem="problem: 太短"),
        "1-2.yaml": commitment_text(id="id: 1-2", problem="problem: 太短"),
    }
    project = load_project(make_plan(tmp_path, files))
    broken = Rule(id="broken", level=Level.WARNING, options=Options, doc="", check=_boom)
    short = RULES_BY_ID["section-too-short"]
    config = LintConfig(
        (
            RuleSetting(broken, Level.WARNING, Options()),
            RuleSetting(short, Level.ERROR, short.options()),
        )
    )
    found = sorted(
        (r.problem.file, r.problem.rule, r.problem.level)
        for r in run_rules(contexts(project), config)
    )
    assert found == [
        ("commitments/1-1.yaml", "broken", Level.ERROR),
        ("commitments/1-1.yaml", "section-too-short", Level.ERROR),
        ("commitments/1-2.yaml", "broken", Level.WARNING),
        ("commitments/1-2.yaml", "section-too-short", Level.ERROR),
    ]


def test_files_with_a_broken_shape_are_left_to_validate(tmp_path: Path) -> None:
    files = {"1-1.yaml": "id: 1-1\ntitle: [\n", "1-2.yaml": commitment_text(id="id: 1-2")}
    project = load_project(make_plan(tmp_path, files))
    assert [c.document.name for c in contexts(project)] == ["commitments/1-2.yaml"]


def test_a_word_inside_a_literal_block_is_pointed_at() -> None:
    text = "id: 1-1\nproblem: |\n    第一行\n    第二行有 TODO\ntitle: '一二三'\n"
    document = Document(Path("1-1.yaml"), "1-1.yaml", text)
    parse_into(document)
    assert inside(document, ("problem",), Position(2, 10), 9) == Position(4, 10)
    assert inside(document, ("title",), Position(5, 8), 1) == Position(5, 10)


def test_no_rule_quotes_more_than_an_excerpt_of_a_value(tmp_path: Path) -> None:
    """What a rule quotes from a file reaches public CI logs: a long value is cut to an
    excerpt in every rule's message (issue 11)."""
    long = "長" * 300
    text = commitment_text(
        lead_agencies=f"lead_agencies:\n  - 國發會{long}",
        contact=f"contact:\n  name: 王小明\n  email: ogp{long}@x\n  phone: 02{long}",
        sdg=f"sdg_targets:\n  - '16.{long}'",
    )
    root = make_plan(tmp_path, {"1-1.yaml": text})
    project = load_project(root)
    messages = [r.problem.message for r in lint_project(project)]
    quoting = [m for m in messages if "長" * 10 in str(m)]
    assert len(quoting) >= 2, [str(m) for m in messages]
    for message in messages:
        for lang in ("en", "zh-TW"):
            shown = message.localize(lang)
            assert "長" * 41 not in shown, shown
    assert any("…" in str(m) for m in quoting)
