"""The sections that join the site's pages: status history and evidence, public input and
responses, progress by theme, the forum and consultation record, the English edition."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import copy_plan
from tests.gitrepo import commit, init
from tests.outputs.site.conftest import build, with_record


def read(site: Path, page: str) -> str:
    return (site / page).read_text(encoding="utf-8")


def test_commitment_page_has_each_milestones_status_history(site: Path) -> None:
    page = read(site, "commitments/1-1.html")
    history = page.split('id="status-history"', 1)[1]
    first = history.split('id="milestone-2"', 1)[0]
    assert first.index("109年10月20日") < first.index("110年4月20日")
    assert '<span class="status status-substantial">大部分</span>' in first
    assert "主要工作已大致完成" in first
    assert '<a href="https://data.gov.tw/">1-1 第1項衡量指標成果</a>' in first
    assert page.count("<li><p><strong>") == sum(
        1 for line in commitment_file(site, "1-1") if line.strip().startswith("- date:")
    )


def commitment_file(site: Path, identifier: str) -> list[str]:
    plan = site.parent.parent
    path = next((plan / "commitments").glob(f"{identifier}-*.yaml"))
    return path.read_text(encoding="utf-8").splitlines()


def test_commitment_page_has_the_inputs_that_concern_it(site: Path) -> None:
    page = read(site, "commitments/1-1.html")
    section = page.split('id="public-input"', 1)[1].split("</section>", 1)[0]
    assert "採納情形" in section
    assert "理由" in section
    assert "回應機關" in section
    assert "回應日期" in section
    assert re.search(r"decision-(adopted|partly_adopted|not_adopted|already_covered)", section)
    assert "建議決標資料開放時一併公開投標廠商名單與標價" in section
    assert "公民團體" in section  # the contributor by their kind
    assert "決標公告將增列投標廠商及標價欄位" in section
    assert "行政院公共工程委員會" in section
    assert "109年3月20日" in section


def test_home_page_has_progress_by_theme_and_links_the_record(site: Path) -> None:
    page = read(site, "index.html")
    progress = page.split('id="progress"', 1)[1].split("</section>", 1)[0]
    assert "完成" in progress
    assert "大部分" in progress
    assert re.search(r'<td class="n">[1-9]\d*</td>', progress)
    assert '<a href="record.html">' in page


def test_record_page_has_members_meetings_minutes_resolutions_and_rounds(site: Path) -> None:
    page = read(site, "record.html")
    assert 'id="members"' in page
    assert 'id="meetings"' in page
    assert 'id="resolutions"' in page
    assert '<a href="repository/docs/forum/108-12-13.md">會議紀錄</a>' in page
    assert (site / "repository" / "docs" / "forum" / "108-12-13.md").is_file()
    assert 'id="rounds"' in page
    assert "收到意見" in page
    assert 'href="commitments/1-1.html#public-input"' in page
    english = read(site, "en/record.html")
    assert '<a href="../repository/docs/forum/108-12-13.md">Minutes</a>' in english


def test_english_edition_is_written_beside_the_chinese(site: Path) -> None:
    page = read(site, "en/commitments/1-1.html")
    assert '<html lang="en">' in page
    assert "Open government procurement information" in page
    assert 'href="../../commitments/1-1.html" lang="zh-TW"' in page
    assert 'href="../en/commitments/1-1.html" lang="en"' in read(site, "commitments/1-1.html")
    assert "Status history" in page
    assert "Public input and responses" in page
    assert 'href="../../style.css"' in page


def record_plan(tmp_path: Path) -> Path:
    return with_record(copy_plan(tmp_path / "plan"))


def test_update_text_and_evidence_are_inert(tmp_path: Path) -> None:
    plan = record_plan(tmp_path)
    target = next((plan / "commitments").glob("1-1*.yaml"))
    text = target.read_text(encoding="utf-8")
    text = text.replace(
        "done: 主要工作已大致完成，目前進行細部修正與意見整合，預計於期限內完成。",
        'done: "<script>alert(1)</script> 已完成 <img src=x onerror=alert(2)>"',
        1,
    )
    text = text.replace(
        "url: https://data.gov.tw/",
        'url: "https://data.gov.tw/?a=\\"><script>alert(3)</script>"',
        1,
    )
    target.write_text(text, encoding="utf-8")
    init(plan)
    commit(plan, "2024-06-03T10:00:00+08:00", "承諾事項")
    page = read(build(plan, "--no-search"), "commitments/1-1.html")
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "alert(3)" in page  # the unsafe address shown as text, not linked


def test_a_repository_file_that_is_missing_is_text_not_a_link(tmp_path: Path) -> None:
    plan = record_plan(tmp_path)
    (plan / "docs" / "forum" / "108-12-13.md").unlink()
    init(plan)
    commit(plan, "2024-06-03T10:00:00+08:00", "推動小組")
    site = build(plan, "--no-search", "--force")  # validate reports the missing minutes
    page = read(site, "record.html")
    assert "<td>docs/forum/108-12-13.md</td>" in page
    assert 'href="repository/docs/forum/109-02-07.md"' in page
    assert not (site / "repository" / "docs" / "forum" / "108-12-13.md").exists()


def test_names_appear_only_where_the_round_publishes_them(tmp_path: Path) -> None:
    plan = record_plan(tmp_path)
    online = plan / "consultation" / "1-online-draft.yaml"
    text = online.read_text(encoding="utf-8")
    first = re.search(r"^(\s*)- id: (.*)$", text, re.M)
    assert first is not None
    named = text.replace(first.group(0), f"{first.group(0)}\n{first.group(1)}  name: 林小明", 1)
    online.write_text(named, encoding="utf-8")
    init(plan)
    commit(plan, "2024-06-03T10:00:00+08:00", "公眾意見")
    # validate reports the name; a site published anyway (--force) still withholds it
    site = build(plan, "--no-search", "--force")
    pages = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "林小明" not in pages
    online.write_text(named.replace("publish_names: false", "publish_names: true"), "utf-8")
    site = build(plan, "--no-search")
    pages = "".join(p.read_text(encoding="utf-8") for p in site.rglob("commitments/*.html"))
    assert "林小明" in pages


def test_without_a_record_or_english_there_is_neither_page_nor_edition(tmp_path: Path) -> None:
    plan = copy_plan(tmp_path / "plan")
    for path in (plan / "commitments").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.split("\nen:\n", 1)[0] + "\n", encoding="utf-8")
    site = build(plan, "--no-search")
    assert not (site / "record.html").exists()
    assert not (site / "en").exists()
    page = read(site, "index.html")
    assert "record.html" not in page
    assert 'class="switch"' not in page
