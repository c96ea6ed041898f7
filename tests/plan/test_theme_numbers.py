"""Issue 10, section 4: a theme's display number is separate from its id. Ids such as
`open-data` never appear as a heading number, in any output or in `status`, and `new` and
`import` propose ids from the number (1-6, not open-data-1)."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

from tests.conftest import CLI

TODAY = "109-01-08"


def rename_themes(plan_dir: Path) -> None:
    """Theme 1 becomes `open-data` (numbered by its position) and theme 3 `participation`
    with the display number 5."""
    plan = plan_dir / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace('  - id: "1"\n', "  - id: open-data\n")
    text = text.replace('  - id: "3"\n', '  - id: participation\n    number: "5"\n')
    text = text.replace('theme: "1"', "theme: open-data").replace(
        'theme: "3"', "theme: participation"
    )
    plan.write_text(text, encoding="utf-8")
    for path in (plan_dir / "commitments").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r'(?m)^theme: "1"$', "theme: open-data", text)
        text = re.sub(r'(?m)^theme: "3"$', "theme: participation", text)
        path.write_text(text, encoding="utf-8")


def test_every_output_shows_the_number_never_the_id(cli: CLI, plan_dir: Path) -> None:
    rename_themes(plan_dir)
    result = cli(
        "render", "--today", TODAY, "--output", "out", "--format", "md,html,json,csv,docx,odt"
    )
    assert result.exit_code == 0, result.output
    out = plan_dir / "out"
    markdown = (out / "plan.md").read_text(encoding="utf-8")
    assert "## 1 公開及透明" in markdown
    assert "## 5 公共參與" in markdown
    assert "open-data 公開" not in markdown
    assert "participation 公共" not in markdown
    html = (out / "plan.html").read_text(encoding="utf-8")
    assert '<h2 id="theme-participation"><span class="num">5</span> 公共參與</h2>' in html
    assert '<span class="num">participation</span>' not in html
    data = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    numbers = {t["id"]: t["number"] for t in data["themes"]}
    assert numbers == {"open-data": "1", "2": "2", "participation": "5", "4": "4"}
    rows = list(csv.DictReader(io.StringIO((out / "plan.csv").read_text(encoding="utf-8-sig"))))
    assert {r["theme_id"]: r["theme_number"] for r in rows}["participation"] == "5"
    with zipfile.ZipFile(out / "plan.docx") as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    assert "伍、公共參與" in document
    assert "壹、公開及透明" in document
    with zipfile.ZipFile(out / "plan.odt") as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert "伍、公共參與" in content


def test_status_numbers_themes_by_their_display_number(cli: CLI, plan_dir: Path) -> None:
    rename_themes(plan_dir)
    result = cli("status", "--today", TODAY, "--lang", "en")
    assert "5 Public participation" in result.output or "5 公共參與" in result.output
    assert "participation." not in result.output
    assert "open-data." not in result.output


def test_new_proposes_an_id_from_the_number(cli: CLI, plan_dir: Path) -> None:
    rename_themes(plan_dir)
    result = cli("new", "--no-input", "--theme", "open-data", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert (plan_dir / "commitments" / "1-6.yaml").exists()
    result = cli("new", "--no-input", "--theme", "participation", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert (plan_dir / "commitments" / "5-1.yaml").exists()
    assert not list((plan_dir / "commitments").glob("open-data-*"))


def test_import_numbers_by_the_display_number_and_reads_it_back(cli: CLI, plan_dir: Path) -> None:
    from tests.authoring.word.wordforms import filled, write_docx

    rename_themes(plan_dir)
    write_docx(plan_dir / "a.docx", [filled(title_id="公益團體財務資訊公開")])
    result = cli("import", "a.docx", "--lang", "en", "--theme", "participation")
    assert "commitments/5-1.yaml" in result.stdout, result.output
    text = (plan_dir / "commitments" / "5-1.yaml").read_text(encoding="utf-8")
    assert "theme: participation" in text
    write_docx(plan_dir / "b.docx", [filled(title_id="5-2 公民參與平臺")])
    result = cli("import", "b.docx", "--lang", "en")
    assert "commitments/5-2.yaml" in result.stdout, result.output
    text = (plan_dir / "commitments" / "5-2.yaml").read_text(encoding="utf-8")
    assert "theme: participation" in text
