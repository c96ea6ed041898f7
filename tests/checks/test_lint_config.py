from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.checks.lint_config import load_config
from ogpkit.errors import ConfigError
from ogpkit.plan.project import load_plan
from ogpkit.report.problem import Level
from tests.conftest import copy_plan


def config_of(tmp_path: Path, section: str) -> object:
    root = copy_plan(tmp_path / "plan")
    plan = root / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text[: text.index("lint:")] + section, encoding="utf-8")
    loaded, document = load_plan(root)
    return load_config(loaded.lint, document)


def errors_of(tmp_path: Path, section: str) -> list[tuple[int, int, str]]:
    with pytest.raises(ConfigError) as caught:
        config_of(tmp_path, section)
    return [(p.line, p.column, str(p.message)) for p in caught.value.problems]


def test_levels_and_options(tmp_path: Path) -> None:
    config = config_of(
        tmp_path,
        "lint:\n  section-too-short: off\n  date-style: error\n  cjk-spacing:\n    latin: space\n"
        "  milestone-verifiable:\n    level: error\n    deliverables: [儀表板]\n",
    )
    settings = {s.rule.id: s for s in config.settings}  # type: ignore[attr-defined]
    assert settings["section-too-short"].level is None
    assert settings["date-style"].level is Level.ERROR
    assert settings["cjk-spacing"].level is Level.WARNING
    assert settings["cjk-spacing"].options.latin == "space"
    assert settings["milestone-verifiable"].options.deliverables == ["儀表板"]
    assert settings["punctuation"].level is None
    assert settings["template-placeholder"].level is Level.ERROR


def test_unknown_rule_with_did_you_mean_at_its_line(tmp_path: Path) -> None:
    found = errors_of(tmp_path, "lint:\n  date-styel: off\n")
    line = (tmp_path / "plan" / "plan.yaml").read_text(encoding="utf-8").splitlines().index(
        "  date-styel: off"
    ) + 1
    assert found == [(line, 3, "Unknown lint rule 'date-styel'; did you mean 'date-style'?")]


def test_bad_level_and_unknown_option(tmp_path: Path) -> None:
    found = errors_of(
        tmp_path, "lint:\n  date-style: loud\n  section-too-short:\n    min_lenght: 10\n"
    )
    assert [message for *_, message in found] == [
        "'loud' is not a level; write off, warning or error",
        "The rule section-too-short has no option 'min_lenght'; did you mean 'min_length'?",
    ]
    assert found[1][0] == found[0][0] + 2


def test_bad_option_value(tmp_path: Path) -> None:
    found = errors_of(tmp_path, "lint:\n  section-too-short:\n    min_length: many\n")
    assert "min_length" in found[0][2]
    assert found[0][1] == 17


def test_a_list_is_not_a_setting(tmp_path: Path) -> None:
    found = errors_of(tmp_path, "lint:\n  terminology: [a, b]\n")
    assert "off, warning or error" in found[0][2]
