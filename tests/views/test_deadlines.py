from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ogpkit.views.deadlines import fold


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n")))
def test_fold_keeps_lines_short_and_unfolds_to_the_same_text(line: str) -> None:
    folded = fold(line)
    physical = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert folded.replace("\r\n ", "") == line


def test_fold_never_splits_an_escape() -> None:
    line = "DESCRIPTION:" + "a" * 62 + "\\,b"
    assert len(line.encode()) == 77
    first, second = fold(line).split("\r\n ")
    assert first.endswith("a")
    assert second == "\\,b"
