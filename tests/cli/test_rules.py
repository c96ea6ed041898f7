from __future__ import annotations

from ogpkit.checks.rules import RULES
from tests.conftest import CLI


def test_rules_lists_every_rule_with_its_level(cli: CLI) -> None:
    result = cli("rules")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [rule.id for rule in RULES]
    assert lines[0].split()[1] == "error"
    assert next(line for line in lines if line.startswith("punctuation")).split()[1] == "off"


def test_rules_shows_the_configured_level(cli: CLI) -> None:
    with open("plan.yaml", "a", encoding="utf-8") as stream:
        stream.write("  punctuation: error\n")
    result = cli("rules")
    assert (
        next(line for line in result.stdout.splitlines() if line.startswith("punctuation")).split()[
            1
        ]
        == "error"
    )


def test_rule_documentation(cli: CLI) -> None:
    result = cli("rules", "terminology")
    assert result.exit_code == 0
    assert result.stdout.startswith("terminology (default: warning, fixable)")
    assert "多元性別: 性別" in result.stdout
    assert "Failing:" in result.stdout


def test_unknown_rule_suggests_one(cli: CLI) -> None:
    result = cli("rules", "date-styl", "--root", ".")
    assert result.exit_code == 2
    assert "date-style" in result.stderr


def test_every_rule_documentation_is_reachable(cli: CLI) -> None:
    for rule in RULES:
        result = cli("rules", rule.id)
        assert result.exit_code == 0, rule.id
        assert "Passing:" in result.stdout
        assert "Failing:" in result.stdout
