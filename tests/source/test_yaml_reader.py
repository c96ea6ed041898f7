"""Reading YAML: text stays text, positions are kept, and bad input becomes a problem."""

from __future__ import annotations

import pytest

from ogpkit.source.yaml_reader import MAX_DEPTH, Position, parse_yaml


def test_scalars_are_the_text_written() -> None:
    parsed = parse_yaml("a: 109.10\nb: 16.10\nc: yes\nd: 0o10\ne: 1_000\nf:\ng: ~\nh: 'null'\n")
    assert parsed.data == {
        "a": "109.10",
        "b": "16.10",
        "c": "yes",
        "d": "0o10",
        "e": "1_000",
        "f": None,
        "g": None,
        "h": "null",
    }
    assert parsed.issues == []


def test_positions_of_keys_and_values() -> None:
    parsed = parse_yaml("title: 標題\nlist:\n  - one\n  - {k: v}\n")
    assert parsed.keys[("title",)] == Position(1, 1)
    assert parsed.values[("title",)] == Position(1, 8)
    assert parsed.values[("list", 1)] == Position(4, 5)
    assert parsed.values[("list", 1, "k")] == Position(4, 9)


def test_a_yaml_11_directive_changes_nothing() -> None:
    assert parse_yaml("%YAML 1.1\n---\na: yes\nb: 010\n").data == {"a": "yes", "b": "010"}
    assert parse_yaml("a: yes\n").data == {"a": "yes"}


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(9)
)


@pytest.mark.parametrize(
    ("text", "rule", "line"),
    [
        ("a: 1\nb: 2\na: 3\n", "yaml-duplicate-key", 3),
        ("a:\n\tb: 1\n", "yaml-indent", 2),
        ("a: 1\n---\nb: 2\n", "yaml-documents", 2),
        ("a: !!python/object/apply:os.system ['true']\n", "yaml-tag", 1),
        ("a: !!python/name:os.system\n", "yaml-tag", 1),
        ("a: !custom x\n", "yaml-tag", 1),
        (BILLION_LAUGHS, "yaml-alias", 6),
        ("a: &x [1, *x]\n", "yaml-alias", 1),
        ("a: *nothing\n", "yaml-syntax", 1),
        ("[" * 10_000 + "]" * 10_000, "yaml-depth", 1),
        ("".join(" " * i + "k:\n" for i in range(100)) + " " * 100 + "k: v\n", "yaml-depth", 65),
        ("title: 目標: 提升透明度\n", "yaml-syntax", 1),
        ("a: [1, 2\n", "yaml-syntax", 1),  # libyaml says line 2, past the end
        ("? [a, b]\n: c\n", "yaml-syntax", 1),
    ],
)
def test_bad_input_is_a_problem_at_its_line(text: str, rule: str, line: int) -> None:
    parsed = parse_yaml(text)
    assert [(issue.rule, issue.position.line) for issue in parsed.issues] == [(rule, line)]


def test_depth_limit_allows_ordinary_nesting() -> None:
    text = (
        "".join(" " * i + "k:\n" for i in range(MAX_DEPTH - 2)) + " " * (MAX_DEPTH - 2) + "k: v\n"
    )
    assert parse_yaml(text).issues == []


def test_duplicate_key_keeps_the_first_value() -> None:
    parsed = parse_yaml("a: 1\na: 2\n")
    assert parsed.data == {"a": "1"}


def test_an_alias_to_a_small_value_is_fine() -> None:
    parsed = parse_yaml("a: &x [1, 2]\nb: *x\n")
    assert parsed.data == {"a": ["1", "2"], "b": ["1", "2"]}
    assert parsed.issues == []


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_separators_are_text_not_line_breaks(separator: str) -> None:
    text = f"# note{separator}more\na: x{separator}y\nb: [1,\n"
    parsed = parse_yaml(text)
    assert [(i.rule, i.position.line) for i in parsed.issues] == [("yaml-syntax", 3)]
    parsed = parse_yaml(f"# note{separator}more\na: x{separator}y\nb: 2\n")
    assert parsed.issues == []
    assert parsed.data == {"a": f"x{separator}y", "b": "2"}
    assert parsed.values[("b",)].line == 3


def test_a_stand_in_already_in_the_file_is_not_confused() -> None:
    parsed = parse_yaml("a: \ue000\u2028\nb: \ue001\n")
    assert parsed.data == {"a": "\ue000\u2028", "b": "\ue001"}


@pytest.mark.parametrize("text", ["id: 1-1\ntitle", "id: 1-1\ntitle\n", "a: 'x\n", "a: [\n\n"])
def test_an_error_at_the_end_is_inside_the_file(text: str) -> None:
    (issue,) = parse_yaml(text).issues
    lines = text.split("\n")
    last = len(lines) - 1 if text.endswith("\n") else len(lines)
    assert issue.position.line <= max(last, 1)
