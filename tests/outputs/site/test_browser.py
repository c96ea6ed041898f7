"""The site in a real headless Chromium: links, search in Chinese, the language switch, axe-core.

Driven over the DevTools protocol (`cdp.py`); the site is served under a sub-path
(`http://127.0.0.1:PORT/repo/`) as GitHub Pages serves a project, and opened from file://.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from ogpkit.outputs.site.build import SiteRequest, build_site, write_site
from ogpkit.plan.project import load_project
from tests.conftest import copy_plan
from tests.needs import unavailable
from tests.outputs.render.test_browser import AXE, WCAG_21_AA
from tests.outputs.site.cdp import Browser, browser
from tests.outputs.site.conftest import TODAY, build, index_of

pytestmark = pytest.mark.browser

LINKS = """[...document.querySelectorAll("a[href], link[href], script[src]")]
  .map(e => e.href || e.src)"""
IDS = "[...document.querySelectorAll('[id]')].map(e => e.id)"


@pytest.fixture(scope="module")
def chrome() -> Any:
    with browser() as driver:
        yield driver


def test_every_internal_link_resolves(site: Path, chrome: Browser) -> None:
    """Open every page from file://, resolve each link in the browser, check its target."""
    pages = sorted(site.rglob("*.html"))
    ids: dict[Path, set[str]] = {}
    links: list[tuple[Path, str]] = []
    for page in pages:
        chrome.open(page.as_uri())
        ids[page] = set(chrome.evaluate(IDS))
        links += [(page, link) for link in chrome.evaluate(LINKS)]
    assert len(links) > 400
    broken = []
    for page, link in links:
        parts = urlsplit(link)
        if parts.scheme in ("http", "https"):
            continue  # a link out (evidence, a consultation page), not part of the site
        assert parts.scheme == "file", f"{page}: {link} leaves the site"
        target = Path(unquote(parts.path))
        if not target.is_file() or not target.is_relative_to(site):
            broken.append(f"{page.relative_to(site)} → {link}")
        elif parts.fragment and target.suffix == ".html":
            target_ids = ids.get(target) or set()
            if unquote(parts.fragment) not in target_ids:
                broken.append(f"{page.relative_to(site)} → {link} (no such anchor)")
    assert broken == []


def test_link_check_finds_a_broken_link(tmp_path: Path, site: Path, chrome: Browser) -> None:
    page = tmp_path / "broken.html"
    page.write_text('<a href="commitments/9-9.html">x</a>', encoding="utf-8")
    chrome.open(page.as_uri())
    (link,) = chrome.evaluate(LINKS)
    assert not Path(unquote(urlsplit(link).path)).is_file()


# search.js lists the results when the page has loaded; the links as the browser resolves them.
SEARCH = '[...document.querySelectorAll("#search-results a")].map(a => a.href)'
STATUS = 'document.getElementById("search-status").textContent'


def search(chrome: Browser, page: str, query: str) -> list[str]:
    chrome.open(f"{page}?q={query}")
    found: list[str] = chrome.evaluate(SEARCH)
    return found


def test_search_finds_a_commitment_by_a_chinese_word(served: str, chrome: Browser) -> None:
    found = search(chrome, served + "search.html", "洗錢")
    assert found[0] == served + "commitments/2-2.html", found
    assert search(chrome, served + "search.html", "採購")[0] == served + "commitments/1-1.html"
    assert "共有" in chrome.evaluate(STATUS)
    assert "「採購」" in chrome.evaluate(STATUS)
    marks = chrome.evaluate(
        '[...document.querySelectorAll("#search-results mark")].map(m => m.textContent)'
    )
    assert set(marks) == {"採購"}


def test_search_works_from_file(site: Path, chrome: Browser) -> None:
    """No server: the index is a script, which a browser loads from file:// (fetch it refuses)."""
    found = search(chrome, (site / "search.html").as_uri(), "實質受益人")
    assert (site / "commitments" / "2-3.html").as_uri() in found
    english = search(chrome, (site / "en" / "search.html").as_uri(), "procurement")
    assert english[0] == (site / "en" / "commitments" / "1-1.html").as_uri()


def test_search_folds_what_an_input_method_types(site: Path, chrome: Browser) -> None:
    """臺 for 台 and full-width letters, as an input method types them; case does not matter."""
    page = (site / "search.html").as_uri()
    assert (site / "commitments" / "2-2.html").as_uri() in search(chrome, page, "臺灣透明組織")
    english = (site / "en" / "search.html").as_uri()
    assert search(chrome, english, "ＰＲＯＣＵＲＥＭＥＮＴ") == search(
        chrome, english, "procurement"
    )


def test_every_word_of_the_query_must_occur(site: Path, chrome: Browser) -> None:
    page = (site / "search.html").as_uri()
    both = set(search(chrome, page, "採購　洗錢"))  # an ideographic space between the words
    procurement, laundering = set(search(chrome, page, "採購")), set(search(chrome, page, "洗錢"))
    assert both == procurement & laundering
    assert both < procurement
    assert both < laundering
    assert (site / "commitments" / "1-1.html").as_uri() not in both
    assert (site / "index.html").as_uri() in both  # the home page lists both commitments


def test_search_finds_nothing_for_a_word_not_in_the_plan(served: str, chrome: Browser) -> None:
    assert search(chrome, served + "search.html", "潛水艇") == []
    assert "沒有任何一頁含「潛水艇」" in chrome.evaluate(STATUS)
    assert search(chrome, served + "search.html", "") == []
    assert chrome.evaluate(STATUS) == ""


def test_more_results_come_in_batches(site: Path, chrome: Browser) -> None:
    pages = index_of(site)
    expected = {
        (site / href).as_uri() for href, (title, text) in pages.items() if "1" in title + text
    }
    assert len(expected) > 20
    assert len(search(chrome, (site / "search.html").as_uri(), "1")) == 20
    assert chrome.evaluate('document.getElementById("search-more").hidden') is False
    chrome.evaluate('document.getElementById("search-more").click()')
    found = chrome.evaluate(SEARCH)
    assert set(found) == expected
    assert chrome.evaluate("document.activeElement.href") == found[20]
    assert chrome.evaluate('document.getElementById("search-more").hidden') is (len(found) <= 40)


def test_a_hostile_title_is_shown_as_text(tmp_path: Path, chrome: Browser) -> None:
    plan = copy_plan(tmp_path / "plan")
    target = next((plan / "commitments").glob("1-2*.yaml"))
    text = target.read_text(encoding="utf-8")
    title = re.search(r"^title: (.*)$", text, re.M)
    assert title is not None
    hostile = '<img src=x onerror="document.title=1">極大化</script>'
    target.write_text(text.replace(title.group(0), f"title: '{hostile}'"), encoding="utf-8")
    site = build(plan, "--lang", "zh-TW")
    search(chrome, (site / "search.html").as_uri(), "極大化")
    titles = chrome.evaluate(
        '[...document.querySelectorAll("#search-results a")].map(a => a.textContent)'
    )
    assert f"1-2 {hostile}" in titles
    assert chrome.evaluate('document.querySelectorAll("#search-results img").length') == 0
    assert chrome.evaluate("document.title") != "1"


def test_language_switch_goes_to_the_same_page(tmp_path: Path, plan_repo: Path) -> None:
    project = load_project(plan_repo)
    from ogpkit.plan.clock import parse_today

    outputs = build_site(project, SiteRequest(parse_today(TODAY), ("zh-TW", "en"), False))
    site = tmp_path / "site"
    write_site(site, outputs)
    with browser() as driver:
        driver.open((site / "commitments" / "1-1.html").as_uri())
        driver.evaluate('document.querySelector(".switch a").click()')
        driver.wait_event("Page.loadEventFired")
        assert driver.evaluate("location.href").endswith("/site/en/commitments/1-1.html")
        assert driver.evaluate("document.documentElement.lang") == "en"
        driver.evaluate('document.querySelector(".switch a").click()')
        driver.wait_event("Page.loadEventFired")
        assert driver.evaluate("location.href").endswith("/site/commitments/1-1.html")


def test_language_switch_of_the_default_build(site: Path, chrome: Browser) -> None:
    """The site built with no --lang has the English edition; its switch keeps the page."""
    chrome.open((site / "record.html").as_uri())
    chrome.evaluate('document.querySelector(".switch a").click()')
    chrome.wait_event("Page.loadEventFired")
    assert chrome.evaluate("location.href") == (site / "en" / "record.html").as_uri()
    assert chrome.evaluate("document.documentElement.lang") == "en"
    chrome.evaluate('document.querySelector(".switch a").click()')
    chrome.wait_event("Page.loadEventFired")
    assert chrome.evaluate("location.href") == (site / "record.html").as_uri()


def axe(chrome: Browser) -> dict[str, Any]:
    if not AXE.is_file():
        unavailable("axe-core is not installed; run `npm ci` (make test does)")
    chrome.evaluate(AXE.read_text(encoding="utf-8") + ";0")
    script = f"""axe.run(document, {{runOnly: {{type: "tag", values: {json.dumps(WCAG_21_AA)}}},
      resultTypes: ["violations"]}}).then(r => ({{passes: r.passes.length,
      violations: r.violations.map(v => ({{id: v.id, nodes: v.nodes.slice(0, 3).map(
        n => n.target.join(" ") + ": " + n.failureSummary)}}))}}))"""
    result: dict[str, Any] = chrome.evaluate(script, timeout=120)
    return result


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "commitments/1-1.html",
        "search.html?q=採購",
        "record.html",
        "en/commitments/1-1.html",
    ],
)
def test_axe_finds_no_wcag_21_aa_violation(
    served: str, chrome: Browser, path: str, width: int
) -> None:
    chrome.open(served + path, width=width)
    if "?q=" in path:
        assert chrome.evaluate(SEARCH)
    result = axe(chrome)
    assert result["passes"] > 10
    assert result["violations"] == [], json.dumps(result["violations"], indent=2)


TIMELINE_TEXT = """(() => { const svg = document.querySelector("svg.timeline");
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const box = svg.closest(".scroll");
  return {sizes: [...svg.querySelectorAll("text")].map(
            t => parseFloat(getComputedStyle(t).fontSize) * scale),
          scrolls: box.scrollWidth > box.clientWidth,
          overflow: document.documentElement.scrollWidth - innerWidth}; })()"""


@pytest.mark.parametrize("width", [1280, 390])
def test_the_home_timeline_is_readable_at_every_width(
    site: Path, chrome: Browser, width: int
) -> None:
    """As in plan.html: at least 12 px text; a phone scrolls the picture, never the page."""
    chrome.open((site / "index.html").as_uri(), width=width)
    shown = chrome.evaluate(TIMELINE_TEXT)
    assert len(shown["sizes"]) > 15
    assert min(shown["sizes"]) >= 12, shown["sizes"]
    assert shown["scrolls"] == (width < 700)
    assert shown["overflow"] <= 0
