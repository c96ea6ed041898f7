from __future__ import annotations

from pathlib import Path

import pytest

from tests.checks.rules.helpers import commitment_text, positions


@pytest.mark.parametrize(
    ("chunks", "options", "expected"),
    [
        ({}, {}, []),
        (
            {"problem": "problem: |\n  ●描述承諾事項將涉及的社會、經濟、政治及環境相關問題。"},
            {},
            [(7, 3)],
        ),
        ({"commitment": "commitment: 請填寫承諾事項內容"}, {}, [(7, 13)]),
        ({"contribution": "contribution: TODO 之後補上"}, {}, [(8, 15)]),
        ({"contact": "contact:\n  name: ○○○\n  email: a@b.tw"}, {}, [(16, 9)]),
        ({"title": "title: XXX"}, {}, [(2, 8)]),
        ({"title": "title: 待補"}, {}, [(2, 8)]),
        ({"title": "title: TODOS 清單公開"}, {}, []),
        ({"contact": "contact:\n  name: 林OO\n  email: a@b.tw"}, {}, [(16, 10)]),
        ({"contact": "contact:\n  name: 王○○\n  email: a@b.tw"}, {}, [(16, 10)]),
        ({"contact": "contact:\n  name: ＯＯＯ\n  email: a@b.tw"}, {}, [(16, 9)]),
        ({"title": "title: ＸＸＸ"}, {}, [(2, 8)]),
        ({"title": "title: 推動OOXML文件格式"}, {}, []),
        ({"title": "title: 政府採購（草擬中）"}, {"patterns": ["草擬中"]}, [(2, 13)]),
    ],
)
def test_template_placeholder(
    tmp_path: Path,
    chunks: dict[str, str],
    options: dict[str, object],
    expected: list[tuple[int, int]],
) -> None:
    assert (
        positions(tmp_path, "template-placeholder", commitment_text(**chunks), options) == expected
    )
