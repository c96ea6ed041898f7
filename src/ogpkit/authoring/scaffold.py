"""A commitment file as text: every field of the template, each under a comment with its guidance.

`ogpkit new` and `ogpkit import` both write through `commitment_yaml`. The comments quote the
template (承諾事項建議表): the question of each field and its ● guidance, taken from the
model's titles and descriptions, so the file and the JSON Schema say the same thing.
`ogpkit new` first fills the text fields not yet written with the placeholder 「請填寫」
(`with_placeholders`), which is no content: the lint rule `template-placeholder` reports it
until it is written (or, for an optional field, deleted). Fields whose format is checked
(e-mail, phone) and dates are left empty, for validate to report.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import yaml
from pydantic import BaseModel

from ogpkit.plan.fields import model_of
from ogpkit.plan.model import Commitment

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/commitment.schema.json"
INDENT = "  "
# Fields that the template does not ask for, or that later work fills in.
OMITTED = {
    "submitted",
    "late_acceptance",
    ("milestones", "status"),
    ("milestones", "evidence"),
    ("milestones", "agency"),
    ("milestones", "updates"),
    ("milestones", "withdrawn"),
    "results",
}
# Fields written even when empty, and the shape they take: a list of text, or one milestone.
LIST_OF_TEXT = {"lead_agencies", "supporting_agencies", "government", "civil_society", "sdgs"}
# Text fields left empty rather than holding a placeholder: identifiers and checked formats.
NO_PLACEHOLDER = {"id", "theme", "email", "phone"}
PLACEHOLDER = "請填寫"
OPTIONAL_PLACEHOLDER = "請填寫；不適用時請刪除這一行"


class _Dumper(yaml.SafeDumper):
    """Quotes only what needs quoting; multi-line text as a literal block."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value.strip("\n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def scalar(value: str, indent: str) -> str:
    """`value` as a YAML scalar that reads back as the same string."""
    text = value.rstrip("\n") + ("\n" if "\n" in value.strip("\n") else "")
    dumped = yaml.dump(text, Dumper=_Dumper, allow_unicode=True, width=10_000)
    dumped = dumped.removesuffix("\n").removesuffix("\n...")
    if dumped.startswith("|"):
        header, _, body = dumped.partition("\n")
        lines = [indent + INDENT + line[2:] if line else "" for line in body.split("\n")]
        return header + "\n" + "\n".join(lines)
    return dumped


def guidance(info_title: str | None, description: str | None) -> list[str]:
    lines = [info_title] if info_title else []
    if description:
        lines += [line for line in description.splitlines() if line.strip()]
    return lines


def _comment(lines: list[str], indent: str) -> Iterator[str]:
    for line in lines:
        yield f"{indent}# {line}"


def _is_omitted(path: tuple[str, ...]) -> bool:
    return path[-1] in OMITTED or path in OMITTED


def _is_empty(value: Any) -> bool:
    if isinstance(value, Mapping):
        return all(_is_empty(v) for v in value.values())
    return value in (None, "", [])


def _mapping(
    model: type[BaseModel],
    data: Mapping[str, Any],
    indent: str,
    path: tuple[str, ...],
    sparse: bool = False,
) -> Iterator[str]:
    for key, info in model.model_fields.items():
        field_path = (*path, key)
        value = data.get(key)
        if _is_omitted(field_path) and value is None:
            continue
        if sparse and not info.is_required() and _is_empty(value):
            continue
        yield from _comment(guidance(info.title, info.description), indent)
        yield from _field(key, info.annotation, value, indent, field_path, sparse)


def _is_text(annotation: Any) -> bool:
    if annotation is str:
        return True
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _is_text(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in typing.get_args(annotation) if a is not type(None)]
        return len(kinds) == 1 and _is_text(kinds[0])
    return False


def with_placeholders(
    data: Mapping[str, Any], model: type[BaseModel] = Commitment, path: tuple[str, ...] = ()
) -> dict[str, Any]:
    """`data` with 「請填寫」 in every text field of the template that it leaves empty."""
    filled = dict(data)
    for key, info in model.model_fields.items():
        value, field_path = filled.get(key), (*path, key)
        sub = model_of(info.annotation)
        if _is_omitted(field_path):
            continue
        if key == "milestones" and sub is not None:
            filled[key] = [with_placeholders(item, sub, field_path) for item in value or [{}]]
        elif sub is not None:
            filled[key] = with_placeholders(value or {}, sub, field_path)
        elif value in (None, "") and key not in NO_PLACEHOLDER and _is_text(info.annotation):
            filled[key] = PLACEHOLDER if info.is_required() else OPTIONAL_PLACEHOLDER
    return filled


def _field(
    key: str, annotation: Any, value: Any, indent: str, path: tuple[str, ...], sparse: bool
) -> Iterator[str]:
    sub = model_of(annotation)
    if key == "milestones":
        yield f"{indent}{key}:"
        assert sub is not None
        for milestone in value or [{}]:
            yield from _list_item(sub, milestone, indent + INDENT, path, sparse)
    elif sub is not None:
        yield f"{indent}{key}:"
        yield from _mapping(sub, value or {}, indent + INDENT, path, sparse)
    elif key in LIST_OF_TEXT:
        if value:
            yield f"{indent}{key}:"
            yield from (f"{indent}{INDENT}- {scalar(str(item), indent + INDENT)}" for item in value)
        else:
            yield f"{indent}{key}: []"
    elif value is None or value == "":
        yield f"{indent}{key}:"
    else:
        yield f"{indent}{key}: {scalar(str(value), indent)}"


def _list_item(
    model: type[BaseModel],
    data: Mapping[str, Any],
    indent: str,
    path: tuple[str, ...],
    sparse: bool,
) -> Iterator[str]:
    lines = list(_mapping(model, data, indent + INDENT, path, sparse))
    first = next(i for i, line in enumerate(lines) if not line.lstrip().startswith("#"))
    for index, line in enumerate(lines):
        if index < first:
            yield f"{indent}{line.lstrip()}"
        elif index == first:
            yield f"{indent}- {line.lstrip()}"
        else:
            yield line


def commitment_yaml(
    data: Mapping[str, Any], header: list[str] | None = None, sparse: bool = False
) -> str:
    """The text of a commitment file holding `data` (plain values: str, list, dict, None).

    `sparse` leaves out optional fields that are empty (an import writes only what the form
    says); otherwise every field of the template is written, for the agency to fill.
    """
    lines = [SCHEMA_LINE, *(f"# {line}" for line in header or [])]
    lines += _mapping(Commitment, data, "", (), sparse)
    return "\n".join(lines) + "\n"
