from __future__ import annotations

import re
from datetime import date

from markdown_it import MarkdownIt

from ogpkit.outputs.render.files import RenderRequest, render_plan
from ogpkit.outputs.render.formats import FORMATS
from ogpkit.plan.project import load_project
from tests.conftest import REPO

TODAY = date(2022, 6, 15)


def bundled(formats: tuple[str, ...] = tuple(FORMATS), lang: str = "zh-TW") -> dict[str, str]:
    outputs = render_plan(load_project(REPO), RenderRequest(formats, lang, TODAY))
    return {name: data.decode("utf-8") for name, data in outputs.items()}


def test_formats_table_names_one_file_each() -> None:
    assert {name: w.filename for name, w in FORMATS.items()} == {
        "md": "plan.md",
        "html": "plan.html",
        "json": "plan.json",
        "csv": "plan.csv",
        "docx": "plan.docx",
        "odt": "plan.odt",
    }


def test_progress_ticks_once_a_commitment_for_each_format() -> None:
    ticks: dict[str, int] = {}
    totals: dict[str, int] = {}

    def progress(name: str, total: int):  # type: ignore[no-untyped-def]
        totals[name] = total
        ticks[name] = 0

        def tick() -> None:
            ticks[name] += 1

        return tick

    render_plan(load_project(REPO), RenderRequest(tuple(FORMATS), "en", TODAY), progress)
    assert totals == dict.fromkeys(
        ("plan.md", "plan.html", "plan.json", "plan.csv", "plan.docx", "plan.odt"), 11
    )
    assert ticks == totals


def test_markdown_links_all_have_anchors() -> None:
    markdown = bundled(("md",))["plan.md"]
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', markdown))
    links = set(re.findall(r"\]\(#([^)]+)\)", markdown))
    assert links
    assert links <= anchors


def test_markdown_tables_parse_as_tables() -> None:
    markdown = bundled(("md",))["plan.md"]
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    tables = [t for t in tokens if t.type == "table_open"]
    # timeline, 2 a commitment (facts and milestones), agency index, two summary tables
    assert len(tables) == 1 + 2 * 11 + 1 + 2
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) > 11 * 6


def test_html_links_all_have_targets() -> None:
    html = bundled(("html",))["plan.html"]
    ids = set(re.findall(r' id="([^"]+)"', html))
    links = set(re.findall(r' href="#([^"]+)"', html))
    assert links <= ids
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    # No resource from the network; the only addresses are evidence links a reader may follow.
    assert "https://" not in re.sub(r'<a href="https://[^"]*">', "", html)
    assert ' src="' not in html
    assert "<script" not in html


def test_html_has_print_stylesheet_for_a4() -> None:
    html = bundled(("html",))["plan.html"]
    assert "@page { size: A4;" in html
    assert "@media print" in html
    assert "break-before: page" in html


def test_dates_in_plan_style_and_english_labels() -> None:
    english = bundled(("md",), "en")["plan.md"]
    assert "**Plan period**: 109-05 – 113-05" in english
    chinese = bundled(("md",))["plan.md"]
    assert "**行動方案期間**：109年5月 – 113年5月" in chinese


def test_render_does_not_write() -> None:
    before = sorted(REPO.iterdir())
    bundled(("csv",))
    assert sorted(REPO.iterdir()) == before
