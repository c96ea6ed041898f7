from __future__ import annotations

import re
from datetime import date

from ogpkit.outputs.render.timeline import STATUS_COLOURS, TODAY_COLOUR, timeline_svg
from ogpkit.plan.compiled import compile_plan
from ogpkit.plan.project import load_project
from tests.conftest import REPO


def svg(today: date, lang: str = "zh-TW") -> str:
    return str(timeline_svg(compile_plan(load_project(REPO)), lang, today))


def test_one_row_a_commitment_and_one_bar_a_milestone() -> None:
    compiled = compile_plan(load_project(REPO))
    picture = str(timeline_svg(compiled, "zh-TW", date(2022, 6, 15)))
    labels = re.findall(r'text-anchor="end">([^<]+)</text>', picture)
    assert labels == [c.id for c in compiled.commitments]
    bars = re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})"><title>', picture)
    assert len(bars) == sum(len(c.milestones) for c in compiled.commitments)
    assert set(bars) <= set(STATUS_COLOURS.values())


def test_today_line_only_inside_the_period() -> None:
    assert f'stroke="{TODAY_COLOUR}"' in svg(date(2022, 6, 15))
    assert f'stroke="{TODAY_COLOUR}"' not in svg(date(2026, 1, 1))


def test_accessible_name_and_year_labels() -> None:
    picture = svg(date(2022, 6, 15), "en")
    assert 'role="img"' in picture
    assert '<title id="timeline-title">Timeline of the commitments</title>' in picture
    assert ">2021</text>" in picture
    assert ">110年</text>" in svg(date(2022, 6, 15))
