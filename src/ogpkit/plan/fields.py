"""Names of fields for messages: `「承諾事項名稱」(title)` in Chinese, `title` in English, and
the one spelling of a place in a file (`path_text`): list items by their number from 1."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ogpkit.source.yaml_reader import Path


def model_of(annotation: Any) -> type[BaseModel] | None:
    """The model class inside an annotation such as `Period | None` or `list[Milestone]`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, typing.Annotated):
        for argument in typing.get_args(annotation):
            found = model_of(argument)
            if found is not None:
                return found
    return None


def model_at(model: type[BaseModel] | None, path: Path) -> type[BaseModel] | None:
    """The model class that describes the mapping at `path` below `model`."""
    for segment in path:
        if model is None:
            return None
        if isinstance(segment, int):
            continue
        info = model.model_fields.get(segment)
        model = model_of(info.annotation) if info else None
    return model


def field_title(model: type[BaseModel], path: Path) -> str | None:
    keys = [segment for segment in path if isinstance(segment, str)]
    if not keys:
        return None
    parent = model_at(model, path[: max(i for i, s in enumerate(path) if isinstance(s, str))])
    info = parent.model_fields.get(keys[-1]) if parent else None
    return info.title if info else None


# What one item of a list is called: 「第 3 個衡量指標」, "milestone 3".
ITEM_NAMES: dict[str, tuple[str, str]] = {
    "milestones": ("衡量指標", "milestone"),
    "updates": ("進度更新", "update"),
    "evidence": ("佐證資料", "evidence"),
    "lead_agencies": ("主辦機關", "lead agency"),
    "supporting_agencies": ("協辦機關", "supporting agency"),
    "sdgs": ("永續發展目標", "SDG target"),
    "government": ("相關政府機關人員", "government actor"),
    "civil_society": ("公民社會團體", "civil society actor"),
    "timeline": ("時程", "timeline entry"),
    "themes": ("主題", "theme"),
    "agencies": ("機關", "agency"),
    "preliminary_items": ("初步建議", "preliminary item"),
    "aliases": ("別名", "alias"),
}


def _item(key: str | int | None, number: int, lang: str) -> str:
    zh, en = ITEM_NAMES.get(str(key), (f" {key} 項目", f"{key} item"))
    return f"{en} {number}" if lang == "en" else f"第 {number} 個{zh}"


def path_text(path: Path, lang: str) -> str:
    """The one spelling of a place in a file in messages: keys as written, list items by
    their number from 1 (`milestone 3, start`; 「第 3 個衡量指標」的 start)."""
    parts: list[str] = []
    keys: list[str] = []
    for index, segment in enumerate(path):
        if isinstance(segment, int):
            owner = keys.pop() if keys else (path[index - 1] if index else None)
            if keys:
                parts.append(".".join(keys))
                keys = []
            parts.append(_item(owner, segment + 1, lang))
        else:
            keys.append(segment)
    if keys:
        parts.append(".".join(keys))
    if lang == "en":
        return ", ".join(parts)
    return _zh_join(parts)


def _zh_join(parts: list[str]) -> str:
    text = parts[0] if parts else ""
    for part in parts[1:]:
        joint = " 的" if text[-1:].isascii() else "的"
        text += f"{joint}{part}" if part.startswith("第") else f"{joint} {part}"
    return text


@dataclass(frozen=True)
class FieldLabel:
    """A field, shown by its template title and its place in Chinese, by its place in English."""

    model: type[BaseModel]
    path: Path

    def localize(self, lang: str) -> str:
        place = path_text(self.path, lang)
        if lang == "en" or (self.path and isinstance(self.path[-1], int)):
            return place
        title = field_title(self.model, self.path)
        return f"「{title}」({place})" if title else place
