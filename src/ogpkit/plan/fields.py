"""Names of fields for messages: `「承諾事項名稱」(title)` in Chinese, `title` in English."""

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


def dotted(path: Path) -> str:
    text = ""
    for segment in path:
        text += f"[{segment + 1}]" if isinstance(segment, int) else f".{segment}"
    return text.lstrip(".")


@dataclass(frozen=True)
class FieldLabel:
    """A field, shown by its template title in Chinese and by its key path in English."""

    model: type[BaseModel]
    path: Path

    def localize(self, lang: str) -> str:
        if lang == "en":
            return dotted(self.path)
        title = field_title(self.model, self.path)
        return f"「{title}」({dotted(self.path)})" if title else dotted(self.path)
