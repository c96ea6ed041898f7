"""The text the search index keeps of a page, and the index script's escaping."""

from __future__ import annotations

import json
import time

from ogpkit.outputs.site.search import page_text, search_script


def main(body: str) -> str:
    return f"<html><body><nav>導覽</nav><main id=main data-search-body>{body}</main></body></html>"


def test_a_page_without_a_search_body_has_no_text() -> None:
    assert page_text("<main><p>下載</p></main>") is None


def test_markup_is_dropped_and_blocks_are_spaced() -> None:
    html = main(
        "<h1>標題</h1><p>政府<a href='x'>採購</a>資訊</p><p>Open &amp; <em>fair</em></p>"
        "<table><tr><td>主辦機關</td><td>法務部</td></tr></table>"
    )
    assert page_text(html) == "政府採購資訊 Open & fair 主辦機關 法務部"


def test_a_commitments_id_badge_is_a_word_of_its_own() -> None:
    html = main('<ul><li><a href="1-1.html"><span class="id">1-1</span>政府採購</a></li></ul>')
    assert page_text(html) == "1-1 政府採購"


def test_a_paragraph_broken_between_chinese_characters_is_one_word() -> None:
    assert page_text(main("<p>推動政府\n  採購資訊公開 and open\ndata</p>")) == (
        "推動政府採購資訊公開 and open data"
    )


def test_scripts_pictures_comments_and_ignored_elements_are_left_out() -> None:
    html = main(
        "<p>保留</p><script>var x = '秘密';</script><svg><text>圖</text></svg><!-- 註解 -->"
        "<table class=revisions data-search-ignore><tr><td><table><tr><td>內層</td></tr>"
        "</table>修訂</td></tr></table><p>之後</p><img alt=圖 data-search-ignore><p>最後</p>"
    )
    assert page_text(html) == "保留 之後 最後"


def test_an_ignored_element_never_closed_drops_the_rest_without_hanging() -> None:
    start = time.monotonic()
    html = main("<p>前</p><div data-search-ignore>" + "<div>x" * 20_000)
    assert page_text(html) == "前"
    assert time.monotonic() - start < 5


def test_the_index_script_cannot_close_a_script_or_break_a_line() -> None:
    script = search_script(
        [("commitments/1-1.html", "</script><script>alert(1)</script>\u2028", main("<p>a</p>"))]
    ).decode("utf-8")
    assert "</" not in script
    assert "\u2028" not in script
    data = json.loads(script.removeprefix("window.ogpkitSearchIndex = ").rstrip().rstrip(";"))
    assert data["pages"] == [
        ["commitments/1-1.html", "</script><script>alert(1)</script>\u2028", "a"]
    ]


def test_pages_without_a_body_are_not_in_the_index() -> None:
    script = search_script([("search.html", "搜尋", "<main><p>x</p></main>")]).decode("utf-8")
    assert '"pages":[]' in script
