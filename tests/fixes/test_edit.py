from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ogpkit.checks.lint import lint_project
from ogpkit.checks.rules.base import SetValue
from ogpkit.fixes.edit import FixError, apply_in_memory, apply_to_text
from ogpkit.plan.project import load_project
from ogpkit.source.yaml_reader import parse_yaml
from tests.checks.rules.helpers import commitment_text, make_plan

TEXT = """\
# 範例：註解要留著
id: 1-1   # 編號
title: '政府採購資訊公開'
lead_agencies: [金管會, "法務部"]
period:
  start: 109年5月     # 月份
  end: "１１３/５"
problem: |
  多元性別的參與
  第二行
milestones:
- indicator: 公開資料集20項
  start: 109.5
"""


def test_only_the_fixed_values_change() -> None:
    fixes = [
        SetValue(("lead_agencies", 0), "金融監督管理委員會"),
        SetValue(("period", "start"), "109-05"),
        SetValue(("period", "end"), "113-05"),
        SetValue(("problem",), "性別的參與\n第二行\n"),
        SetValue(("milestones", 0, "start"), "109-05"),
    ]
    fixed = apply_to_text(TEXT, fixes)
    assert fixed == (
        TEXT.replace("[金管會,", "[金融監督管理委員會,")
        .replace("109年5月", "109-05")
        .replace('"１１３/５"', '"113-05"')
        .replace("  多元性別", "  性別")
        .replace("start: 109.5", "start: 109-05")
    )
    assert parse_yaml(fixed).data == apply_in_memory(parse_yaml(TEXT).data, fixes)


def test_crlf_line_endings_are_kept() -> None:
    text = "id: 1-1\r\ntitle: 舊名稱\r\n"
    assert apply_to_text(text, [SetValue(("title",), "新名稱")]) == "id: 1-1\r\ntitle: 新名稱\r\n"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("id: 1-1 \ntitle: 舊名稱  \n", "id: 1-1 \ntitle: 新名稱  \n"),
        (
            "title: 舊名稱\nperiod:\n    start: 109-05\ncontact:\n  name: a\n",
            "title: 新名稱\nperiod:\n    start: 109-05\ncontact:\n  name: a\n",
        ),
        ("x: [a,  b]\ntitle:    '舊'   # c\n", "x: [a,  b]\ntitle:    '新名稱'   # c\n"),
        ("title: 舊名稱\nl:\n    - 1\nm:\n  - 2\n", "title: 新名稱\nl:\n    - 1\nm:\n  - 2\n"),
    ],
)
def test_a_layout_ruamel_cannot_dump_is_fixed_in_place(text: str, fixed: str) -> None:
    assert apply_to_text(text, [SetValue(("title",), "新名稱")]) == fixed


@pytest.mark.parametrize(
    ("text", "path", "value", "fixed"),
    [
        ("a:  [x, y]\ntitle: t \n", ("title",), "a: b", 'a:  [x, y]\ntitle: "a: b" \n'),
        (
            "l:  [金管會, y]\nk: v \n",
            ("l", 0),
            "金融監督管理委員會",
            "l:  [金融監督管理委員會, y]\nk: v \n",
        ),
        ("l:  [金管會, y]\nk: v \n", ("l", 0), "a, b", 'l:  ["a, b", y]\nk: v \n'),
        ("p: |\n    一\n    二\n\nk: v \n", ("p",), "一\n三\n", "p: |\n    一\n    三\n\nk: v \n"),
        ("p: |-\n  一\nk: v \n", ("p",), "二\n", "p: |\n  二\nk: v \n"),
        ('p: "一"\nk: v \n', ("p",), "二\n", 'p: "二\\n"\nk: v \n'),
    ],
)
def test_values_are_written_in_their_own_style(
    text: str, path: tuple[str | int, ...], value: str, fixed: str
) -> None:
    assert apply_to_text(text, [SetValue(path, value)]) == fixed


def test_a_folded_text_is_refused() -> None:
    with pytest.raises(FixError):
        apply_to_text("p: >\n  一\nk: v \n", [SetValue(("p",), "二\n")])


def test_a_value_that_needs_quotes_gets_them() -> None:
    fixed = apply_to_text("id: 1-1\ntitle: 舊名稱\n", [SetValue(("title",), "a: b")])
    assert parse_yaml(fixed).data == {"id": "1-1", "title": "a: b"}


AGENCY_NAMES = st.sampled_from(["金融監督管理委員會", "金管會", "FSC"])
SUPPORT_NAMES = st.sampled_from(["法務部", "MOJ"])
DATES = st.sampled_from(
    ["109-05", "109年5月", "109/5", "109.05", "2020-05", "１０９-０５", "'109.5'"]
)
ENDS = st.sampled_from(["110-06", "110年6月", "110/6/30", "2021-06-30", '"１１０/６"'])
TITLES = st.sampled_from(
    ["促進多元性別參與", "'促進多元性別參與'", '"促進多元性別參與"', "促進性別參與"]
)
COMMENTS = st.sampled_from(["", "  # 註解", "   # ogpkit: disable=section-too-short"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lead=AGENCY_NAMES,
    support=SUPPORT_NAMES,
    start=DATES,
    end=ENDS,
    title=TITLES,
    comment=COMMENTS,
    block=st.booleans(),
    layout=st.sampled_from(["", "trailing", "mixed", "endings"]),
)
def test_fix_then_load_equals_load_then_fix_in_memory(
    lead: str,
    support: str,
    start: str,
    end: str,
    title: str,
    comment: str,
    block: bool,
    layout: str,
) -> None:
    problem = (
        "problem: |\n  多元性別議題的公共討論仍有落差，需要更多對話與參與的管道，讓不同立場的民眾彼此理解與包容。\n  第二段：多元性別。"
        if block
        else "problem: 多元性別議題的公共討論仍有落差，需要更多對話與參與的管道，讓不同立場的民眾彼此理解與包容。"
    )
    text = commitment_text(
        title=f"title: {title}{comment}",
        lead_agencies=f"lead_agencies:\n  - {lead}{comment}\nsupporting_agencies: [{support}]",
        problem=problem,
        milestones=f"milestones:\n  - indicator: 110年6月前公開資料集20項\n    start: {start}{comment}\n    end: {end}",
    )
    if layout == "trailing":
        text = text.replace('theme: "1"', 'theme: "1"  ')
    elif layout == "mixed":
        text = text.replace("contact:\n  ", "contact:\n    ").replace("\n  email", "\n    email")
        text = text.replace("\n  phone", "\n    phone")
    elif layout == "endings":
        text = "".join(
            line + ("\r\n" if number % 3 == 0 else "\n")
            for number, line in enumerate(text.split("\n")[:-1])
        )
    with tempfile.TemporaryDirectory() as folder:
        project = load_project(make_plan(Path(folder), {"1-1.yaml": text}))
        document = project.files[0].document
        fixes: dict[object, SetValue] = {}
        for reported in lint_project(project):
            if isinstance(reported.fix, SetValue):
                fixes.setdefault(reported.fix.path, reported.fix)
        fixed = apply_to_text(text, list(fixes.values()))
        assert parse_yaml(fixed).data == apply_in_memory(document.data, list(fixes.values()))
        touched: set[int] = set()
        for fix in fixes.values():
            line = document.position(fix.path).line
            value = (
                str(apply_in_memory(document.data, [])["problem"])
                if fix.path == ("problem",)
                else ""
            )
            touched.update(range(line, line + value.count("\n") + 1))
        before, after = text.splitlines(), fixed.splitlines()
        assert len(before) == len(after)
        for number, (old, new) in enumerate(zip(before, after, strict=True), start=1):
            if number not in touched:
                assert old == new
            elif "#" in old:
                assert old[old.index("#") :] == new[new.index("#") :]
                gap = len(old[: old.index("#")]) - len(old[: old.index("#")].rstrip())
                assert len(new[: new.index("#")]) - len(new[: new.index("#")].rstrip()) == gap
        if layout == "endings":
            endings = [line[len(line.rstrip("\r\n")) :] for line in text.splitlines(True)]
            assert [line[len(line.rstrip("\r\n")) :] for line in fixed.splitlines(True)] == endings


VALUES = st.text(
    alphabet=st.sampled_from(list("性別資料公開 abc-:#'\"\\[]{},&*!|>%@`\n\t。，（）")),
    min_size=0,
    max_size=20,
)
LAYOUTS = st.sampled_from(
    [
        "# 註解\nplain: 舊值  # 註解\nsingle: '舊值'\ndouble: \"舊值\"\nblock: |\n  第一行\n  第二行\nlist:\n  - 舊值\nflow: [舊值, 其他]\n",
        "plain: 舊值   \nsingle: '舊值'\ndouble: \"舊值\"\nblock: |-\n    第一行\nlist:\n- 舊值\nflow: [ 舊值 ,其他 ]\nnested:\n    deep: x\n",
    ]
)
PATHS = st.sets(
    st.sampled_from([("plain",), ("single",), ("double",), ("block",), ("list", 0), ("flow", 0)]),
    min_size=1,
)


@settings(max_examples=200, deadline=None)
@given(layout=LAYOUTS, paths=PATHS, values=st.lists(VALUES, min_size=6, max_size=6))
def test_any_new_value_is_written_exactly_or_refused(
    layout: str, paths: set[tuple[str | int, ...]], values: list[str]
) -> None:
    fixes = [
        SetValue(path, value) for path, value in zip(sorted(paths, key=str), values, strict=False)
    ]
    try:
        fixed = apply_to_text(layout, fixes)
    except FixError:
        return
    assert parse_yaml(fixed).data == apply_in_memory(parse_yaml(layout).data, fixes)
    if "# 註解" in layout:
        assert fixed.startswith("# 註解\n")
        assert "# 註解" in fixed.splitlines()[1]
