"""Issue 10, section 4: plan.yaml declares groups that are not agencies (各機關, 地方政府).
A commitment may name one as lead or support; it is shown as written, never counted as an
agency that submitted or owes milestones or reports, and `deadlines` and the agency index say
what it stands for."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from tests.conftest import CLI

TODAY = "109-01-08"
GROUPS = """agency_groups:
  - name: 各機關
    name_en: All agencies
    stands_for: 行政院所屬各部會及直轄市、縣市政府
    stands_for_en: every ministry of the Executive Yuan and every local government
  - name: 地方政府
    stands_for: 直轄市及縣市政府
agencies:
"""
LED = "commitments/3-1-public-participation-mechanisms.yaml"
SUPPORTED = "commitments/1-3-decision-making-transparency.yaml"


def with_groups(plan_dir: Path) -> None:
    plan = plan_dir / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("agencies:\n", GROUPS, 1), "utf-8")
    led = plan_dir / LED
    text = led.read_text(encoding="utf-8")
    start = text.index("lead_agencies:\n")
    end = text.index("\n", text.index("  - ", start)) + 1
    text = text[:start] + "lead_agencies:\n  - 各機關\n" + text[end:]
    led.write_text(re.sub(r"(?m)^    updates:\n(?:      .*\n)*", "", text), "utf-8")  # not started
    supported = plan_dir / SUPPORTED
    text = supported.read_text(encoding="utf-8")
    supported.write_text(
        text.replace("supporting_agencies:\n", "supporting_agencies:\n  - 地方政府\n", 1), "utf-8"
    )


def test_a_group_is_accepted_and_shown_as_written(cli: CLI, plan_dir: Path) -> None:
    with_groups(plan_dir)
    assert "- 各機關" in (plan_dir / LED).read_text(encoding="utf-8")
    result = cli("validate", "--today", TODAY, "--lang", "en", "--format", "json")
    rules = {p["rule"] for p in json.loads(result.stdout)["problems"]}
    assert not {"agency-known", "agency-canonical"} & rules, result.stdout
    result = cli("render", "--today", TODAY, "--output", "out", "--format", "md,html,json")
    assert result.exit_code == 0, result.output
    markdown = (plan_dir / "out" / "plan.md").read_text(encoding="utf-8")
    assert "| 主辦機關 | 各機關 |" in markdown
    assert "| 各機關（泛稱，非單一機關：行政院所屬各部會及直轄市、縣市政府） | [3-1]" in markdown
    assert "地方政府（泛稱，非單一機關：直轄市及縣市政府） |  | [1-3]" in markdown
    data = json.loads((plan_dir / "out" / "plan.json").read_text(encoding="utf-8"))
    assert "各機關" not in {a["name"] for a in data["agencies"]}
    led = next(c for c in data["commitments"] if c["id"] == "3-1")
    assert led["lead_agencies"] == ["各機關"]


def test_a_group_never_counts_as_an_agency(cli: CLI, plan_dir: Path) -> None:
    with_groups(plan_dir)
    status = json.loads(cli("status", "--today", TODAY, "--format", "json").stdout)
    assert "各機關" not in status["by_lead_agency"]
    view = json.loads(cli("deadlines", "--today", "110-12-01", "--format", "json").stdout)
    assert "各機關" not in {a["agency"] for a in view["agencies"]}
    assert "各機關" not in {a["agency"] for a in view["submitted"]}
    assert "各機關" not in view["missing"]
    [group] = view["groups"]
    assert group["group"] == "各機關"
    assert group["stands_for"] == "行政院所屬各部會及直轄市、縣市政府"
    assert {m["commitment"] for m in group["milestones"]} == {"3-1"}
    table = cli("deadlines", "--today", "109-06-01", "--lang", "en")
    assert "All agencies (a group, not one agency:" in table.output
    calendar = cli("deadlines", "--today", "109-06-01", "--format", "ics", "--lang", "en").output
    reports = [line for line in calendar.splitlines() if line.startswith("SUMMARY:Progress report")]
    assert reports
    assert not [line for line in reports if "各機關" in line or "All agencies" in line]
    assert "-milestone-3-1-1@ogpkit" in calendar.replace("\r\n ", "")


def test_a_milestone_agency_must_be_an_agency_not_a_group(cli: CLI, plan_dir: Path) -> None:
    with_groups(plan_dir)
    path = plan_dir / SUPPORTED
    text = path.read_text(encoding="utf-8")
    at = text.index("    start:", text.index("milestones:"))
    path.write_text(text[:at] + "    agency: 地方政府\n" + text[at:], "utf-8")
    result = cli("validate", SUPPORTED, "--today", TODAY, "--lang", "en")
    assert "'地方政府' is a group of agencies (直轄市及縣市政府), not one agency" in result.output


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def docx_rows(path: Path) -> list[tuple[str, ...]]:
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    return [
        tuple("".join(t.text or "" for t in cell.iter(W + "t")) for cell in row.iter(W + "tc"))
        for row in body.iter(W + "tr")
    ]


def odt_rows(path: Path) -> list[tuple[str, ...]]:
    with zipfile.ZipFile(path) as archive:
        content = etree.fromstring(archive.read("content.xml"))
    return [
        tuple("".join(cell.itertext()) for cell in row.iter(TABLE + "table-cell"))
        for row in content.iter(TABLE + "table-row")
    ]


def test_the_office_agency_index_lists_groups_with_what_they_stand_for(
    cli: CLI, plan_dir: Path
) -> None:
    with_groups(plan_dir)
    for lang, out in (("zh-TW", "out"), ("en", "out-en")):
        args = ("render", "--today", TODAY, "-o", out, "-f", "docx,odt", "--lang", lang)
        result = cli(*args)
        assert result.exit_code == 0, result.output
    everyone = "各機關（泛稱，非單一機關：行政院所屬各部會及直轄市、縣市政府）"
    local = "地方政府（泛稱，非單一機關：直轄市及縣市政府）"
    english = (
        "All agencies (a group, not one agency: every ministry of the Executive Yuan and every"
        " local government)"
    )
    for rows, rows_en in (
        (docx_rows(plan_dir / "out" / "plan.docx"), docx_rows(plan_dir / "out-en" / "plan.docx")),
        (odt_rows(plan_dir / "out" / "plan.odt"), odt_rows(plan_dir / "out-en" / "plan.odt")),
    ):
        header = rows.index(("機關", "主辦", "協辦"))
        index = rows[header + 1 :]
        assert index[-2:] == [(everyone, "3-1", ""), (local, "", "1-3")]
        names = [row[0] for row in index]
        assert "各機關" not in names  # never an agency
        assert "地方政府" not in names
        assert (english, "3-1", "") in rows_en


def test_every_english_output_names_a_group_by_its_english_name(cli: CLI, plan_dir: Path) -> None:
    """The commitment's own form, plan.csv and progress.csv name 各機關 as the HTML does."""
    with_groups(plan_dir)
    result = cli("render", "--today", TODAY, "-o", "en", "-f", "html,csv,docx,odt", "--lang", "en")
    assert result.exit_code == 0, result.output
    for rows in (docx_rows(plan_dir / "en" / "plan.docx"), odt_rows(plan_dir / "en" / "plan.odt")):
        agencies = [row[1] for row in rows if row and row[0] == "Lead (supporting) agencies"]
        assert [shown for shown in agencies if shown.startswith("All agencies")]
        assert not [shown for shown in agencies if "各機關" in shown]
    table = (plan_dir / "en" / "plan.csv").read_bytes().decode("utf-8-sig")
    assert "All agencies" in table
    assert "各機關" not in table
