"""plan.html measured in headless Chromium at 1280 and 390 pixels: the timeline's text as
rendered, the contents' numbers, the today marker, the milestone table's columns, titles.

Headless Chromium keeps its window at least 500 px wide, so the page is measured inside an
iframe of the chosen width: a script added to a copy of the page measures it and posts the
figures to the frame's parent, whose DOM Chromium prints.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ogpkit.cli.app import app
from tests.conftest import copy_plan
from tests.gitrepo import commit, init
from tests.outputs.render.chromium import dump_dom
from tests.outputs.render.test_browser import axe_result, without_policy

pytestmark = pytest.mark.browser

DURING = "111-06-15"
AFTER = "114-01-01"
PROBE = """
<script>
window.addEventListener("load", function () {
  var svg = document.querySelector("svg.timeline");
  var box = svg.getBoundingClientRect();
  var scale = box.width / svg.viewBox.baseVal.width;
  var texts = Array.from(svg.querySelectorAll("text")).map(function (t) {
    var shown = Array.from(t.childNodes).filter(function (n) { return n.nodeName !== "title"; });
    return {text: shown.map(function (n) { return n.textContent; }).join(""), size: parseFloat(getComputedStyle(t).fontSize) * scale,
            height: t.getBoundingClientRect().height};
  });
  var scroller = document.querySelector("figure.chart .scroll");
  var contents = document.querySelector("nav.contents");
  var table = document.querySelector("table.milestones");
  var titles = Array.from(document.querySelectorAll("h3 .title"));
  parent.postMessage(JSON.stringify({
    width: window.innerWidth,
    pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    timelineScrolls: scroller.scrollWidth > scroller.clientWidth,
    texts: texts,
    themes: Array.from(contents.querySelectorAll(":scope > ol > li > a")).map(function (a) {
      return a.textContent; }),
    entries: Array.from(contents.querySelectorAll("ol ol a")).map(function (a) {
      return a.textContent; }),
    markers: Array.from(contents.querySelectorAll("li")).map(function (li) {
      return getComputedStyle(li).listStyleType; }),
    todayMarkers: svg.querySelectorAll(".today").length,
    indicatorShare: table.querySelector("th").getBoundingClientRect().width
      / table.getBoundingClientRect().width,
    titles: titles.map(function (t) {
      var range = document.createRange();
      range.selectNodeContents(t);
      var tops = new Set(Array.from(range.getClientRects()).map(function (r) {
        return Math.round(r.top); }));
      return {text: t.textContent, lines: tops.size,
              fits: t.getBoundingClientRect().right <= t.closest("article").getBoundingClientRect().right};
    })
  }), "*");
});
</script>
"""
FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="{src}" title="plan" style="border:0;width:{width}px;height:900px"></iframe>
<pre id="layout"></pre>
<script>window.addEventListener("message", function (e) {{
  document.getElementById("layout").textContent = e.data; }});</script>
</body></html>
"""


def render(folder: Path, today: str, lang: str = "zh-TW") -> Path:
    plan = copy_plan(init(folder / "plan"))
    commit(plan, "2024-06-01T10:00:00+08:00", "plan")
    arguments = ["render", "--root", str(plan), "--format", "html", "--today", today]
    result = CliRunner().invoke(app, [*arguments, "--lang", lang])
    assert result.exit_code == 0, result.output
    return plan / "build" / "plan.html"


def measure(page: Path, width: int) -> dict[str, Any]:
    probe = page.with_name(f"plan-probe-{width}.html")
    text = without_policy(page.read_text(encoding="utf-8"))
    probe.write_text(text.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    frame = page.with_name(f"frame-{width}.html")
    frame.write_text(FRAME.format(src=probe.name, width=width), encoding="utf-8")
    dom = dump_dom(frame, 5000, f"--window-size={width + 20},1000")
    match = re.search(r'<pre id="layout">(.+?)</pre>', dom, re.DOTALL)
    assert match, "the page's probe did not report: " + dom[-500:]
    figures: dict[str, Any] = json.loads(html.unescape(match.group(1)))
    assert figures["width"] == width
    return figures


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {
        "during": render(tmp_path_factory.mktemp("during"), DURING),
        "after": render(tmp_path_factory.mktemp("after"), AFTER),
        "en": render(tmp_path_factory.mktemp("en"), DURING, "en"),
    }


@pytest.fixture(scope="module")
def phone(pages: dict[str, Path]) -> dict[str, Any]:
    return measure(pages["during"], 390)


@pytest.fixture(scope="module")
def desktop(pages: dict[str, Path]) -> dict[str, Any]:
    return measure(pages["during"], 1280)


@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_every_timeline_text_is_at_least_12_pixels(
    screen: str, request: pytest.FixtureRequest
) -> None:
    figures = request.getfixturevalue(screen)
    assert len(figures["texts"]) > 15
    small = [t for t in figures["texts"] if t["size"] < 12 or t["height"] < 12]
    assert small == [], small
    assert figures["pageOverflow"] <= 0


def test_the_timeline_scrolls_sideways_on_a_phone_only(
    phone: dict[str, Any], desktop: dict[str, Any]
) -> None:
    assert phone["timelineScrolls"]
    assert not desktop["timelineScrolls"]


def test_timeline_rows_name_the_commitment(phone: dict[str, Any]) -> None:
    texts = [t["text"] for t in phone["texts"]]
    assert "1-1 政府採購資訊公開" in texts
    assert "3-2 促進性別及族群包容性對話及參與" in texts


def test_contents_show_the_plans_own_numbers(desktop: dict[str, Any]) -> None:
    assert desktop["themes"][:3] == ["時程", "1 公開及透明", "2 透明與課責"]
    assert desktop["entries"][0] == "1-1 政府採購資訊公開"
    assert set(desktop["markers"]) == {"none"}


def test_today_marker_while_the_plan_runs_and_not_after(
    phone: dict[str, Any], pages: dict[str, Path]
) -> None:
    assert phone["todayMarkers"] == 1
    assert measure(pages["after"], 390)["todayMarkers"] == 0


def test_the_indicator_column_has_the_room(phone: dict[str, Any], desktop: dict[str, Any]) -> None:
    assert phone["indicatorShare"] >= 0.45, phone["indicatorShare"]
    assert desktop["indicatorShare"] >= 0.7, desktop["indicatorShare"]


def test_titles_keep_to_one_line_on_a_phone(phone: dict[str, Any]) -> None:
    assert len(phone["titles"]) == 11
    broken = [t for t in phone["titles"] if t["lines"] != 1 or not t["fits"]]
    assert broken == [], broken


def test_english_timeline_texts_are_cut_to_the_label_column(pages: dict[str, Path]) -> None:
    figures = measure(pages["en"], 390)
    rows = [t for t in figures["texts"] if re.match(r"\d-\d ", t["text"])]
    assert len(rows) == 11
    assert any(t["text"].endswith("…") for t in rows)
    small = [t for t in figures["texts"] if t["size"] < 12]
    assert small == [], small


@pytest.mark.parametrize("which", ["after", "en"])
def test_axe_core_finds_no_violation(pages: dict[str, Path], which: str) -> None:
    result = axe_result(pages[which])
    assert result["violations"] == [], json.dumps(result["violations"], indent=2)
