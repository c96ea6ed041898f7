"""One parse, every format: a field's paragraphs, list items, emphasis, code and links are read
back from plan.html, the Word XML and the OpenDocument XML of the same render and compared."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import lxml.html  # type: ignore[import-untyped]
import pytest
from lxml import etree

from tests.conftest import CLI
from tests.needs import executable

FIELD = """commitment: |
  甲段落有*甲強調*、**甲粗體**、`甲代碼`與[甲連結](https://example.org/a?b=1&c=2)。

  - 甲項目一 *甲斜體*
  - 甲項目二 [甲網址](https://example.org/b)
    - 甲巢狀項目

  甲清單後的段落 <甲標記> & 甲[甲壞](javascript:alert(1))。

  ### 甲標題

  3. 甲編號三
  4. 甲編號四 **甲*粗斜*體**
"""

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}href"
MARKER = "甲"

Run = tuple[str, frozenset[str], str | None]
Runs = tuple[Run, ...]
Structure = list[tuple[str, Runs]]


def merged(runs: list[Run]) -> Runs:
    out: list[Run] = []
    for text, marks, href in runs:
        if not text:
            continue
        if out and out[-1][1:] == (marks, href):
            out[-1] = (out[-1][0] + text, marks, href)
        else:
            out.append((text, marks, href))
    if out:  # the line breaks around a nested list are layout, not text
        out[-1] = (out[-1][0].rstrip(), *out[-1][1:])
        out[0] = (out[0][0].lstrip(), *out[0][1:])
    return tuple(run for run in out if run[0])


def kept(structure: Structure, marker: str = MARKER) -> Structure:
    return [(kind, runs) for kind, runs in structure if marker in "".join(r[0] for r in runs)]


def from_html(path: Path, marker: str = MARKER) -> Structure:
    tags = {"em": "italic", "strong": "bold", "code": "code"}
    blocks: Structure = []

    def walk(element: Any, marks: frozenset[str], href: str | None, out: list[Run]) -> None:
        if element.text:
            out.append((element.text, marks, href))
        for child in element:
            if child.tag in ("ul", "ol", "p"):
                pass  # a block of its own
            else:
                inner = marks | {tags[child.tag]} if child.tag in tags else marks
                walk(child, inner, child.get("href") if child.tag == "a" else href, out)
            if child.tail:
                out.append((child.tail, marks, href))

    for element in lxml.html.parse(str(path)).getroot().iter("p", "li", "h3"):
        runs: list[Run] = []
        walk(element, frozenset(), None, runs)
        if element.tag == "li":
            kind = "ordered item" if element.getparent().tag == "ol" else "item"
            depth = len(list(element.iterancestors("ul", "ol")))
            kind += f" {depth}"
        else:
            kind = {"p": "paragraph", "h3": "heading"}[element.tag]
        blocks.append((kind, merged(runs)))
    return kept(blocks, marker)


def from_docx(path: Path, marker: str = MARKER) -> Structure:
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        rels = etree.fromstring(archive.read("word/_rels/document.xml.rels"))
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    abstract = {
        n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val")
        for n in numbering.iter(W + "num")
    }
    formats = {
        a.get(W + "abstractNumId"): a.find(f"{W}lvl/{W}numFmt").get(W + "val")
        for a in numbering.iter(W + "abstractNum")
    }
    blocks: Structure = []
    for p in body.iter(W + "p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        number = p.find(f"{W}pPr/{W}numPr")
        if number is not None:
            num = number.find(W + "numId").get(W + "val")
            ordered = formats[abstract[num]] == "decimal"
            depth = int(number.find(W + "ilvl").get(W + "val")) + 1
            kind = f"{'ordered item' if ordered else 'item'} {depth}"
        elif style is not None and style.get(W + "val") == "FieldHeading":
            kind = "heading"
        else:
            kind = "paragraph"
        runs: list[Run] = []
        for r in p.iter(W + "r"):
            parent = r.getparent()
            href = targets[parent.get(REL)] if parent.tag == W + "hyperlink" else None
            marks = set()
            if r.find(f"{W}rPr/{W}b") is not None:
                marks.add("bold")
            if r.find(f"{W}rPr/{W}i") is not None:
                marks.add("italic")
            fonts = r.find(f"{W}rPr/{W}rFonts")
            if fonts is not None and fonts.get(W + "ascii") in ("Courier New", "Liberation Mono"):
                marks.add("code")
            text = "".join(
                t.text or "" if t.tag == W + "t" else "\n"
                for t in r
                if t.tag in (W + "t", W + "br")
            )
            runs.append((text, frozenset(marks), href))
        blocks.append((kind, merged(runs)))
    return kept(blocks, marker)


def from_odt(path: Path, marker: str = MARKER) -> Structure:
    with zipfile.ZipFile(path) as archive:
        content = etree.fromstring(archive.read("content.xml"))
    spans: dict[str, frozenset[str]] = {}
    ordered: dict[str, bool] = {}
    for style in content.iter(STYLE + "style"):
        properties = style.find(STYLE + "text-properties")
        marks = set()
        if properties is not None:
            if properties.get(FO + "font-weight") == "bold":
                marks.add("bold")
            if properties.get(FO + "font-style") == "italic":
                marks.add("italic")
            if "Mono" in (properties.get(STYLE + "font-name") or ""):
                marks.add("code")
        spans[style.get(STYLE + "name")] = frozenset(marks)
    for list_style in content.iter(TEXT + "list-style"):
        ordered[list_style.get(STYLE + "name")] = (
            list_style.find(TEXT + "list-level-style-number") is not None
        )

    def walk(element: Any, marks: frozenset[str], href: str | None, out: list[Run]) -> None:
        if element.text:
            out.append((element.text, marks, href))
        for child in element:
            if child.tag == TEXT + "line-break":
                out.append(("\n", marks, href))
            elif child.tag == TEXT + "s":
                out.append((" " * int(child.get(TEXT + "c", "1")), marks, href))
            elif child.tag == TEXT + "span":
                walk(
                    child, marks | spans.get(child.get(TEXT + "style-name"), frozenset()), href, out
                )
            elif child.tag == TEXT + "a":
                walk(child, marks, child.get(XLINK), out)
            if child.tail:
                out.append((child.tail, marks, href))

    blocks: Structure = []
    for p in content.iter(TEXT + "p", TEXT + "h"):
        lists = list(p.iterancestors(TEXT + "list"))
        parent = p.getparent()
        if parent.tag == TEXT + "list-item" and parent.find(TEXT + "p") is p:
            outer = lists[-1].get(TEXT + "style-name")
            kind = f"{'ordered item' if ordered[outer] else 'item'} {len(lists)}"
        elif p.get(TEXT + "style-name") == "Field_20_Heading":
            kind = "heading"
        else:
            kind = "paragraph"
        runs: list[Run] = []
        walk(p, frozenset(), None, runs)
        blocks.append((kind, merged(runs)))
    return kept(blocks, marker)


def test_a_field_has_the_same_blocks_and_marks_in_html_docx_and_odt(
    cli: CLI, plan_dir: Path
) -> None:
    path = next((plan_dir / "commitments").glob("1-1-*.yaml"))
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^commitment: \|\n(  .*\n|\n)*?(?=\S)", FIELD + "\n", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    result = cli("render", "-f", "html,docx,odt", "-o", "out", "--force")
    assert result.exit_code in (0, 1), result.output
    html = from_html(plan_dir / "out" / "plan.html")
    assert html == [
        (
            "paragraph",
            (
                ("甲段落有", frozenset(), None),
                ("甲強調", frozenset({"italic"}), None),
                ("、", frozenset(), None),
                ("甲粗體", frozenset({"bold"}), None),
                ("、", frozenset(), None),
                ("甲代碼", frozenset({"code"}), None),
                ("與", frozenset(), None),
                ("甲連結", frozenset(), "https://example.org/a?b=1&c=2"),
                ("。", frozenset(), None),
            ),
        ),
        ("item 1", (("甲項目一 ", frozenset(), None), ("甲斜體", frozenset({"italic"}), None))),
        (
            "item 1",
            (("甲項目二 ", frozenset(), None), ("甲網址", frozenset(), "https://example.org/b")),
        ),
        ("item 2", (("甲巢狀項目", frozenset(), None),)),
        (
            "paragraph",
            (("甲清單後的段落 <甲標記> & 甲[甲壞](javascript:alert(1))。", frozenset(), None),),
        ),
        ("heading", (("甲標題", frozenset(), None),)),
        ("ordered item 1", (("甲編號三", frozenset(), None),)),
        (
            "ordered item 1",
            (
                ("甲編號四 ", frozenset(), None),
                ("甲", frozenset({"bold"}), None),
                ("粗斜", frozenset({"bold", "italic"}), None),
                ("體", frozenset({"bold"}), None),
            ),
        ),
    ]
    assert from_docx(plan_dir / "out" / "plan.docx") == html
    assert from_odt(plan_dir / "out" / "plan.odt") == html
    assert '<ol start="3">' in (plan_dir / "out" / "plan.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(plan_dir / "out" / "plan.docx") as archive:
        assert b'<w:startOverride w:val="3"/>' in archive.read("word/numbering.xml")
    with zipfile.ZipFile(plan_dir / "out" / "plan.odt") as archive:
        assert b'text:start-value="3"' in archive.read("content.xml")


def test_hostile_field_text_is_escaped_in_both_office_files() -> None:
    from ogpkit.outputs.markdown.tree import parse
    from ogpkit.outputs.office.blocks import Rich, Table
    from ogpkit.outputs.office.docx_writer import docx_from_blocks
    from ogpkit.outputs.office.odt_writer import odt_from_blocks

    hostile = '甲 <w:t>"x"</w:t> & </text:p>\x01 [甲](https://e.x/?a=1&b="2")'
    table = Table((("標籤", Rich(parse(hostile))),), kind="form")
    docx = docx_from_blocks([table], "<標題>&", "zh-TW")
    odt = odt_from_blocks([table], "<標題>&", "zh-TW")
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        rels = archive.read("word/_rels/document.xml.rels").decode()
    with zipfile.ZipFile(io.BytesIO(odt)) as archive:
        content = etree.fromstring(archive.read("content.xml"))
    words = "".join(t.text or "" for t in body.iter(W + "t"))
    assert '甲 <w:t>"x"</w:t> & </text:p> 甲' in words  # as written, minus \x01
    assert 'Target="https://e.x/?a=1&amp;b=%222%22"' in rels
    odt_text = "".join(content.itertext())
    assert '甲 <w:t>"x"</w:t> & </text:p> 甲' in odt_text


NOTE = """\
        done: |
          丙完成*丙強調*並公開[丙資料](https://example.org/d?a=1&b=2)：

          - 丙項目一 **丙粗體**
          - 丙項目二
"""
RESULTS = """\
results:
  early_results: |
    丙初步成果有*丙斜體*。

    1. 丙第一
    2. 丙第二 [丙連結](https://example.org/r)
milestones:
"""


def test_a_progress_note_has_the_same_blocks_in_the_reports_html_docx_and_odt(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    from ogpkit.cli.app import app
    from tests.gitrepo import commit
    from tests.progress_repo import progress_repository

    repo = progress_repository(tmp_path / "plan")
    path = repo / "commitments" / "1-1.yaml"
    text = path.read_text("utf-8").replace("        done: 新增3項欄位\n", NOTE, 1)
    path.write_text(text.replace("milestones:\n", RESULTS, 1), "utf-8")
    commit(repo, "2022-04-01T10:00:00+08:00", "a note in Markdown")
    out = tmp_path / "out"
    args = ["report", "--root", str(repo), "--period", "final", "-f", "html,docx,odt"]
    result = CliRunner().invoke(app, [*args, "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    html = from_html(out / "report-final.html", "丙")
    assert html == [
        (
            "paragraph",
            (
                ("丙完成", frozenset(), None),
                ("丙強調", frozenset({"italic"}), None),
                ("並公開", frozenset(), None),
                ("丙資料", frozenset(), "https://example.org/d?a=1&b=2"),
                ("：", frozenset(), None),
            ),
        ),
        (  # a list in the note is a list inside the list of updates
            "item 2",
            (("丙項目一 ", frozenset(), None), ("丙粗體", frozenset({"bold"}), None)),
        ),
        ("item 2", (("丙項目二", frozenset(), None),)),
        (
            "paragraph",
            (
                ("丙初步成果有", frozenset(), None),
                ("丙斜體", frozenset({"italic"}), None),
                ("。", frozenset(), None),
            ),
        ),
        ("ordered item 1", (("丙第一", frozenset(), None),)),
        (
            "ordered item 1",
            (("丙第二 ", frozenset(), None), ("丙連結", frozenset(), "https://example.org/r")),
        ),
    ]
    assert from_docx(out / "report-final.docx", "丙") == html
    assert from_odt(out / "report-final.odt", "丙") == html


CONTINUED = """commitment: |
  - 乙項目第一段

    乙項目的第二段
  - 乙項目二

  乙清單後的段落
"""


@pytest.mark.office
@pytest.mark.parametrize("suffix", ["docx", "odt"])
def test_a_list_items_second_paragraph_sits_under_its_first(
    cli: CLI, plan_dir: Path, suffix: str
) -> None:
    """Laid out by LibreOffice: the item's later paragraph starts where its text starts, right
    of the bullet, and the paragraph after the list at the margin."""
    soffice = executable(
        "soffice", "libreoffice", what="LibreOffice", package="libreoffice-writer-nogui"
    )
    path = next((plan_dir / "commitments").glob("1-1-*.yaml"))
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^commitment: \|\n(  .*\n|\n)*?(?=\S)", CONTINUED, text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    result = cli("render", "-f", suffix, "-o", "out", "--force")
    assert result.exit_code in (0, 1), result.output
    out = plan_dir / "out"
    subprocess.run(
        [
            soffice,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(out / f"plan.{suffix}"),
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    boxes = subprocess.run(
        [
            executable("pdftotext", what="pdftotext", package="poppler-utils"),
            "-bbox",
            str(out / "plan.pdf"),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    left = {
        word: float(x)
        for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>(乙[^<]*)</word>', boxes)
    }
    assert left["乙項目的第二段"] == pytest.approx(left["乙項目第一段"], abs=1)
    assert left["乙項目二"] == pytest.approx(left["乙項目第一段"], abs=1)
    assert left["乙清單後的段落"] < left["乙項目第一段"] - 10
