"""The report's charts as inline SVG: completion by theme over the reporting periods, and
completion by agency. Every label is escaped; the same data gives the same bytes."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from ogpkit.outputs.report.data import ReportData
from ogpkit.outputs.report.tally import Tally
from ogpkit.plan.base import STATUSES

COLOURS = {
    "not_started": "#c8c8c8",
    "limited": "#e0a526",
    "substantial": "#4a90c2",
    "complete": "#2c7a3f",
}
UNREPORTED = "not_reported"  # the milestones of files that did not parse then
UNREPORTED_COLOUR = "#ffffff"
BAR = 18
GAP = 6
HEIGHT = 80
LABEL_WIDTH = 220
AGENCY_BAR = 320


def _text(x: float, y: float, text: str, anchor: str = "start", size: int = 12) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}">'
        f"{escape(text)}</text>"
    )


def _legend(y: float, labels: dict[str, str], unreported: bool = False) -> str:
    parts = []
    for index, status in enumerate(STATUSES):
        x = index * 140
        parts.append(f'<rect x="{x}" y="{y:.1f}" width="12" height="12" fill="{COLOURS[status]}"/>')
        parts.append(_text(x + 16, y + 11, labels[status]))
    if unreported:
        x = len(STATUSES) * 140
        parts.append(
            f'<rect x="{x}" y="{y:.1f}" width="12" height="12" fill="{UNREPORTED_COLOUR}" '
            'stroke="#888888" stroke-dasharray="2 2"/>'
        )
        parts.append(_text(x + 16, y + 11, labels[UNREPORTED]))
    return "".join(parts)


def _svg(width: float, height: float, title: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width:.0f}" '
        f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}">'
        f"<title>{escape(title)}</title>{body}</svg>"
    )


def _column(x: float, top: float, tally: Tally) -> str:
    parts = []
    bottom = top + HEIGHT
    for index, status in enumerate(STATUSES):
        size = HEIGHT * tally.share(index)
        if size <= 0:
            continue
        bottom -= size
        parts.append(
            f'<rect x="{x:.1f}" y="{bottom:.1f}" width="{BAR}" height="{size:.1f}" '
            f'fill="{COLOURS[status]}"><title>{escape(tally.name)}: {tally.counts[index]}</title></rect>'
        )
    if tally.unreported:
        size = HEIGHT * tally.unreported_share
        bottom -= size
        parts.append(
            f'<rect x="{x:.1f}" y="{bottom:.1f}" width="{BAR}" height="{size:.1f}" '
            f'fill="{UNREPORTED_COLOUR}" stroke="#888888" stroke-dasharray="2 2">'
            f"<title>{escape(tally.name)}: {tally.unreported}</title></rect>"
        )
    if not tally.total:
        parts.append(
            f'<rect x="{x:.1f}" y="{top:.1f}" width="{BAR}" height="{HEIGHT}" fill="none" stroke="#c8c8c8"/>'
        )
    return "".join(parts)


def theme_history_svg(
    data: ReportData, theme_names: dict[str, str], labels: dict[str, str], title: str
) -> str:
    """A row a theme, a stacked column a reporting period (shares of each completion level)."""
    periods = len(data.periods)
    row = HEIGHT + 30
    width = LABEL_WIDTH + max(periods, 1) * (BAR + GAP) + 20
    parts = []
    for r, (theme, tallies) in enumerate(data.theme_history):
        top = 10 + r * row
        parts.append(_text(0, top + HEIGHT / 2, theme_names.get(theme, theme)))
        for c, tally in enumerate(tallies):
            x = LABEL_WIDTH + c * (BAR + GAP)
            parts.append(_column(x, top, tally))
            parts.append(_text(x + BAR / 2, top + HEIGHT + 14, tally.name, "middle", 10))
    height = 10 + len(data.theme_history) * row
    unreported = any(t.unreported for _, tallies in data.theme_history for t in tallies)
    parts.append(_legend(height, labels, unreported))
    return _svg(max(width, (len(STATUSES) + unreported) * 140), height + 24, title, "".join(parts))


def agency_svg(
    data: ReportData, labels: dict[str, str], title: str, name: Callable[[str], str] = str
) -> str:
    """A horizontal stacked bar an agency: the shares of each completion level."""
    parts = []
    for r, tally in enumerate(data.by_agency):
        y = 10 + r * 26
        parts.append(_text(0, y + 13, f"{name(tally.name)} ({tally.total})"))
        x = float(LABEL_WIDTH)
        for index, status in enumerate(STATUSES):
            size = AGENCY_BAR * tally.share(index)
            if size > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y}" width="{size:.1f}" height="{BAR}" '
                    f'fill="{COLOURS[status]}"><title>{escape(labels[status])}: '
                    f"{tally.counts[index]}</title></rect>"
                )
                x += size
    height = 10 + len(data.by_agency) * 26
    parts.append(_legend(height + 4, labels))
    return _svg(LABEL_WIDTH + AGENCY_BAR + 20, height + 30, title, "".join(parts))
