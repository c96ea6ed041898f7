from __future__ import annotations

from ogpkit.authoring.interview import completions, split_names

NAMES = ["法務部", "法務部廉政署", "金融監督管理委員會", "金管會"]


def test_the_last_name_after_any_separator_is_completed() -> None:
    assert completions("法", NAMES) == ["法務部", "法務部廉政署"]
    assert completions("法務部、金管", NAMES) == ["法務部、金管會"]
    assert completions("MOJ, 金融", NAMES) == ["MOJ, 金融監督管理委員會"]
    assert completions("法務部、", NAMES) == ["法務部、" + n for n in sorted(NAMES)]
    assert completions("不存在", NAMES) == []


def test_names_are_split_at_every_separator() -> None:
    assert split_names("法務部、金管會, MOJ；NCC，") == ["法務部", "金管會", "MOJ", "NCC"]
