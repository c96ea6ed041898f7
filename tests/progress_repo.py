"""A small plan whose progress was reported over two years, committed at chosen dates.

Reporting periods (every six months from 109-05, plan 109-05 to 111-04):
P1 109-05-01..109-10-31, P2 109-11-01..110-04-30, P3 110-05-01..110-10-31, P4 110-11-01..111-04-30.

1-1 (theme 1, lead 甲部)
  m1 109-05..109-12: 109-10-15 limited (committed 109-10-21), 110-03-10 complete with evidence
  m2 109-05..110-10: 109-10-20 substantial, 110-04-10 complete, 110-09-01 limited (backwards,
     no note)
  m3 110-01..111-04, agency 乙部: nothing in P2, 110-10-20 limited committed late (110-12-01),
     111-03-01 limited
2-1 (theme 2, lead 乙部)
  m1 109-05..110-04: one update dated 110-12-01, committed 110-06-01 (forward-dated)
  m2 109-11..110-10: 110-02-01 limited; withdrawn 110-06-30
"""

from __future__ import annotations

from pathlib import Path

from tests.gitrepo import commit, init

PLAN = """\
title: 測試行動方案
title_en: Test plan
period: {start: 109-05, end: 111-04}
timeline:
  - {id: start, name: 開始推動, due: 109-05}
themes:
  - {id: "1", name: 公開</b><script>alert(1)</script>}
  - {id: "2", name: 課責}
agencies:
  - {name: 甲部, name_en: Ministry A}
  - {name: 乙部, name_en: Ministry B}
reporting:
  every_months: 6
  midterm: 110-06-30
  final: 111-06-30
"""

HEAD = """\
id: {id}
title: 承諾事項{id}
theme: "{theme}"
lead_agencies: [{lead}]
problem: 問題說明
commitment: 承諾內容
contribution: 貢獻說明
ogp_values: {{transparency: 公開資料}}
contact: {{name: 王小明}}
milestones:
"""

U_1_1_1A = """\
      - date: 109-10-15
        status: limited
        done: 完成欄位規劃
"""
U_1_1_1B = """\
      - date: 110-03-10
        status: complete
        done: 新增3項欄位
        evidence:
          - title: 決標資料<欄位>說明
            url: https://example.gov.tw/a?x=1&y=<2>
            date: 110-03-01
"""
U_1_1_2A = """\
      - date: 109-10-20
        status: substantial
"""
U_1_1_2B = """\
      - date: 110-04-10
        status: complete
"""
U_1_1_2C = """\
      - date: 110-09-01
        status: limited
"""
U_1_1_3A = """\
      - date: 110-10-20
        status: limited
"""
U_1_1_3B = """\
      - date: 111-03-01
        status: limited
"""
U_2_1_1A = """\
      - date: 110-12-01
        status: complete
"""
U_2_1_2A = """\
      - date: 110-02-01
        status: limited
"""
WITHDRAWN = """\
    withdrawn:
      date: 110-06-30
      reason: 改由其他計畫辦理
"""


def _milestone(indicator: str, start: str, end: str, updates: list[str], extra: str = "") -> str:
    text = f"  - indicator: {indicator}\n    start: {start}\n    end: {end}\n{extra}"
    if updates:
        text += "    updates:\n" + "".join(updates)
    return text


def commitment_1_1(m1: list[str], m2: list[str], m3: list[str]) -> str:
    return (
        HEAD.format(id="1-1", theme="1", lead="甲部")
        + _milestone("109年12月前新增3項欄位", "109-05", "109-12", m1)
        + _milestone("110年10月前發布文件1份", "109-05", "110-10", m2)
        + _milestone("111年4月前辦理4場工作坊", "110-01", "111-04", m3, "    agency: 乙部\n")
    )


def commitment_2_1(m1: list[str], m2: list[str], withdrawn: bool) -> str:
    return (
        HEAD.format(id="2-1", theme="2", lead="乙部")
        + _milestone("110年4月前開放資料集5項", "109-05", "110-04", m1)
        + _milestone(
            "110年10月前辦理說明會2場", "109-11", "110-10", m2, WITHDRAWN if withdrawn else ""
        )
    )


def progress_repository(root: Path) -> Path:
    """The plan above in a new repository, each report committed at its chosen date."""
    init(root)
    (root / "commitments").mkdir()
    (root / "plan.yaml").write_text(PLAN, "utf-8")
    one = root / "commitments" / "1-1.yaml"
    two = root / "commitments" / "2-1.yaml"

    def step(when: str, a: tuple[list[str], ...], b: tuple[list[str], list[str], bool]) -> None:
        one.write_text(commitment_1_1(*a), "utf-8")
        two.write_text(commitment_2_1(*b), "utf-8")
        commit(root, when, f"progress {when}")

    step("2020-01-08T10:00:00+08:00", ([], [], []), ([], [], False))
    step("2020-10-21T10:00:00+08:00", ([U_1_1_1A], [U_1_1_2A], []), ([], [], False))
    step("2021-02-01T10:00:00+08:00", ([U_1_1_1A], [U_1_1_2A], []), ([], [U_2_1_2A], False))
    step(
        "2021-03-12T10:00:00+08:00",
        ([U_1_1_1A, U_1_1_1B], [U_1_1_2A], []),
        ([], [U_2_1_2A], False),
    )
    step(
        "2021-04-11T10:00:00+08:00",
        ([U_1_1_1A, U_1_1_1B], [U_1_1_2A, U_1_1_2B], []),
        ([], [U_2_1_2A], False),
    )
    step(
        "2021-06-01T10:00:00+08:00",
        ([U_1_1_1A, U_1_1_1B], [U_1_1_2A, U_1_1_2B], []),
        ([U_2_1_1A], [U_2_1_2A], False),
    )
    step(
        "2021-07-01T10:00:00+08:00",
        ([U_1_1_1A, U_1_1_1B], [U_1_1_2A, U_1_1_2B], []),
        ([U_2_1_1A], [U_2_1_2A], True),
    )
    step(
        "2021-09-02T10:00:00+08:00",
        ([U_1_1_1A, U_1_1_1B], [U_1_1_2A, U_1_1_2B, U_1_1_2C], []),
        ([U_2_1_1A], [U_2_1_2A], True),
    )
    step(
        "2021-12-01T10:00:00+08:00",
        ([U_1_1_1A, U_1_1_1B], [U_1_1_2A, U_1_1_2B, U_1_1_2C], [U_1_1_3A]),
        ([U_2_1_1A], [U_2_1_2A], True),
    )
    step(
        "2022-03-02T10:00:00+08:00",
        ([U_1_1_1A, U_1_1_1B], [U_1_1_2A, U_1_1_2B, U_1_1_2C], [U_1_1_3A, U_1_1_3B]),
        ([U_2_1_1A], [U_2_1_2A], True),
    )
    return root
