"""The search index of one edition: every searchable page's title and text, in one script file.

The search page loads `search-index.js` with a `<script>` element and `search.js` looks a
query up in the browser, so search works without a server, from a sub-path and from file://
(where a browser refuses `fetch`). A query's words must all occur in a page, as substrings:
Chinese needs no word segmentation, so 採購 finds 政府採購資訊 and 洗錢 finds 防制洗錢, and no
segmenter can cut a word where the reader did not. `search.js` folds case, full-width letters
and digits (what an input method types) and 台 to 臺 on both sides before it compares.

What is indexed: the `<main data-search-body>` of a page (commitment, theme, agency, home and
record pages), without the elements marked `data-search-ignore` (the revision table), scripts,
styles and pictures. Inline markup is dropped without a space and so are the line breaks of
a paragraph between two Chinese characters, so a word split by a link or a line is found
whole; the end of a paragraph, cell or heading is a space.

Why not Pagefind (ogpkit 0.2 used it): its extended indexer segmented the Chinese of a
500-commitment site in 9 s of CPU, 4.7 times validate on its own, and its index needs `fetch`,
so search did not work from file://. A plan has tens of commitments; at 500 both editions'
indexes are about 4 MB and a query takes milliseconds, so one file an edition is enough.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from html import unescape

INDEX_FILE = "search-index.js"
SCRIPT_FILE = "search.js"

_BODY = re.compile(r"<main\b[^>]*\bdata-search-body\b[^>]*>(.*)</main>", re.S)
_IGNORED = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\bdata-search-ignore\b[^>]*>")
_SKIPPED = re.compile(r"<!--.*?-->|<(script|style|svg|template|h1)\b.*?</\1\s*>", re.S | re.I)
_INLINE = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong"
    r"|sub|sup|time|u|var|wbr)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_BADGE = re.compile(r'<span class="id">[^<]*</span>')  # a commitment's id, a word of its own
_BLOCK = "\0"  # where an element ends a run of text; a space once the text's own are gone
_SPACE = re.compile(r"[\s\0]+")
_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")


def _without_ignored(html: str) -> str:
    """`html` without each element marked `data-search-ignore`, nested elements and all."""
    kept, at = [], 0
    while (found := _IGNORED.search(html, at)) is not None:
        kept.append(html[at : found.start()])
        name = found.group(1).lower()
        tags = re.compile(rf"<(/?){re.escape(name)}\b[^>]*>", re.I)
        depth, at = (0 if name in _VOID else 1), found.end()
        while depth and (tag := tags.search(html, at)) is not None:
            depth += -1 if tag.group(1) else 1
            at = tag.end()
        if depth:
            at = len(html)
    kept.append(html[at:])
    return "".join(kept)


def page_text(html: str) -> str | None:
    """The searchable text of a page, or None when the page has no search body."""
    body = _BODY.search(html)
    if body is None:
        return None
    text = _SKIPPED.sub(_BLOCK, _without_ignored(body.group(1)))
    text = _INLINE.sub("", _BADGE.sub(lambda badge: badge.group(0) + _BLOCK, text))
    text = _BETWEEN_CJK.sub("", unescape(_TAG.sub(_BLOCK, text)))
    return _SPACE.sub(" ", text).strip()


def search_script(pages: Iterable[tuple[str, str, str]]) -> bytes:
    """`search-index.js` for the (href, title, html) of an edition's pages."""
    records = [
        [href, title, text] for href, title, html in pages if (text := page_text(html)) is not None
    ]
    data = json.dumps({"pages": records}, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.ogpkitSearchIndex = {data};\n".encode()
