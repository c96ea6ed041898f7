"""The timeline picture of plan.html: inline SVG drawn at render time, no script needed.

The plan period runs across; each commitment is a row labelled with its id and short title,
each of its milestones a bar in its own lane, coloured by status; a vertical line marks
`today` (the day the render was asked for, `ogpkit.plan.clock` or `--today`) when it falls
inside the period. Text is FONT_SIZE user units; drawn at MIN_WIDTH pixels or wider (the page
scrolls the picture sideways on a narrower screen), no text is smaller than FONT_SIZE pixels.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from markupsafe import Markup, escape

from ogpkit.outputs.render.labels import labels_for
from ogpkit.plan.base import STATUSES
from ogpkit.plan.compiled import CompiledPlan
from ogpkit.plan.dates import ROC_OFFSET, PlanDate

STATUS_COLOURS = {
    "not_started": "#6b7280",
    "limited": "#b45309",
    "substantial": "#1d4ed8",
    "complete": "#15803d",
}
WIDTH = 760
MIN_WIDTH = WIDTH
FONT_SIZE = 13
LABEL_WIDTH = 250
TOP = 44
LANE = 9
ROW_PADDING = 6
ROW_MIN_HEIGHT = 26
LEGEND_HEIGHT = 34
LEGEND_STEP = 170
TEXT_COLOUR = "#1f2933"
TODAY_COLOUR = "#b91c1c"
ELLIPSIS = "…"


def _year_label(year: int, lang: str) -> str:
    return f"{year}" if lang == "en" else f"{year - ROC_OFFSET}年"


def _month_label(day: date, lang: str) -> str:
    return (
        f"{day.year}-{day.month:02d}" if lang == "en" else f"{day.year - ROC_OFFSET}年{day.month}月"
    )


def _em(character: str) -> float:
    """A character's advance in em, generously: wide (CJK) characters 1, others 0.62."""
    return 1.0 if unicodedata.east_asian_width(character) in "WF" else 0.62


def short_title(title: str, budget: float) -> str:
    """`title` on one line cut to at most `budget` em, with an ellipsis when it was cut."""
    line = " ".join(title.split())
    if sum(_em(c) for c in line) <= budget:
        return line
    kept: list[str] = []
    used = _em(ELLIPSIS)
    for character in line:
        used += _em(character)
        if used > budget:
            break
        kept.append(character)
    text = "".join(kept)
    if line[len(text)].isalnum() and text[-1:].isalnum() and " " in text:
        text = text.rsplit(" ", 1)[0]  # a Latin word is cut whole
    return text.rstrip() + ELLIPSIS


def timeline_svg(compiled: CompiledPlan, lang: str, today: date) -> Markup:
    """The picture as one `<svg>` element; every text in it is escaped."""
    labels = labels_for(lang)
    period = compiled.plan.period
    first, last = period.start.first_day, period.end.last_day
    span = max((last - first).days, 1)
    chart = WIDTH - LABEL_WIDTH - 10

    def x(day: date) -> float:
        clamped = min(max(day, first), last)
        return round(LABEL_WIDTH + chart * (clamped - first).days / span, 1)

    spans: dict[tuple[PlanDate, PlanDate], tuple[float, float, str]] = {}

    def span_of(start: PlanDate, end: PlanDate) -> tuple[float, float, str]:
        """Left, right and the dates of a milestone, once for each pair of dates (a plan
        repeats a few pairs over thousands of milestones)."""
        known = spans.get((start, end))
        if known is None:
            known = spans[(start, end)] = (
                x(start.first_day),
                x(end.last_day),
                f"{start.iso()} – {end.iso()}",
            )
        return known

    rows: list[str] = []
    y = TOP
    for commitment in compiled.commitments:
        height = max(ROW_PADDING * 2 + LANE * len(commitment.milestones), ROW_MIN_HEIGHT)
        budget = (LABEL_WIDTH - 14) / FONT_SIZE - sum(_em(c) for c in commitment.id) - 0.5
        rows.append(
            f'<text class="row" x="4" y="{y + height / 2 + 4.5}">'
            f"<title>{escape(commitment.id)} {escape(commitment.title)}</title>"
            f'<tspan font-weight="700">{escape(commitment.id)}</tspan> '
            f"{escape(short_title(commitment.title, budget))}</text>"
        )
        for lane, milestone in enumerate(commitment.milestones):
            left, right, dates = span_of(milestone.start, milestone.end)
            tip = f"{milestone.indicator} ({dates}, {labels[milestone.status]})"
            rows.append(
                f'<rect x="{left}" y="{y + ROW_PADDING + lane * LANE}" width="{max(round(right - left, 1), 2)}" '
                f'height="{LANE - 2}" rx="1.5" fill="{STATUS_COLOURS[milestone.status]}">'
                f"<title>{escape(tip)}</title></rect>"
            )
        rows.append(
            f'<line x1="0" x2="{WIDTH - 10}" y1="{y + height}" y2="{y + height}" stroke="#e5e7eb"/>'
        )
        y += height
    bottom = y
    grid: list[str] = [
        f'<rect x="{LABEL_WIDTH}" y="{TOP - 6}" width="{chart}" height="{bottom - TOP + 6}" fill="#f9fafb"/>'
        f'<text x="{LABEL_WIDTH + 3}" y="{TOP - 12}">{escape(_month_label(first, lang))}</text>'
    ]
    for year in range(first.year + 1, last.year + 1):
        left = x(date(year, 1, 1))
        grid.append(
            f'<line x1="{left}" x2="{left}" y1="{TOP - 6}" y2="{bottom}" stroke="#d1d5db"/>'
            f'<text x="{left + 3}" y="{TOP - 12}">{_year_label(year, lang)}</text>'
        )
    if first <= today <= last:
        left = x(today)
        anchor = "end" if left > WIDTH - 80 else "start"
        shift = -4 if anchor == "end" else 4
        grid.append(
            f'<g class="today"><line x1="{left}" x2="{left}" y1="{TOP - 34}" y2="{bottom}" '
            f'stroke="{TODAY_COLOUR}" stroke-width="2"/>'
            f'<text x="{left + shift}" y="{TOP - 28}" text-anchor="{anchor}" fill="{TODAY_COLOUR}">'
            f"{escape(labels['today'])}</text></g>"
        )
    legend: list[str] = []
    left = 4
    for status in STATUSES:
        legend.append(
            f'<rect x="{left}" y="{bottom + 14}" width="14" height="10" fill="{STATUS_COLOURS[status]}"/>'
            f'<text x="{left + 20}" y="{bottom + 24}">{escape(labels[status])}</text>'
        )
        left += LEGEND_STEP
    height = bottom + LEGEND_HEIGHT
    return Markup(
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
        f'aria-labelledby="timeline-title timeline-desc" xmlns="http://www.w3.org/2000/svg" '
        f'font-size="{FONT_SIZE}" fill="{TEXT_COLOUR}" style="--timeline-min-width: {MIN_WIDTH}px">'
        f'<title id="timeline-title">{escape(labels["timeline_picture"])}</title>'
        f'<desc id="timeline-desc">{escape(labels["timeline_desc"])}</desc>'
        + "".join(grid)
        + "".join(rows)
        + "".join(legend)
        + "</svg>"
    )
