"""docs/rules/ is current: a page a lint rule, as its docstring says; the links point at them."""

from __future__ import annotations

import json
from io import StringIO

from ogpkit.checks.rule_docs import rule_pages
from ogpkit.checks.rules import RULES_BY_ID
from ogpkit.report.links import LINT_RULES, rule_url
from ogpkit.report.message import msg
from ogpkit.report.problem import Level, Problem
from ogpkit.report.reporters import REPORTERS
from tests.conftest import REPO

FOLDER = REPO / "docs" / "rules"


def test_every_rule_page_is_current() -> None:
    pages = rule_pages()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in FOLDER.glob("*.md")}
    stale = sorted(
        name for name in pages.keys() | on_disk.keys() if pages.get(name) != on_disk.get(name)
    )
    assert stale == [], f"docs/rules is stale ({', '.join(stale)}): run `make rule-docs`"
    assert len(pages) == len(RULES_BY_ID) + 1


def test_links_know_exactly_the_lint_rules() -> None:
    assert set(RULES_BY_ID) == LINT_RULES
    for rule in LINT_RULES:
        assert rule_url(rule).endswith(f"/docs/rules/{rule}.md")
        assert (FOLDER / f"{rule}.md").is_file()
    assert rule_url("unknown-key").endswith("/docs/rules/README.md")


def problems() -> list[Problem]:
    return [
        Problem("commitments/1-1.yaml", 3, 5, Level.WARNING, "sdg-target", msg("x")),
        Problem("commitments/1-1.yaml", 4, 1, Level.ERROR, "unknown-key", msg("y")),
    ]


def test_sarif_help_uri_points_at_the_rule_page() -> None:
    stream = StringIO()
    REPORTERS["sarif"](problems(), stream, "en")
    rules = json.loads(stream.getvalue())["runs"][0]["tool"]["driver"]["rules"]
    uris = {rule["id"]: rule["helpUri"] for rule in rules}
    assert uris["sdg-target"].endswith("/blob/main/docs/rules/sdg-target.md")
    assert uris["unknown-key"].endswith("/blob/main/docs/rules/README.md")


def test_text_report_points_at_the_rule_page() -> None:
    stream = StringIO()
    REPORTERS["text"](problems(), stream, "en")
    text = stream.getvalue()
    assert (
        "Rule documentation:\n  sdg-target  https://github.com/ogpkit/ogpkit/blob/main/docs/rules/sdg-target.md\n"
        in text
    )
    assert "docs/rules/unknown-key.md" not in text
