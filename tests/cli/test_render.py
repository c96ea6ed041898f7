from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import CLI

FIRST = "commitments/1-1-government-procurement.yaml"
EVIL = "{{ 7*7 }} <script>alert(1)</script> | {% raw %}"


def edit(plan_dir: Path, name: str, old: str, new: str) -> None:
    path = plan_dir / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_writes_four_files_into_build(cli: CLI, plan_dir: Path) -> None:
    result = cli("render", "--today", "111-06-15")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (plan_dir / "build").iterdir())
    assert names == ["plan.csv", "plan.html", "plan.json", "plan.md", "progress.csv"]
    assert "build/plan.html" in result.stdout


def test_format_and_output_options(cli: CLI, plan_dir: Path) -> None:
    result = cli("render", "--format", "json,csv", "--output", "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (plan_dir / "out").iterdir()) == [
        "plan.csv",
        "plan.json",
        "progress.csv",
    ]


def test_unknown_format_is_a_usage_error(cli: CLI) -> None:
    result = cli("render", "--format", "md,rtf", "--lang", "en")
    assert result.exit_code == 2
    assert "Unknown output format rtf" in result.output


def test_missing_templates_folder_is_a_usage_error(cli: CLI) -> None:
    result = cli("render", "--templates", "nowhere")
    assert result.exit_code == 2
    assert "找不到範本資料夾" in result.output


def test_refuses_a_plan_with_validation_errors(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, FIRST, 'theme: "1"', 'theme: "9"')
    result = cli("render", "--lang", "en")
    assert result.exit_code == 1
    assert "--force" in result.output
    assert not (plan_dir / "build").exists()


def test_force_renders_despite_errors(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, FIRST, "lead_agencies:\n", "unknown_key: 1\nlead_agencies:\n")
    result = cli("render", "--force", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads((plan_dir / "build" / "plan.json").read_text(encoding="utf-8"))
    ids = [c["id"] for c in data["commitments"]]
    assert "1-1" not in ids
    assert len(ids) == 10


def test_english_labels(cli: CLI, plan_dir: Path) -> None:
    assert cli("render", "--lang", "en", "--format", "md,html").exit_code == 0
    markdown = (plan_dir / "build" / "plan.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Taiwan Open Government National Action Plan (2020–2024)\n")
    assert "#### Verifiable and measurable milestones" in markdown
    assert '<html lang="en">' in (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")


def test_iso_date_style(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, "plan.yaml", "date_style: roc", "date_style: iso")
    assert cli("render", "--format", "md").exit_code == 0
    assert "2020-05 – 2024-05" in (plan_dir / "build" / "plan.md").read_text(encoding="utf-8")


@pytest.fixture
def evil_plan(plan_dir: Path) -> Path:
    """A commitment whose texts try template injection, script and table breaking."""
    quoted = json.dumps(EVIL)
    edit(plan_dir, FIRST, "title: 政府採購資訊公開", f"title: {quoted}")
    edit(
        plan_dir,
        FIRST,
        "problem: |\n",
        f"problem: {json.dumps(EVIL + chr(10) + '<img src=x onerror=alert(2)>')}\nx-old: |\n",
    )
    edit(
        plan_dir,
        FIRST,
        "  - indicator: 109年12月前",
        f"  - indicator: {json.dumps(EVIL + chr(10) + 'second line')}\n    x-old: 109年12月前",
    )
    edit(plan_dir, FIRST, "  name: （範例）承辦人", f"  name: {quoted}")
    edit(plan_dir, FIRST, "    - 台灣透明組織", f"    - {quoted}")
    return plan_dir


def test_fields_are_never_evaluated_as_templates(cli: CLI, evil_plan: Path) -> None:
    result = cli("render", "--today", "111-06-15")
    assert result.exit_code == 0, result.output
    for name in ("plan.md", "plan.html", "plan.json", "plan.csv"):
        text = (evil_plan / "build" / name).read_text(encoding="utf-8")
        assert "{{ 7*7 }}" in text, name
        assert "{% raw %}" in text, name


def test_script_is_inert_text_in_html(cli: CLI, evil_plan: Path) -> None:
    assert cli("render", "--format", "html", "--today", "111-06-15").exit_code == 0
    html = (evil_plan / "build" / "plan.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_html_is_escaped_in_markdown(cli: CLI, evil_plan: Path) -> None:
    assert cli("render", "--format", "md").exit_code == 0
    markdown = (evil_plan / "build" / "plan.md").read_text(encoding="utf-8")
    assert "<script" not in markdown.lower()
    assert "<img" not in markdown.lower()
    assert "&lt;script>alert(1)&lt;/script>" in markdown
    row = next(line for line in markdown.splitlines() if "second line" in line)
    assert row.count(" | ") == 3, row
    assert "\\|" in row
    assert "<br>second line" in row


def test_csv_round_trips_the_evil_title(cli: CLI, evil_plan: Path) -> None:
    assert cli("render", "--format", "csv").exit_code == 0
    text = (evil_plan / "build" / "plan.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["title"] == EVIL


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_for_long_renders_in_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ogpkit.cli.render import PROGRESS_THRESHOLD, progress_bar

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress_bar(PROGRESS_THRESHOLD - 1) as progress:
        assert progress is None
    with progress_bar(PROGRESS_THRESHOLD) as progress:
        assert progress is not None
        tick = progress("plan.html", 3)
        for _ in range(3):
            tick()
    assert "plan.html" in terminal.getvalue()
    monkeypatch.setattr("sys.stderr", io.StringIO())
    with progress_bar(PROGRESS_THRESHOLD * 10) as progress:
        assert progress is None


def test_output_that_is_a_file_is_a_usage_error(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "taken").write_text("not a folder", encoding="utf-8")
    result = cli("render", "--output", "taken", "--lang", "en")
    assert result.exit_code == 2
    assert "Cannot write the output into taken" in result.output


def test_plan_without_commitments_renders(cli: CLI, plan_dir: Path) -> None:
    for path in (plan_dir / "commitments").iterdir():
        path.unlink()
    result = cli("render", "--today", "111-06-15")
    assert result.exit_code == 0, result.output
    data = json.loads((plan_dir / "build" / "plan.json").read_text(encoding="utf-8"))
    assert data["commitments"] == []


def test_office_formats_for_the_executive_yuan(cli: CLI, plan_dir: Path) -> None:
    import docx
    from odf.opendocument import load

    result = cli("render", "--format", "docx,odt", "--output", "out", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (plan_dir / "out").iterdir()) == ["plan.docx", "plan.odt"]
    assert docx.Document(str(plan_dir / "out" / "plan.docx")).tables
    assert load(str(plan_dir / "out" / "plan.odt")).text is not None
