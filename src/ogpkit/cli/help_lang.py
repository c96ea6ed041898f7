"""The language of help texts, chosen before typer is imported (typer takes help at import).

`--lang` on the command line, else the `locale:` of the plan found from `--root` or upwards
from here (read with a pattern, not parsed), else `LANG` (English when it starts with `en`),
else zh-TW.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

LOCALE = re.compile(r"""^locale:[ \t]*["']?([A-Za-z_-]+)""", re.MULTILINE)
PLAN_HEAD = 20_000  # `locale:` is a top-level key near the start of plan.yaml


def normalized(lang: str) -> str | None:
    cleaned = lang.strip().lower()
    if cleaned.startswith("en"):
        return "en"
    if cleaned.startswith("zh"):
        return "zh-TW"
    return None


def option_value(arguments: Sequence[str], name: str) -> str | None:
    for index, argument in enumerate(arguments):
        if argument == name and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith(f"{name}="):
            return argument.partition("=")[2]
    return None


def without_lang(arguments: Sequence[str]) -> list[str]:
    """The arguments without `--lang X`, for `--help` of a command that has no `--lang`."""
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--lang":
            skip = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    return kept


def plan_locale(root: Path) -> str | None:
    folder = root.resolve()
    for candidate in (folder, *folder.parents):
        plan = candidate / "plan.yaml"
        if plan.is_file():
            try:
                with plan.open(encoding="utf-8", errors="replace") as stream:
                    head = stream.read(PLAN_HEAD)
            except OSError:
                return None
            found = LOCALE.search(head)
            return normalized(found.group(1)) if found else None
    return None


def help_language(arguments: Sequence[str], environ: Mapping[str, str], cwd: Path) -> str:
    given = option_value(arguments, "--lang")
    if given is not None and normalized(given):
        return normalized(given) or "zh-TW"
    root = option_value(arguments, "--root")
    locale = plan_locale(Path(root) if root else cwd)
    if locale is not None:
        return locale
    return "en" if environ.get("LANG", "").startswith("en") else "zh-TW"
