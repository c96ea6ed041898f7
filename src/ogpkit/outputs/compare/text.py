"""The comparison table as Markdown (inline <ins>/<del>, escaped) and as one HTML page."""

from __future__ import annotations

import html

from ogpkit.history.compare import Comparison, Segment

TITLE = "修正對照表"
HEADERS = ("修正後", "修正前", "說明")


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


def _lists(comparison: Comparison) -> list[tuple[str, list[str]]]:
    return [
        ("新增承諾事項", [f"{i} {t}" for i, t in comparison.added]),
        ("刪除承諾事項", [f"{i} {t}" for i, t in comparison.removed]),
        ("新增衡量指標", [f"{i}：{t}" for i, t in comparison.milestones_added]),
        ("刪除衡量指標", [f"{i}：{t}" for i, t in comparison.milestones_removed]),
        ("新增機關", list(comparison.agencies_added)),
        ("刪除機關", list(comparison.agencies_removed)),
    ]


def _heading(comparison: Comparison) -> str:
    old, new = comparison.old, comparison.new
    return f"修正前：{old.name}（{old.commit[:10]}，{old.date}）；修正後：{new.name}（{new.commit[:10]}，{new.date}）"


def markdown(comparison: Comparison) -> str:
    lines = [f"# {TITLE}", "", _md_escape(_heading(comparison)), ""]
    for title, items in _lists(comparison):
        if items:
            lines += [f"## {title}", "", *[f"- {_md_escape(item)}" for item in items], ""]
    for change in comparison.changed:
        lines += [f"## {_md_escape(change.id)} {_md_escape(change.title)}", ""]
        lines += ["| 欄位 | " + " | ".join(HEADERS) + " |", "|---|---|---|---|"]
        explanation = "<br>".join(_md_escape(e) for e in change.explanations) or "—"
        for index, field in enumerate(change.fields):
            note = explanation if index == 0 else "同上"
            lines.append(
                f"| {_md_escape(field.label)} | {_segments(field.new, md=True)} | {_segments(field.old, md=True)} | {note} |"
            )
        lines.append("")
    if not comparison.changed and not any(items for _, items in _lists(comparison)):
        lines += ["兩個版本的承諾事項沒有差異。", ""]
    return "\n".join(lines)


STYLE = (
    "body{font-family:'Noto Sans CJK TC',sans-serif;margin:2em;line-height:1.6;color:#1a1a1a}"
    "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
    "th,td{border:1px solid #555;padding:.4em;vertical-align:top;text-align:left}"
    "th{background:#eee}ins{text-decoration:underline;background:#dff0d8;color:#1d4d1d}"
    "del{text-decoration:line-through;background:#f8dcdc;color:#7a1f1f}"
)


def html_page(comparison: Comparison) -> str:
    parts = [
        '<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{TITLE}</title><style>{STYLE}</style></head><body><main>",
        f"<h1>{TITLE}</h1><p>{_html_escape(_heading(comparison))}</p>",
    ]
    for title, items in _lists(comparison):
        if items:
            parts.append(
                f"<h2>{title}</h2><ul>"
                + "".join(f"<li>{_html_escape(i)}</li>" for i in items)
                + "</ul>"
            )
    for change in comparison.changed:
        anchor = html.escape(f"compare-{change.id}")
        parts.append(
            f'<h2 id="{anchor}">{_html_escape(change.id)} {_html_escape(change.title)}</h2>'
        )
        parts.append(
            '<table><thead><tr><th scope="col">欄位</th>'
            + "".join(f'<th scope="col">{h}</th>' for h in HEADERS)
            + "</tr></thead><tbody>"
        )
        explanation = "<br>".join(_html_escape(e) for e in change.explanations) or "—"
        for index, field in enumerate(change.fields):
            note = f'<td rowspan="{len(change.fields)}">{explanation}</td>' if index == 0 else ""
            parts.append(
                f'<tr><th scope="row">{_html_escape(field.label)}</th><td>{_segments(field.new, md=False)}</td>'
                f"<td>{_segments(field.old, md=False)}</td>{note}</tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</main></body></html>\n")
    return "".join(parts)
