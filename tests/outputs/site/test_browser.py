"""The site in a real headless Chromium: links, search in Chinese, the language switch, axe-core.

Driven over the DevTools protocol (`cdp.py`); the site is served under a sub-path
(`http://127.0.0.1:PORT/repo/`) as GitHub Pages serves a project, and opened from file://.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from ogpkit.outputs.site.build import SiteRequest, build_site, write_site
from ogpkit.plan.project import load_project
from tests.needs import unavailable
from tests.outputs.render.test_browser import AXE, WCAG_21_AA
from tests.outputs.site.cdp import Browser, browser
from tests.outputs.site.conftest import TODAY

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


# Pagefind shows results as their fragments arrive: wait until the list has stopped growing.
SEARCH = """(async () => {
  let seen = -1, steady = 0;
  for (let i = 0; i < 200; i++) {
    const links = [...document.querySelectorAll(".pagefind-ui__result-link")];
    steady = links.length && links.length === seen ? steady + 1 : 0;
    seen = links.length;
    if (steady >= 8) { return links.map(a => a.getAttribute("href")); }
    await new Promise(r => setTimeout(r, 100));
  }
  return [...document.querySelectorAll(".pagefind-ui__result-link")].map(a => a.getAttribute("href"));
})()"""


def test_search_finds_a_commitment_by_a_chinese_word(served: str, chrome: Browser) -> None:
    chrome.open(served + "search.html?q=洗錢")
    found = chrome.evaluate(SEARCH, timeout=90)
    assert "/repo/commitments/2-2.html" in found, found
    chrome.open(served + "search.html?q=採購")
    assert "/repo/commitments/1-1.html" in chrome.evaluate(SEARCH, timeout=90)


def test_search_finds_nothing_for_a_word_not_in_the_plan(served: str, chrome: Browser) -> None:
    chrome.open(served + "search.html?q=潛水艇")
    message = """(async () => {
      for (let i = 0; i < 200; i++) {
        const m = document.querySelector(".pagefind-ui__message");
        if (m && !m.textContent.includes("...")) { return m.textContent; }
        await new Promise(r => setTimeout(r, 100));
      }
      return ""; })()"""
    assert chrome.evaluate(message, timeout=90)
    assert chrome.evaluate(SEARCH.replace("200", "5")) == []


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
        assert chrome.evaluate(SEARCH, timeout=90)
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
