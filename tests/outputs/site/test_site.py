"""`ogpkit site` on a real Git repository: the files, the pages, the feed, safety of the output."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

from typer.testing import CliRunner

from ogpkit.cli.app import app
from tests.conftest import copy_plan
from tests.gitrepo import commit, init
from tests.outputs.site.conftest import TODAY, build, index_of

ATOM = "{http://www.w3.org/2005/Atom}"


def test_site_has_every_page_and_download(site: Path) -> None:
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert "index.html" in pages
    assert len([p for p in pages if p.startswith("commitments/")]) == 11
    assert len([p for p in pages if p.startswith("themes/")]) == 4
    assert "agencies/index.html" in pages
    for name in ("plan.md", "plan.html", "plan.json", "plan.csv", "plan.docx", "plan.odt"):
        assert (site / "files" / name).stat().st_size > 1000, name
    schema = json.loads((site / "files" / "plan-data.schema.json").read_text(encoding="utf-8"))
    assert schema["type"] == "object"
    for name in ("search.html", "search.js", "search-index.js", "en/search-index.js"):
        assert (site / name).is_file(), name
    downloads = (site / "downloads.html").read_text(encoding="utf-8")
    assert 'href="files/plan.odt"' in downloads
    assert 'href="files/plan-data.schema.json"' in downloads


def test_every_link_is_relative(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for link in re.findall(r'src="([^"]*)"', text):
            assert not re.match(r"^(/|[a-z]+:)", link), f"{page}: {link}"
        for link in re.findall(r'href="([^"]*)"', text):
            # Evidence and consultation pages elsewhere are links out; everything of the site
            # itself is relative.
            if re.match(r"^https?://", link):
                continue
            assert not re.match(r"^(/|[a-z]+:)", link), f"{page}: {link}"


def test_commitment_page_has_its_text_agencies_and_revisions(site: Path) -> None:
    page = next((site / "commitments").glob("1-1.html")).read_text(encoding="utf-8")
    assert '<h1><span class="id">1-1</span>政府採購資訊公開</h1>' in page
    assert 'href="../themes/1.html"' in page
    assert re.search(r'href="\.\./agencies/\d+\.html">行政院公共工程委員會</a>', page)
    assert "1-1 第一項衡量指標改為新增4項欄位" in page
    assert "113年6月28日" in page  # the revision's date in the plan's style
    assert 'href="../style.css"' in page


def test_home_page_shows_counts_timeline_and_progress(site: Path) -> None:
    page = (site / "index.html").read_text(encoding="utf-8")
    assert '<span class="n">11</span> 承諾事項數' in page
    assert '<svg class="timeline"' in page
    assert "各主題衡量指標執行狀態" in page
    assert 'href="commitments/1-1.html"' in page


def test_feed_lists_the_commits_newest_first(site: Path) -> None:
    feed = ElementTree.parse(site / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "1-1 第一項衡量指標改為新增4項欄位",
        "各部會提出承諾事項",
    ]
    first = entries[0]
    assert first.findtext(f"{ATOM}updated") == "2024-06-28T01:00:00Z"
    link = first.find(f"{ATOM}link")
    assert link is not None
    assert link.get("href") == "commitments/1-1.html"
    assert "1-1 政府採購資訊公開" in (first.findtext(f"{ATOM}summary") or "")


def test_user_text_is_escaped(tmp_path: Path) -> None:
    plan = copy_plan(tmp_path / "plan")
    target = next((plan / "commitments").glob("1-2*.yaml"))
    text = target.read_text(encoding="utf-8")
    title = re.search(r"^title: (.*)$", text, re.M)
    assert title is not None
    target.write_text(
        text.replace(title.group(0), 'title: "<script>alert(1)</script> {{ 7*7 }}"'),
        encoding="utf-8",
    )
    site = build(plan, "--no-search")
    page = (site / "commitments" / "1-2.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in page
    assert "<script>alert" not in page
    assert not any(site.rglob("search*"))
    assert "search.html" not in page


def test_a_folder_of_other_files_is_refused(tmp_path: Path) -> None:
    plan = copy_plan(tmp_path / "plan")
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me", encoding="utf-8")
    arguments = ["site", "--root", str(plan), "--today", TODAY, "--no-search"]
    result = CliRunner().invoke(app, [*arguments, "--output", str(precious), "--lang", "en"])
    assert result.exit_code == 2
    assert "holds other files" in result.output
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_a_rebuild_removes_pages_that_are_gone(tmp_path: Path) -> None:
    plan = copy_plan(tmp_path / "plan")
    site = build(plan, "--no-search")
    assert (site / "commitments" / "1-2.html").is_file()
    next((plan / "commitments").glob("1-2*.yaml")).unlink()
    build(plan, "--no-search")
    assert not (site / "commitments" / "1-2.html").exists()
    assert (site / "commitments" / "1-1.html").is_file()


def test_validation_errors_stop_the_build(tmp_path: Path) -> None:
    plan = copy_plan(tmp_path / "plan")
    target = next((plan / "commitments").glob("1-1*.yaml"))
    target.write_text(target.read_text(encoding="utf-8") + "thme: 1\n", encoding="utf-8")
    arguments = ["site", "--root", str(plan), "--today", TODAY, "--no-search", "--lang", "en"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 1
    assert not (plan / "build" / "site").exists()


def test_only_pages_with_a_search_body_are_indexed(site: Path) -> None:
    """Each edition's index holds its pages with a search body, without the revision table."""
    for edition in (site, site / "en"):
        found = index_of(edition)
        bodies = {
            page.relative_to(edition).as_posix()
            for page in edition.rglob("*.html")
            if "data-search-body" in page.read_text(encoding="utf-8")
            and (edition != site or not page.is_relative_to(site / "en"))
        }
        assert set(found) == bodies
        assert "commitments/1-1.html" in found
        assert "search.html" not in found
    zh = index_of(site)
    assert zh["commitments/1-1.html"][0] == "1-1 政府採購資訊公開"
    assert "新增4項欄位" in zh["commitments/1-1.html"][1]
    assert "第一項衡量指標改為" not in zh["commitments/1-1.html"][1]  # a commit subject
    assert "procurement" in index_of(site / "en")["commitments/1-1.html"][1].lower()


def test_agency_groups_are_listed_with_what_they_stand_for(tmp_path: Path) -> None:
    """A group (各機關) is shown as written: a row of the agency index without a page of its
    own, and plain text where a commitment names it."""
    from tests.plan.test_agency_groups import LED, with_groups

    plan = copy_plan(tmp_path / "plan")
    with_groups(plan)
    site = build(plan, "--no-search", "--force")
    index = (site / "agencies" / "index.html").read_text(encoding="utf-8")
    assert (
        '各機關<span class="meta">（泛稱，非單一機關：行政院所屬各部會及直轄市、縣市政府）' in index
    )
    assert "地方政府<span" in index
    assert "各機關</a>" not in index
    identifier = Path(LED).name[:3]
    page = (site / "commitments" / f"{identifier}.html").read_text(encoding="utf-8")
    assert "各機關" in page
    assert "各機關</a>" not in page
    english = (site / "en" / "agencies" / "index.html").read_text(encoding="utf-8")
    assert 'All agencies<span class="meta"> (a group, not one agency:' in english


def test_a_revision_shows_its_taipei_day_as_plan_html_does(tmp_path: Path) -> None:
    plan = init(copy_plan(tmp_path / "plan"))
    commit(plan, "2024-06-03T10:00:00+08:00", "各部會提出承諾事項")
    target = next((plan / "commitments").glob("1-1*.yaml"))
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("新增3項欄位", "新增4項欄位", 1), encoding="utf-8")
    commit(plan, "2024-06-28T07:30:00+08:00", "清晨的修正")  # 2024-06-27 23:30 in UTC
    page = (build(plan, "--no-search") / "commitments" / "1-1.html").read_text(encoding="utf-8")
    row = page.split("清晨的修正", 1)[0].rsplit("<tr", 1)[1]
    assert "113年6月28日" in row
    assert "113年6月27日" not in page
