"""The language of help texts, chosen before typer is imported (typer takes help at import).

`--lang` on the command line, else the `locale:` of the plan found from `--root` or upwards
from here (read with a pattern, not parsed), else `LANG` (English when it starts with `en`),
else zh-TW.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

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


def declared_locale(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("locale:"):
            value = line.removeprefix("locale:").partition("#")[0].strip().strip("'\"")
            return normalized(value)
    return None


def plan_locale(root: str) -> str | None:
    """The `locale:` of the nearest plan.yaml from `root` upwards (pathlib and re would
    double the start-up time of `ogpkit --help`)."""
    folder = os.path.abspath(root)
    while True:
        plan = os.path.join(folder, "plan.yaml")
        if os.path.isfile(plan):
            try:
                with open(plan, encoding="utf-8", errors="replace") as stream:
                    return declared_locale(stream.read(PLAN_HEAD))
            except OSError:
                return None
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def help_language(arguments: Sequence[str], environ: Mapping[str, str], cwd: str) -> str:
    given = option_value(arguments, "--lang")
    if given is not None and normalized(given):
        return normalized(given) or "zh-TW"
    root = option_value(arguments, "--root")
    locale = plan_locale(root or cwd)
    if locale is not None:
        return locale
    return "en" if environ.get("LANG", "").startswith("en") else "zh-TW"
