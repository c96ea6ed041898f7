"""cjk-spacing and punctuation: off by default, fixable."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.checks.rules import RULES_BY_ID
from ogpkit.checks.rules.cjk_spacing import respace
from ogpkit.checks.rules.punctuation import fix_punctuation
from tests.checks.rules.helpers import commitment_text, positions


def test_off_by_default() -> None:
    assert not RULES_BY_ID["cjk-spacing"].enabled
    assert not RULES_BY_ID["punctuation"].enabled


@pytest.mark.parametrize(
    ("title", "options", "expected"),
    [
        ("建置開放資料平臺，提供API介接", {}, []),
        ("建置開放 資料平臺 ， 提供API介接", {}, [(2, 8)]),
        ("提供 API 介接", {}, []),
        ("提供 API 介接", {"latin": "none"}, [(2, 8)]),
        ("提供API介接", {"latin": "space"}, [(2, 8), (12, 16)]),
    ],
)
def test_cjk_spacing(
    tmp_path: Path, title: str, options: dict[str, object], expected: list[tuple[int, int]]
) -> None:
    text = commitment_text(title=f"title: {title}")
    assert positions(tmp_path, "cjk-spacing", text, options) == expected


@pytest.mark.parametrize(
    ("text", "latin", "fixed"),
    [
        ("開放 資料　平臺", "ignore", "開放資料平臺"),
        ("提供 API 介接", "none", "提供API介接"),
        ("提供API介接", "space", "提供 API 介接"),
        ("第一行 \n第二行", "ignore", "第一行 \n第二行"),
    ],
)
def test_respace(text: str, latin: str, fixed: str) -> None:
    assert respace(text, latin) == fixed


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("修正公司法（第22條之1），公開實質受益人資料。", []),
        ('"修正公司法(第22條之1),公開實質受益人資料."', [(2, 8)]),
        ("公開資料（Open Data)", [(2, 8)]),
        ("Open Data (API)", []),
    ],
)
def test_punctuation(tmp_path: Path, title: str, expected: list[tuple[int, int]]) -> None:
    text = commitment_text(title=f"title: {title}")
    assert positions(tmp_path, "punctuation", text) == expected


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("修正公司法(第22條之1),公開資料.", "修正公司法（第22條之1），公開資料。"),
        ("網址:https://data.gov.tw", "網址：https://data.gov.tw"),
        ("(Open Data）", "(Open Data)"),
        ("version 1.2, done.", "version 1.2, done."),
    ],
)
def test_fix_punctuation(text: str, fixed: str) -> None:
    assert fix_punctuation(text) == fixed
