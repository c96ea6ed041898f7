"""`ogpkit render --edition`: the English edition in every format."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from tests.conftest import CLI


def test_both_editions_are_written_side_by_side(cli: CLI, plan_dir: Path) -> None:
    result = cli("render", "--edition", "both", "--lang", "en", "-f", "md,json,csv")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (plan_dir / "build").iterdir())
    assert names == [
        "plan.csv",
        "plan.en.csv",
        "plan.en.json",
        "plan.en.md",
        "plan.json",
        "plan.md",
        "progress.csv",
        "progress.en.csv",
    ]
    chinese = (plan_dir / "build/plan.md").read_text(encoding="utf-8")
    assert "109年5月" in chinese
    assert "Not yet translated" not in chinese


def test_the_english_edition_is_in_english(cli: CLI, plan_dir: Path) -> None:
    result = cli("render", "--edition", "en", "-f", "md,html,json,csv")
    assert result.exit_code == 0, result.output
    markdown = (plan_dir / "build/plan.md").read_text(encoding="utf-8")
    assert "## Open government procurement information" in markdown or (
        "Open government procurement information" in markdown
    )
    assert "Public Construction Commission, Executive Yuan" in markdown
    assert "Openness and transparency" in markdown
    assert "2020-05" in markdown
    assert not re.search(r"\|\s*\d+年\d+月", markdown)  # no ROC dates in the tables
    assert "2020-05 – 2024-05" in markdown
    count = int(re.search(r"\*\*(\d+)\*\* fields of this edition", markdown).group(1))  # type: ignore[union-attr]
    missing = json.loads(cli("translations", "-f", "json").output)["totals"]["missing"]
    assert count == missing > 0
    assert "### 1-2 \\[Not yet translated\\] 極大化政府資訊公開" in markdown
    html = (plan_dir / "build/plan.html").read_text(encoding="utf-8")
    assert f"<strong>{count}</strong> fields of this edition" in html
    data = json.loads((plan_dir / "build/plan.json").read_text(encoding="utf-8"))
    first = next(c for c in data["commitments"] if c["id"] == "1-1")
    assert first["title"] == "Open government procurement information"
    assert "en" not in first
    rows = list(csv.reader(io.StringIO((plan_dir / "build/plan.csv").read_text("utf-8-sig"))))
    row = next(r for r in rows if r[0] == "1-1")
    assert row[1] == "Open government procurement information"
    assert row[4] == "Public Construction Commission, Executive Yuan"


def test_an_unknown_edition_is_a_usage_error(cli: CLI) -> None:
    result = cli("render", "--edition", "fr", "--lang", "en")
    assert result.exit_code == 2
    assert "Unknown edition fr; choose from zh-TW, en, both" in result.output


def _docx_text(path: Path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _odt_text(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return re.sub(r"<[^>]+>", "", archive.read("content.xml").decode("utf-8"))


def test_every_format_of_the_english_edition_says_how_many_fields_are_untranslated(
    cli: CLI, plan_dir: Path
) -> None:
    result = cli("render", "--edition", "both", "--lang", "en", "-f", "json,csv,docx,odt")
    assert result.exit_code == 0, result.output
    build = plan_dir / "build"
    missing = json.loads(cli("translations", "-f", "json").output)["totals"]["missing"]
    assert missing > 0
    said = f"{missing} fields of this edition have no English translation yet"
    assert (
        json.loads((build / "plan.en.json").read_text(encoding="utf-8"))["untranslated"] == missing
    )
    assert json.loads((build / "plan.json").read_text(encoding="utf-8"))["untranslated"] == 0
    assert said in _docx_text(build / "plan.en.docx")
    assert said in _odt_text(build / "plan.en.odt")
    assert "no English translation" not in _docx_text(build / "plan.docx")
    assert "尚無英文翻譯" not in _odt_text(build / "plan.odt")
    english_csv = (build / "plan.en.csv").read_text("utf-8-sig").splitlines()
    chinese_csv = (build / "plan.csv").read_text("utf-8-sig").splitlines()
    assert len(english_csv[0].split(",")) == len(chinese_csv[0].split(","))  # same columns
    assert sum(line.count("[Not yet translated]") for line in english_csv) > 0
