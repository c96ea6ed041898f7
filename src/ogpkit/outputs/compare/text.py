"""The comparison table as Markdown (inline <ins>/<del>, escaped) and as one HTML page."""

from __future__ import annotations

import html

from ogpkit.history.compare import Comparison, FieldChange, Segment
from ogpkit.outputs.compare.labels import field_label, label


def anchor(commitment_id: str) -> str:
    """The id of a changed commitment's table in the HTML page; the HTML plan links to it."""
    return f"compare-{commitment_id}"


def headers(lang: str) -> tuple[str, str, str, str]:
    return (label("field", lang), label("new", lang), label("old", lang), label("note", lang))


def field_name(field: FieldChange, lang: str) -> str:
    return field_label(field.field, field.label, lang)


def _md_escape(text: str) -> str:
    escaped = html.escape(text, quote=False)
    for char in "\\`*_[]|#~":
        escaped = escaped.replace(char, "\\" + char)
    return escaped.replace("\r", "").replace("\n", "<br>")


def _html_escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _segments(segments: tuple[Segment, ...], *, md: bool) -> str:
    out = []
    for kind, text in segments:
        body = _md_escape(text) if md else _html_escape(text)
        out.append(
            f"<ins>{body}</ins>"
            if kind == "insert"
            else f"<del>{body}</del>"
            if kind == "delete"
            else body
        )
    return "".join(out) or "—"


def _lists(comparison: Comparison, lang: str) -> list[tuple[str, list[str]]]:
    colon = label("colon", lang)
    return [
        (label("added", lang), [f"{i} {t}" for i, t in comparison.added]),
        (label("removed", lang), [f"{i} {t}" for i, t in comparison.removed]),
        (
            label("milestones_added", lang),
            [f"{i}{colon}{t}" for i, t in comparison.milestones_added],
        ),
        (
            label("milestones_removed", lang),
            [f"{i}{colon}{t}" for i, t in comparison.milestones_removed],
        ),
        (label("agencies_added", lang), list(comparison.agencies_added)),
        (label("agencies_removed", lang), list(comparison.agencies_removed)),
    ]


def _heading(comparison: Comparison, lang: str) -> str:
    old, new = comparison.old, comparison.new
    before, after = label("before", lang), label("after", lang)
    if lang == "en":
        return (
            f"{before}: {old.name} ({old.commit[:10]}, {old.date}); "
            f"{after}: {new.name} ({new.commit[:10]}, {new.date})"
        )
    return f"{before}：{old.name}（{old.commit[:10]}，{old.date}）；{after}：{new.name}（{new.commit[:10]}，{new.date}）"


def markdown(comparison: Comparison, lang: str = "zh-TW") -> str:
    title = label("title", lang)
    lines = [f"# {title}", "", _md_escape(_heading(comparison, lang)), ""]
    for heading, items in _lists(comparison, lang):
        if items:
            lines += [f"## {heading}", "", *[f"- {_md_escape(item)}" for item in items], ""]
    for change in comparison.changed:
        lines += [f"## {_md_escape(change.id)} {_md_escape(change.title)}", ""]
        lines += ["| " + " | ".join(headers(lang)) + " |", "|---|---|---|---|"]
        explanation = "<br>".join(_md_escape(e) for e in change.explanations) or "—"
        for index, field in enumerate(change.fields):
            note = explanation if index == 0 else label("same", lang)
            lines.append(
                f"| {_md_escape(field_name(field, lang))} | {_segments(field.new, md=True)} | {_segments(field.old, md=True)} | {note} |"
            )
        lines.append("")
    if not comparison.changed and not any(items for _, items in _lists(comparison, lang)):
        lines += [label("no_change", lang), ""]
    return "\n".join(lines)


STYLE = (
    "body{font-family:'Noto Sans CJK TC',sans-serif;margin:2em;line-height:1.6;color:#1a1a1a}"
    "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
    "th,td{border:1px solid #555;padding:.4em;vertical-align:top;text-align:left}"
    "th{background:#eee}ins{text-decoration:underline;background:#dff0d8;color:#1d4d1d}"
    "del{text-decoration:line-through;background:#f8dcdc;color:#7a1f1f}"
)


def html_page(comparison: Comparison, lang: str = "zh-TW") -> str:
    title = label("title", lang)
    parts = [
        f'<!DOCTYPE html><html lang="{"en" if lang == "en" else "zh-Hant-TW"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title><style>{STYLE}</style></head><body><main>",
        f"<h1>{title}</h1><p>{_html_escape(_heading(comparison, lang))}</p>",
    ]
    for heading, items in _lists(comparison, lang):
        if items:
            parts.append(
                f"<h2>{heading}</h2><ul>"
                + "".join(f"<li>{_html_escape(i)}</li>" for i in items)
                + "</ul>"
            )
    for change in comparison.changed:
        target = html.escape(anchor(change.id))
        parts.append(
            f'<h2 id="{target}">{_html_escape(change.id)} {_html_escape(change.title)}</h2>'
        )
        parts.append(
            "<table><thead><tr>"
            + "".join(f'<th scope="col">{h}</th>' for h in headers(lang))
            + "</tr></thead><tbody>"
        )
        explanation = "<br>".join(_html_escape(e) for e in change.explanations) or "—"
        for index, field in enumerate(change.fields):
            note = f'<td rowspan="{len(change.fields)}">{explanation}</td>' if index == 0 else ""
            parts.append(
                f'<tr><th scope="row">{_html_escape(field_name(field, lang))}</th><td>{_segments(field.new, md=False)}</td>'
                f"<td>{_segments(field.old, md=False)}</td>{note}</tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</main></body></html>\n")
    return "".join(parts)
