"""The revision history of each commitment in plan.html, read from a real Git history."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import CLI
from tests.gitrepo import commit, git, init, plan_without_submitted

FILE = "commitments/1-1-government-procurement.yaml"
TODAY = "111-06-15"


def article(html: str, commitment_id: str) -> str:
    start = html.index(f'<article class="commitment" aria-labelledby="commitment-{commitment_id}">')
    return html[start : html.index("</article>", start)]


def revisions(html: str, commitment_id: str) -> list[str]:
    block = article(html, commitment_id)
    if '<ol class="revisions">' not in block:
        return []
    listed = block[block.index('<ol class="revisions">') : block.index("</ol>")]
    return re.findall(r"<li>(.*?)</li>", listed)


def edit(plan_dir: Path, old: str, new: str) -> None:
    path = plan_dir / FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def history(plan_dir: Path) -> Path:
    """The plan added on 109-01-05; 1-1's title changed on 109-02-10, its problem on 109-03-20
    (late at night in Taipei: the day is Taipei's, not UTC's)."""
    plan_without_submitted(init(plan_dir))
    commit(plan_dir, "2020-01-05T10:00:00+08:00", "plan")
    edit(plan_dir, "title: 政府採購資訊公開", "title: 政府採購資訊全面公開")
    commit(plan_dir, "2020-02-10T10:00:00+08:00", "title")
    edit(plan_dir, "problem: |\n  ", "problem: |\n  經諮詢修正。")
    commit(plan_dir, "2020-03-20T23:30:00+08:00", "problem")
    return plan_dir


def test_plan_lists_revisions_newest_first_linked_to_compare(cli: CLI, tmp_path: Path) -> None:
    plan_dir = history(tmp_path / "repo")
    root = ("--root", str(plan_dir))
    assert cli("compare", "HEAD~2", "HEAD", "--format", "html", *root).exit_code == 0
    result = cli("render", "--today", TODAY, "--format", "html", *root)
    assert result.exit_code == 0, result.output
    html = (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")
    listed = revisions(html, "1-1")
    assert [re.sub(r"<[^>]+>", "", item) for item in listed] == [
        "109年3月20日：承諾事項將涉及哪些公共問題？ 修正對照表 1-1",
        "109年2月10日：承諾事項名稱 修正對照表 1-1",
        "109年1月5日：新增本承諾事項",
    ]
    links = re.findall(r'href="([^"]+)"', "".join(listed))
    assert links == ["compare.html#compare-1-1"] * 2
    compare = (plan_dir / "build" / "compare.html").read_text(encoding="utf-8")
    page, _, fragment = links[0].partition("#")
    assert (plan_dir / "build" / page).is_file()
    assert f'id="{fragment}"' in compare
    assert revisions(html, "1-2") == ["109年1月5日：新增本承諾事項"]


def test_english_edition_names_fields_in_english(cli: CLI, tmp_path: Path) -> None:
    plan_dir = history(tmp_path / "repo")
    result = cli(
        "render", "--today", TODAY, "--format", "html", "--lang", "en", "--root", str(plan_dir)
    )
    assert result.exit_code == 0, result.output
    html = (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")
    assert "<h4>Revision history</h4>" in html
    texts = [re.sub(r"<[^>]+>", "", item) for item in revisions(html, "1-1")]
    assert texts[1] == "2020-02-10: Title", texts
    assert texts[2].endswith(": Commitment added"), texts


def test_field_names_from_history_are_escaped(cli: CLI, tmp_path: Path) -> None:
    plan_dir = plan_without_submitted(init(tmp_path / "repo"))
    path = plan_dir / FILE
    final = path.read_text(encoding="utf-8")
    path.write_text(final + '"<img src=x onerror=alert(1)>": 1\n', encoding="utf-8")
    commit(plan_dir, "2020-01-05T10:00:00+08:00", "with a stray key")
    path.write_text(final, encoding="utf-8")
    commit(plan_dir, "2020-01-06T10:00:00+08:00", "stray key removed")
    result = cli("render", "--today", TODAY, "--format", "html", "--root", str(plan_dir))
    assert result.exit_code == 0, result.output
    html = (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in revisions(html, "1-1")[0]


def test_no_section_outside_git_or_with_a_shallow_history(
    cli: CLI, plan_dir: Path, tmp_path: Path
) -> None:
    result = cli("render", "--today", TODAY, "--format", "html")
    assert result.exit_code == 0, result.output
    html = (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")
    assert 'class="revisions"' not in html
    repo = history(tmp_path / "repo")
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "--quiet", "--depth", "1", repo.as_uri(), str(shallow))
    # validate refuses a shallow history (submission-history); --force renders all the same
    result = cli("render", "--today", TODAY, "--format", "html", "--force", "--root", str(shallow))
    assert result.exit_code == 0, result.output
    html = (shallow / "build" / "plan.html").read_text(encoding="utf-8")
    assert 'class="revisions"' not in html
    assert "修正歷程" not in html


def test_no_link_without_the_comparison_beside_the_plan(cli: CLI, tmp_path: Path) -> None:
    plan_dir = history(tmp_path / "repo")
    root = ("--root", str(plan_dir))
    result = cli("render", "--today", TODAY, "--format", "html", *root)
    assert result.exit_code == 0, result.output
    html = (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")
    assert len(revisions(html, "1-1")) == 3
    assert "compare.html" not in html
    # A comparison in which 1-1 did not change has no anchor for it: still no link.
    assert cli("compare", "HEAD~2", "HEAD~2", "--format", "html", *root).exit_code == 0
    assert (plan_dir / "build" / "compare.html").is_file()
    assert cli("render", "--today", TODAY, "--format", "html", *root).exit_code == 0
    html = (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")
    assert "compare.html" not in html
