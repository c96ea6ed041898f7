from __future__ import annotations

from ogpkit.checks.rules import RULES, RULES_BY_ID
from ogpkit.checks.rules.summary_zh import SUMMARIES_ZH
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
    result = cli("rules", "terminology", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.startswith("terminology (default: warning, fixable)")
    assert RULES_BY_ID["terminology"].summary in result.stdout
    assert "多元性別: 性別" in result.stdout
    assert "Failing:" in result.stdout


def test_rule_documentation_in_chinese_by_default(cli: CLI) -> None:
    result = cli("rules", "terminology")
    assert result.exit_code == 0
    assert result.stdout.startswith("terminology（預設：warning，可自動修正）")
    assert SUMMARIES_ZH["terminology"] in result.stdout
    assert "多元性別: 性別" in result.stdout
    assert "不通過的例子：" in result.stdout
    assert "Failing:" not in result.stdout


def test_rules_lists_chinese_summaries_by_default_and_english_with_lang_en(cli: CLI) -> None:
    chinese = cli("rules").stdout
    english = cli("rules", "--lang", "en").stdout
    for rule in RULES:
        assert SUMMARIES_ZH[rule.id] in chinese
        assert rule.summary not in chinese
        assert rule.summary in english


def test_unknown_rule_suggests_one(cli: CLI) -> None:
    result = cli("rules", "date-styl", "--root", ".")
    assert result.exit_code == 2
    assert "date-style" in result.stderr


def test_every_rule_documentation_is_reachable(cli: CLI) -> None:
    for rule in RULES:
        result = cli("rules", rule.id, "--lang", "en")
        assert result.exit_code == 0, rule.id
        assert "Passing:" in result.stdout
        assert "Failing:" in result.stdout
        chinese = cli("rules", rule.id).stdout
        assert "通過的例子：" in chinese, rule.id
        assert "不通過的例子：" in chinese, rule.id
        assert "Passing:" not in chinese, rule.id
        assert "Failing:" not in chinese, rule.id


def test_every_rule_has_a_chinese_summary() -> None:
    assert set(SUMMARIES_ZH) == {rule.id for rule in RULES}
