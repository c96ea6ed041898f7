"""Issue 10, section 6: no output format can crash on text that validate accepted. Fuzzed text
(CJK, Markdown and HTML markup characters, right-to-left text and marks, combining marks,
escapes of control characters) goes into a title, a long answer, a milestone and the contact;
when the real CLI's validate accepts the file, render writes md, html, json, csv, docx and odt
and each is well-formed (the office documents' XML parses)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.conftest import CLI

FILE = "commitments/1-1-government-procurement.yaml"
MARKUP = [*"<>&\"'*_`[]()#|\\!~{}%$=+-@:;,.\t /", "\n", "\n\n", "- ", "1. ", "> ", "```"]
MARKS = ["\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u2069", "\u200b", "\u00a0", "\u3000"]
ALPHABET = st.one_of(
    st.sampled_from(MARKUP + MARKS),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK
    st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),  # Hebrew and Arabic
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),  # combining marks
    st.characters(exclude_categories=["Cs"]),  # anything, control characters included
)
TEXT = st.lists(ALPHABET, min_size=1, max_size=40).map("".join)


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def write(root: Path, title: str, problem: str, indicator: str, contact: str) -> None:
    path = root / FILE
    text = path.read_text(encoding="utf-8")
    text = text.replace("title: 政府採購資訊公開", f"title: {quoted(title)}", 1)
    text = text.replace("problem: |", f"problem: {quoted(problem)}\nx-old: |", 1)
    first = text.index("  - indicator: ")
    end = text.index("\n", first)
    text = text[:first] + f"  - indicator: {quoted(indicator)}" + text[end:]
    at = text.index("  name: ", text.index("\ncontact:"))
    end = text.index("\n", at)
    path.write_text(text[:at] + f"  name: {quoted(contact)}" + text[end:], encoding="utf-8")


def well_formed(out: Path) -> None:
    assert (out / "plan.md").read_text(encoding="utf-8")
    assert (out / "plan.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    json.loads((out / "plan.json").read_text(encoding="utf-8"))
    list(csv.reader(io.StringIO((out / "plan.csv").read_text(encoding="utf-8-sig"))))
    for name, part in (("plan.docx", "word/document.xml"), ("plan.odt", "content.xml")):
        with zipfile.ZipFile(out / name) as archive:
            ElementTree.fromstring(archive.read(part))


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)
@given(title=TEXT, problem=TEXT, indicator=TEXT, contact=TEXT)
def test_any_text_validate_accepts_renders_in_every_format(
    cli: CLI, plan_dir: Path, title: str, problem: str, indicator: str, contact: str
) -> None:
    for path in (plan_dir / "commitments").glob("*.yaml"):
        if path.name != Path(FILE).name:
            path.unlink()
    original = plan_dir / "original.yaml"
    if not original.exists():
        shutil.copy(plan_dir / FILE, original)
    shutil.copy(original, plan_dir / FILE)
    write(plan_dir, title, problem, indicator, contact)
    checked = cli("validate", "--today", "109-01-08", "--format", "json")
    assert checked.exit_code in (0, 1), checked.output
    assume(checked.exit_code == 0)
    result = cli(
        "render", "--today", "109-01-08", "--output", "out", "--force",
        "--format", "md,html,json,csv,docx,odt",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    well_formed(plan_dir / "out")
    data = json.loads((plan_dir / "out" / "plan.json").read_text(encoding="utf-8"))
    assert data["commitments"][0]["title"] == title
