from __future__ import annotations

from pathlib import Path

from tests.conftest import CLI

FORUM = """\
name: 推動小組
members:
  - {name: 甲, sector: government, co_chair: true}
  - {name: 乙, sector: government}
  - {name: 丙, sector: civil_society}
meetings:
  - date: 109-05-10
    title: 第1次
    minutes: https://example.org/1
    minutes_published: 109-07-20
    resolutions:
      - {id: R1, text: 辦理, owner: 國發會, due: 109-06, status: open}
      - {id: R2, text: 辦理, owner: 國發會, due: 109-06, status: closed}
  - date: 110-03-01
    title: 第2次
"""


def test_forum_minimum_requirements(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "forum.yaml").write_text(FORUM, encoding="utf-8")
    result = cli("validate", "--lang", "en", "--today", "110-06-01", "forum.yaml")
    out = result.stdout
    assert result.exit_code == 1, result.output
    assert "2 government and 1 civil-society members; OGP asks for parity" in out
    assert "needs a co-chair from government and one from civil society" in out
    assert "14:11   error   The forum did not meet between 109-05-10 and 110-03-01" in out
    assert "The minutes were published 71 days after the meeting; the forum's rule is 30" in out
    assert "12:45   warning Resolution R1 is still open past its due date 109-06" in out
    assert "Say what closed resolution R2" in out
    assert "14:11   error   The minutes of this meeting were due by 110-03-31" in out
    assert "Link the forum's rules of operation" in out
