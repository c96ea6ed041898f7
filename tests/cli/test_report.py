"""`ogpkit report` on the repository of tests/progress_repo.py. The expected counts are worked
out by hand from its history: the status of each milestone is its latest update dated on or
before the report's day, and withdrawn milestones are left out of the counts."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from ogpkit.cli.app import app
from tests.progress_repo import progress_repository

FORMATS = "md,html,json,csv,docx,odt"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return progress_repository(tmp_path_factory.mktemp("report") / "plan")


def write(repo: Path, out: Path, period: str, formats: str = FORMATS) -> int:
    args = ["report", "--root", str(repo), "--period", period, "-f", formats, "-o", str(out)]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    return result.exit_code


def counts(tally: dict[str, int]) -> tuple[int, int, int, int, int]:
    return (
        tally["not_started"],
        tally["limited"],
        tally["substantial"],
        tally["complete"],
        tally["total"],
    )


def test_a_past_period_uses_only_updates_dated_within_it(repo: Path, tmp_path: Path) -> None:
    assert write(repo, tmp_path, "110-10-31", "json") == 0
    data = json.loads((tmp_path / "report-2021-10-31.json").read_text("utf-8"))
    summary = data["summary"]
    # On 110-10-31: 1-1.1 complete, 1-1.2 limited (110-09-01), 1-1.3 limited (110-10-20),
    # 2-1.1 not started (its only update is dated 110-12-01), 2-1.2 withdrawn on 110-06-30.
    assert [counts(t) for t in summary["by_theme"]] == [(0, 2, 0, 1, 3), (1, 0, 0, 0, 1)]
    assert counts(summary["total"]) == (1, 2, 0, 1, 4)
    # 甲部: 1-1.1, 1-1.2; 乙部: 1-1.3 (its own agency) and 2-1.1.
    assert [(t["name"], counts(t)) for t in summary["by_agency"]] == [
        ("甲部", (0, 1, 0, 1, 2)),
        ("乙部", (1, 1, 0, 0, 2)),
    ]
    # The periods due by then: P1 (109-10-31), P2 (110-04-30), P3 (110-10-31), each as
    # committed by the end of its due date (tests/cli/test_report_history.py).
    history = [
        (p["due"], {k: counts(v) for k, v in p["by_theme"].items()}) for p in summary["by_period"]
    ]
    assert history == [
        # 1-1.1 limited, 1-1.2 substantial (1-1.3 not begun); 2-1.1 nothing yet (2-1.2 not begun)
        ("2020-10-31", {"1": (0, 1, 1, 0, 2), "2": (1, 0, 0, 0, 1)}),
        # 1-1.1 and 1-1.2 complete, 1-1.3 nothing; 2-1.1 nothing, 2-1.2 limited
        ("2021-04-30", {"1": (1, 0, 0, 2, 3), "2": (1, 1, 0, 0, 2)}),
        # 1-1.2 back to limited; 1-1.3 not started: its update dated 110-10-20 was committed
        # on 2021-12-01; 2-1.2 withdrawn
        ("2021-10-31", {"1": (1, 1, 0, 1, 3), "2": (1, 0, 0, 0, 1)}),
    ]
    one_one = next(c for c in data["commitments"] if c["id"] == "1-1")
    complete = one_one["milestones"][0]["updates"][1]
    # 110-03-10 was committed at 10:00 Taipei time on 2021-03-12, 02:00 UTC.
    assert complete["commit"]["date"] == "2021-03-12T02:00:00+00:00"
    assert complete["commit"]["author"] == "Test Agency"
    two_one = next(c for c in data["commitments"] if c["id"] == "2-1")
    assert two_one["milestones"][0]["updates"] == []
    assert two_one["milestones"][1]["withdrawn"]["reason"] == "改由其他計畫辦理"


def test_midterm_and_final(repo: Path, tmp_path: Path) -> None:
    assert write(repo, tmp_path, "midterm", "json") == 0
    assert write(repo, tmp_path, "final", "json") == 0
    midterm = json.loads((tmp_path / "report-midterm.json").read_text("utf-8"))["summary"]
    final = json.loads((tmp_path / "report-final.json").read_text("utf-8"))["summary"]
    # 110-06-30: 1-1.1 and 1-1.2 complete, 1-1.3 not started; 2-1.1 not started; 2-1.2
    # withdrawn that day.
    assert [counts(t) for t in midterm["by_theme"]] == [(1, 0, 0, 2, 3), (1, 0, 0, 0, 1)]
    assert len(midterm["by_period"]) == 2
    # 111-06-30: 1-1.2 and 1-1.3 limited, 1-1.1 and 2-1.1 complete.
    assert [counts(t) for t in final["by_theme"]] == [(0, 2, 0, 1, 3), (0, 0, 0, 1, 1)]
    assert counts(final["total"]) == (0, 2, 0, 2, 4)
    assert len(final["by_period"]) == 4


def test_every_format_is_written_escaped_and_reproducible(repo: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert write(repo, first, "final") == 0
    assert write(repo, second, "final") == 0
    for suffix in ("md", "html", "json", "csv"):
        name = f"report-final.{suffix}"
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    html = (first / "report-final.html").read_text("utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the theme name, in SVG and table
    assert html.count("<svg") == 2
    assert "決標資料&lt;欄位&gt;說明" in html
    assert 'href="https://example.gov.tw/a?x=1&amp;y=&lt;2&gt;"' in html
    assert "<s>" in html  # the withdrawn milestone is listed, struck through
    markdown = (first / "report-final.md").read_text("utf-8")
    assert "[決標資料&lt;欄位>說明](<https://example.gov.tw/a?x=1&y=%3C2%3E>)" in markdown
    document = docx.Document(str(first / "report-final.docx"))
    texts = [p.text for p in document.paragraphs]
    assert "測試行動方案 期末自評報告" in texts
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "1. 109年12月前新增3項欄位" in cells
    assert (first / "report-final.odt").read_bytes()[:2] == b"PK"


def test_a_date_that_is_not_a_report_is_a_usage_error(repo: Path, tmp_path: Path) -> None:
    assert write(repo, tmp_path, "110-09-30") == 2
    assert write(repo, tmp_path, "final", "md,pptx") == 2
    assert not list(tmp_path.iterdir())
