"""What agencies write in Chinese where the model wants a key or a status word.

A key typed as the template's Chinese title (`承諾事項名稱: …`) stands for its English key
(`title`); a status written as agencies say it (已完成) stands for OGP's level (complete).
The models' field titles are the source, with a few words agencies use besides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel

STATUS_WORDS: dict[str, str] = {
    "未開始": "not_started",
    "尚未開始": "not_started",
    "未啟動": "not_started",
    "有限": "limited",
    "部分完成": "limited",
    "進行中": "limited",
    "執行中": "limited",
    "大部分完成": "substantial",
    "大致完成": "substantial",
    "已完成": "complete",
    "完成": "complete",
}

EXTRA_KEY_WORDS: dict[str, str] = {
    "名稱": "title",
    "承諾事項": "commitment",
    "聯絡人": "name",
    "承辦人": "name",
    "電子郵件": "email",
    "狀態": "status",
    "預算": "budget",
}

_IGNORED = re.compile(r"[\s\u3000？?：:（）()、，,]")


def _normal(text: str) -> str:
    return _IGNORED.sub("", text)


@lru_cache(maxsize=64)
def _titles(model: type[BaseModel]) -> dict[str, str]:
    titles = {_normal(info.title): name for name, info in model.model_fields.items() if info.title}
    for word, key in EXTRA_KEY_WORDS.items():
        if key in model.model_fields:
            titles.setdefault(word, key)
    return titles


def key_for_title(model: type[BaseModel], written: str) -> str | None:
    """The key of `model` whose Chinese title (or a usual word for it) is `written`."""
    return _titles(model).get(_normal(written))


def status_for_word(written: str) -> str | None:
    return STATUS_WORDS.get(_normal(written))
