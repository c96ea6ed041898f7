"""The timeline picture of plan.html: inline SVG drawn at render time, no script needed.

The plan period runs across; each commitment is a row, each of its milestones a bar in its
own lane, coloured by status; a vertical line marks today when it falls inside the period.
"""

from __future__ import annotations

from datetime import date

from markupsafe import Markup, escape

from ogpkit.outputs.render.labels import labels_for
from ogpkit.plan.base import STATUSES
from ogpkit.plan.compiled import CompiledPlan
from ogpkit.plan.dates import ROC_OFFSET

STATUS_COLOURS = {
    "not_started": "#6b7280",
    "limited": "#b45309",
    "substantial": "#1d4ed8",
    "complete": "#15803d",
}
WIDTH = 960
LABEL_WIDTH = 80
TOP = 40
LANE = 9
ROW_PADDING = 6
LEGEND_HEIGHT = 30
TEXT_COLOUR = "#1f2933"
TODAY_COLOUR = "#b91c1c"


def _year_label(year: int, lang: str) -> str:
    return f"{year}" if lang == "en" else f"{year - ROC_OFFSET}年"


def _month_label(day: date, lang: str) -> str:
    return (
        f"{day.year}-{day.month:02d}" if lang == "en" else f"{day.year - ROC_OFFSET}年{day.month}月"
    )


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

    rows: list[str] = []
    y = TOP
    for commitment in compiled.commitments:
        height = ROW_PADDING * 2 + LANE * len(commitment.milestones)
        rows.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + height / 2 + 4}" text-anchor="end">'
            f"{escape(commitment.id)}</text>"
        )
        for lane, milestone in enumerate(commitment.milestones):
            left, right = x(milestone.start.first_day), x(milestone.end.last_day)
            tip = f"{milestone.indicator} ({milestone.start.iso()} – {milestone.end.iso()}, {labels[milestone.status]})"
            rows.append(
                f'<rect x="{left}" y="{y + ROW_PADDING + lane * LANE}" width="{max(round(right - left, 1), 2)}" '
                f'height="{LANE - 2}" rx="1.5" fill="{STATUS_COLOURS[milestone.status]}">'
                f"<title>{escape(tip)}</title></rect>"
            )
        rows.append(
            f'<line x1="{LABEL_WIDTH}" x2="{WIDTH - 10}" y1="{y + height}" y2="{y + height}" stroke="#e5e7eb"/>'
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
        grid.append(
            f'<line x1="{left}" x2="{left}" y1="{TOP - 30}" y2="{bottom}" stroke="{TODAY_COLOUR}" stroke-width="2"/>'
            f'<text x="{left + 4}" y="{TOP - 26}" fill="{TODAY_COLOUR}">{escape(labels["today"])}</text>'
        )
    legend: list[str] = []
    left = LABEL_WIDTH
    for status in STATUSES:
        legend.append(
            f'<rect x="{left}" y="{bottom + 14}" width="14" height="10" fill="{STATUS_COLOURS[status]}"/>'
            f'<text x="{left + 20}" y="{bottom + 23}">{escape(labels[status])}</text>'
        )
        left += 150
    height = bottom + LEGEND_HEIGHT
    return Markup(
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" '
        f'aria-labelledby="timeline-title timeline-desc" xmlns="http://www.w3.org/2000/svg" '
        f'font-size="13" fill="{TEXT_COLOUR}">'
        f'<title id="timeline-title">{escape(labels["timeline_picture"])}</title>'
        f'<desc id="timeline-desc">{escape(labels["timeline_desc"])}</desc>'
        + "".join(grid)
        + "".join(rows)
        + "".join(legend)
        + "</svg>"
    )
