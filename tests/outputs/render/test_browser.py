"""plan.html in a real headless Chromium: headings, the SVG timeline, axe-core, printing to A4.

Chromium is started by the test itself (command-line modes: --dump-dom, --print-to-pdf).
Without Chromium the tests skip with the reason; with CI=true they fail instead.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.needs import unavailable
from tests.outputs.render.chromium import dump_dom, print_pdf, tool

pytestmark = pytest.mark.browser

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_RUNNER = """
<script src="{axe}"></script>
<script>
function report(result) {{
  var pre = document.createElement("pre");
  pre.id = "axe-result";
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
}}
axe.run(document, {{runOnly: {{type: "tag", values: {tags}}}, resultTypes: ["violations"]}}).then(
  function (r) {{
    report({{violations: r.violations.map(function (v) {{
      return {{id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) {{
        return n.target.join(" ") + ": " + n.failureSummary; }})}}; }}), passes: r.passes.length}});
  }},
  function (e) {{ report({{error: String(e)}}); }});
</script>
"""


def rendered_page(folder: Path, lang: str) -> Path:
    from typer.testing import CliRunner

    from ogpkit.cli.app import app
    from tests.conftest import copy_plan
    from tests.gitrepo import commit, init

    plan = copy_plan(init(folder / "plan"))
    # A Git history, so that the page shows each commitment's revisions (after every update).
    commit(plan, "2024-06-01T10:00:00+08:00", "plan")
    path = plan / "commitments" / "1-1-government-procurement.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: 政府採購資訊公開", "title: 政府採購資訊全面公開"), "utf-8")
    commit(plan, "2024-06-10T10:00:00+08:00", "1-1 title")
    compared = CliRunner().invoke(app, ["compare", "HEAD~1", "HEAD", "--root", str(plan)])
    assert compared.exit_code == 0, compared.output
    arguments = ["render", "--root", str(plan), "--format", "html", "--today", "111-06-15"]
    result = CliRunner().invoke(app, [*arguments, "--lang", lang])
    assert result.exit_code == 0, result.output
    return plan / "build" / "plan.html"


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """plan.html of the bundled plan in Chinese, rendered once for the module."""
    return rendered_page(tmp_path_factory.mktemp("browser"), "zh-TW")


@pytest.fixture(scope="module", params=["zh-TW", "en"])
def each_language(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return rendered_page(tmp_path_factory.mktemp("browser"), request.param)


def test_headings_and_timeline_render(page: Path) -> None:
    dom = dump_dom(page)
    assert re.search(r"<h1>我國開放政府國家行動方案", dom)
    assert len(re.findall(r"<h3 id=\"commitment-", dom)) == 11
    assert '<svg class="timeline"' in dom
    assert len(re.findall(r"<rect [^>]*><title>", dom)) == 45


POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>')


def without_policy(text: str) -> str:
    """The page without its Content-Security-Policy, which forbids the probes' scripts."""
    return POLICY.sub("", text)


def axe_result(page: Path) -> dict[str, Any]:
    """axe-core's WCAG 2.1 A/AA result for a copy of `page` with axe-core added."""
    if not AXE.is_file():
        unavailable("axe-core is not installed; run `npm ci` (make test does)")
    runner = AXE_RUNNER.format(axe=AXE.as_uri(), tags=json.dumps(WCAG_21_AA))
    checked = page.with_name("plan-axe.html")
    original = without_policy(page.read_text(encoding="utf-8"))
    checked.write_text(original.replace("</body>", runner + "</body>"), encoding="utf-8")
    match = re.search(r'<pre id="axe-result">(.*?)</pre>', dump_dom(checked), re.DOTALL)
    assert match, "axe-core did not report; did the page load axe.min.js?"
    result: dict[str, Any] = json.loads(html.unescape(match.group(1)))
    assert "error" not in result, result
    return result


def test_axe_core_finds_no_wcag_21_aa_violations(each_language: Path) -> None:
    assert 'href="compare.html#compare-1-1"' in each_language.read_text(encoding="utf-8")
    result = axe_result(each_language)
    assert result["passes"] > 10
    assert result["violations"] == [], json.dumps(result["violations"], indent=2)


def test_axe_core_check_does_find_violations(tmp_path: Path) -> None:
    page = rendered_page(tmp_path, "en")
    broken = '<main id="main"><img src="missing.png"><p style="color:#ccc">faint</p>'
    page.write_text(
        page.read_text(encoding="utf-8").replace('<main id="main">', broken), encoding="utf-8"
    )
    found = {violation["id"] for violation in axe_result(page)["violations"]}
    assert {"image-alt", "color-contrast"} <= found


def pdf_pages(pdf: Path) -> list[str]:
    info = subprocess.run(
        [tool("pdfinfo", "poppler-utils"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]
    assert re.search(r"^Page size:.*\(A4\)", info, re.MULTILINE), info
    pdftotext = tool("pdftotext", "poppler-utils")
    return [
        subprocess.run(
            [pdftotext, "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]


def test_prints_to_a4_with_a_page_break_before_each_commitment(page: Path) -> None:
    pdf = page.with_suffix(".pdf")
    print_pdf(page, pdf)
    pages = pdf_pages(pdf)
    ids = ["1-1", "1-2", "1-3", "1-4", "1-5", "2-1", "2-2", "2-3", "3-1", "3-2", "4-1"]
    starts = [text.strip().splitlines()[:3] for text in pages]

    def first_page_of(identifier: str) -> int:
        """The page that begins with the commitment (after its theme's heading, if first)."""
        return next(
            n
            for n, lines in enumerate(starts)
            if any(line.startswith(identifier + " ") for line in lines)
        )

    numbers = [first_page_of(identifier) for identifier in ids]
    assert numbers == sorted(set(numbers)), numbers
    # Title page and timeline, each commitment on its own pages, then index and summary.
    assert len(ids) + 3 <= len(pages) <= 3 * len(ids) + 4, len(pages)
    assert starts[-2][0] == "機關索引"
    assert starts[-1][0] == "統計"


def test_fits_a_phone_screen_without_sideways_scrolling(page: Path) -> None:
    probe = page.with_name("plan-phone.html")
    # A milestone's date of last update stays whole and inside its cell (it used to break
    # inside 113年6月28日 on a phone).
    script = (
        '<script>var pre = document.createElement("pre"); pre.id = "layout";'
        'var dates = [...document.querySelectorAll("table.milestones .date")];'
        "var out = dates.filter(d => d.getBoundingClientRect().right >"
        ' d.closest("td").getBoundingClientRect().right || d.getClientRects().length > 1);'
        "pre.textContent = document.documentElement.scrollWidth + ' ' + window.innerWidth"
        " + ' ' + dates.length + ' ' + out.length;"
        "document.body.appendChild(pre);</script>"
    )
    probe.write_text(
        without_policy(page.read_text(encoding="utf-8")).replace("</body>", script + "</body>"),
        encoding="utf-8",
    )
    dom = dump_dom(probe, 2000, "--window-size=390,844")
    match = re.search(r'<pre id="layout">(\d+) (\d+) (\d+) (\d+)</pre>', dom)
    assert match, dom[-500:]
    scroll_width, viewport, dates, outside = (int(group) for group in match.groups())
    assert dates > 20
    assert outside == 0
    # Headless Chromium keeps windows at least 500 px wide; still a phone-sized layout.
    assert viewport <= 500
    assert scroll_width <= viewport


def test_the_pages_policy_is_enforced_by_the_browser(page: Path) -> None:
    """default-src 'none': a script added to the page does not run (nor would a remote load)."""
    probe = page.with_name("plan-policy.html")
    script = '<script>document.body.setAttribute("data-ran", "yes");</script>'
    text = page.read_text(encoding="utf-8")
    assert POLICY.search(text)
    probe.write_text(text.replace("</body>", script + "</body>"), encoding="utf-8")
    assert 'data-ran="yes"' not in dump_dom(probe)
    control = page.with_name("plan-no-policy.html")
    control.write_text(without_policy(probe.read_text(encoding="utf-8")), encoding="utf-8")
    assert 'data-ran="yes"' in dump_dom(control)
