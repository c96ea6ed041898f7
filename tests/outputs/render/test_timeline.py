from __future__ import annotations

import re
from datetime import date

from ogpkit.outputs.render.edition import edition
from ogpkit.outputs.render.timeline import STATUS_COLOURS, TODAY_COLOUR, short_title, timeline_svg
from ogpkit.plan.compiled import compile_plan
from ogpkit.plan.project import load_project
from tests.conftest import REPO


def svg(today: date, lang: str = "zh-TW") -> str:
    project = edition(load_project(REPO), lang).project
    return str(timeline_svg(compile_plan(project), lang, today))


def test_one_row_a_commitment_and_one_bar_a_milestone() -> None:
    compiled = compile_plan(load_project(REPO))
    picture = str(timeline_svg(compiled, "zh-TW", date(2022, 6, 15)))
    rows = re.findall(
        r'<text class="row"[^>]*><title>([^<]+)</title><tspan[^>]*>([^<]+)</tspan> ([^<]+)</text>',
        picture,
    )
    assert [(full, f"{cid} {short}") for full, cid, short in rows] == [
        (f"{c.id} {c.title}", f"{c.id} {c.title}") for c in compiled.commitments
    ]
    bars = re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})"><title>', picture)
    assert len(bars) == sum(len(c.milestones) for c in compiled.commitments)
    assert set(bars) <= set(STATUS_COLOURS.values())


def test_today_line_only_inside_the_period() -> None:
    during = svg(date(2022, 6, 15))
    assert during.count('<g class="today">') == 1
    assert f'stroke="{TODAY_COLOUR}"' in during
    assert '<text x="513.9" y="16" text-anchor="start" fill="#b91c1c">今天</text>' in during
    for outside in (date(2020, 4, 30), date(2024, 6, 1), date(2026, 1, 1)):
        assert 'class="today"' not in svg(outside)
        assert TODAY_COLOUR not in svg(outside)


def test_today_label_stays_inside_the_picture_at_the_end() -> None:
    assert 'text-anchor="end" fill="#b91c1c">今天</text>' in svg(date(2024, 5, 31))


def test_short_titles_are_cut_by_width_with_an_ellipsis() -> None:
    assert short_title("政府採購資訊公開", 8) == "政府採購資訊公開"
    assert short_title("政府採購資訊公開", 7.5) == "政府採購資訊…"
    assert short_title("Open  government\nprocurement", 100) == "Open government procurement"
    assert short_title("Open government procurement information", 17) == "Open government…"
    assert short_title("資料開放 Open data", 8) == "資料開放 Open…"


def test_english_rows_use_the_english_titles_cut_to_the_label_column() -> None:
    picture = svg(date(2022, 6, 15), "en")
    assert "<title>1-1 Open government procurement information</title>" in picture
    assert re.search(r"</tspan> Open government…</text>", picture)


def test_accessible_name_and_year_labels() -> None:
    picture = svg(date(2022, 6, 15), "en")
    assert 'role="img"' in picture
    assert '<title id="timeline-title">Timeline of the commitments</title>' in picture
    assert ">2021</text>" in picture
    assert ">110年</text>" in svg(date(2022, 6, 15))
    assert "<title>1-1 政府採購資訊公開</title>" in svg(date(2022, 6, 15))
