"""`ogpkit site` against `ogpkit validate` on the same generated plan in a Git repository.

    python -m bench.site_bench [N] [REPEAT]

The site of N = 500 commitments, search index included (target: within 5 × validate), and
without search, to show what the index costs. The plan is one Git commit, so the changes
feed and the revision history read a real history. Then, when Chromium is installed, what a
reader waits for: the search page opened from file:// until its results are on the page
(`domContentLoadedEventEnd`: the index parsed and the query answered), median of REPEAT.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

from tests.gitrepo import init_repo

from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare, table

TODAY = "111-06-15"


def commands(folder: Path) -> dict[str, list[str]]:
    site = [OGPKIT, "site", "--today", TODAY, "--output", str(folder / "build" / "site")]
    return {
        "ogpkit validate": [OGPKIT, "validate", "--format", "json", "--today", TODAY],
        "ogpkit site": site,
        "ogpkit site --no-search": [*site, "--no-search"],
        "ogpkit site --formats md,html,json,csv": [*site, "--formats", "md,html,json,csv"],
        "… and --no-search": [*site, "--formats", "md,html,json,csv", "--no-search"],
    }


def search_page_times(site: Path, repeat: int) -> str:
    from tests.outputs.render.chromium import CHROMIUM_NAMES
    from tests.outputs.site.cdp import browser

    if not any(shutil.which(name) for name in CHROMIUM_NAMES):
        return "no Chromium: the search page was not timed"
    lines = []
    queries = [(site / "search.html", "採購"), (site / "en" / "search.html", "procurement")]
    with browser() as chrome:
        for page, query in queries:
            times, found = [], 0
            for _ in range(repeat + 1):  # the first run fills the browser's cache
                chrome.open(f"{page.as_uri()}?q={query}")
                times.append(
                    chrome.evaluate(
                        'performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd'
                    )
                )
                found = chrome.evaluate('document.querySelectorAll("#search-results li").length')
            index = page.parent / "search-index.js"
            lines.append(
                f"{page.relative_to(site)}?q={query}: results after "
                f"{statistics.median(times[1:]):.0f} ms (median of {repeat}), {found} shown; "
                f"{index.relative_to(site)} {index.stat().st_size / 1e6:.1f} MB"
            )
    return "\n".join(lines)


def main(count: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / f"plan-{count}"
        generate(count, folder)
        init_repo(folder)
        print(f"{count} commitments, medians of {repeat} runs\n")
        print(table(compare(commands(folder), folder, repeat), "ogpkit validate"))
        site = folder / "build" / "site"
        subprocess.run(commands(folder)["ogpkit site"], cwd=folder, check=True, capture_output=True)
        files = [p for p in site.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        print(f"\nsite: {len(files)} files, {size / 1e6:.1f} MB")
        print(search_page_times(site, repeat))


if __name__ == "__main__":
    main(*arguments(500, 3))
