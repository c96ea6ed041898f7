from __future__ import annotations

from pathlib import Path

import pytest

from tests.checks.rules.helpers import commitment_text, positions

SHORT = "problem: 偏鄉網路不佳。"


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        (SHORT, [(6, 10)]),
        (SHORT + "  # ogpkit: disable=section-too-short", []),
        ("# ogpkit: disable=section-too-short\n" + SHORT, []),
        (SHORT + "  # ogpkit: disable=date-style", [(6, 10)]),
        (SHORT + "  # ogpkit: disable=date-style, section-too-short", []),
        (SHORT + "  # ogpkit: disable=all", []),
    ],
)
def test_line_suppression(tmp_path: Path, problem: str, expected: list[tuple[int, int]]) -> None:
    assert positions(tmp_path, "section-too-short", commitment_text(problem=problem)) == expected


def test_file_suppression(tmp_path: Path) -> None:
    text = "# ogpkit: disable-file=section-too-short\n" + commitment_text(problem=SHORT)
    assert positions(tmp_path, "section-too-short", text) == []


def test_unknown_rule_in_a_comment_is_a_configuration_error_with_a_suggestion(
    tmp_path: Path,
) -> None:
    from ogpkit.checks.lint import lint_project
    from ogpkit.errors import ConfigError
    from ogpkit.plan.project import load_project
    from tests.checks.rules.helpers import make_plan

    text = commitment_text(problem=SHORT + "  # ogpkit: disable=section-too-shrt")
    project = load_project(make_plan(tmp_path, {"1-1.yaml": text}))
    with pytest.raises(ConfigError) as raised:
        lint_project(project)
    (problem,) = raised.value.problems
    assert (problem.file, problem.rule, problem.line) == (
        "commitments/1-1.yaml",
        "lint-suppression",
        6,
    )
    assert "did you mean 'section-too-short'" in str(problem.message)


def test_the_words_inside_a_text_are_not_a_comment(tmp_path: Path) -> None:
    problem = "problem: |\n  說明如何寫 # ogpkit: disable=section-too-short 的註解。"
    assert positions(tmp_path, "section-too-short", commitment_text(problem=problem)) == [(6, 10)]
