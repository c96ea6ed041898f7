"""milestone-verifiable and milestone-vague-verb (line 12 holds the indicator)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.checks.rules.helpers import commitment_text, positions


def milestone(indicator: str) -> str:
    return f"milestones:\n  - indicator: {indicator}\n    start: 109-05\n    end: 110-06"


@pytest.mark.parametrize(
    ("indicator", "options", "expected"),
    [
        ("110年6月前完成開放資料平臺改版並上線", {}, []),
        ("每年辦理公民參與工作坊至少4場", {}, []),
        ("委員會性別比例達95%", {}, []),
        ("公布年度執行成果報告", {}, []),
        ("Publish the contracting dataset", {}, []),
        ("Hold 4 public workshops", {}, []),
        ("Raise coverage to 99.5 percent by 2024", {}, []),
        ("Promote public participation", {}, [(12, 16)]),
        ("持續推動公民參與", {}, [(12, 16)]),
        ("強化跨機關溝通協調", {}, [(12, 16)]),
        ("強化跨機關溝通協調", {"deliverables": ["協調"]}, []),
        ("建立儀表板三座", {}, []),
        ("完成相關規劃", {}, [(12, 16)]),
        ("建置跨機關協調機制", {}, [(12, 16)]),
    ],
)
def test_milestone_verifiable(
    tmp_path: Path, indicator: str, options: dict[str, object], expected: list[tuple[int, int]]
) -> None:
    text = commitment_text(milestones=milestone(indicator))
    assert positions(tmp_path, "milestone-verifiable", text, options) == expected


@pytest.mark.parametrize(
    ("indicator", "options", "expected"),
    [
        ("持續推動開放資料，111年底前新增資料集200筆", {}, []),
        ("110年6月前公開採購決標資料集20項", {}, []),
        ("持續推動並強化相關工作", {}, [(12, 16)]),
        ("加強落實各項措施", {}, [(12, 16)]),
        ("積極精進業務", {}, [(12, 16)]),
        ("持續推動", {"min_object": 1}, [(12, 16)]),
        ("持續優化服務", {}, []),
        ("持續優化服務", {"verbs": ["優化", "服務"]}, [(12, 16)]),
    ],
)
def test_milestone_vague_verb(
    tmp_path: Path, indicator: str, options: dict[str, object], expected: list[tuple[int, int]]
) -> None:
    text = commitment_text(milestones=milestone(indicator))
    assert positions(tmp_path, "milestone-vague-verb", text, options) == expected
