"""Help in the user's language: the click commands that typer built get zh-TW help texts,
and every parameter a metavar in words (`路徑`, `PATH`) instead of a Python type name.

typer takes help texts at import and prints a parameter's type (`<list[Path]>`, `<str>`);
both are replaced here, on the built commands, in one place for every command.
"""

from __future__ import annotations

from typing import Any
from unicodedata import east_asian_width

import typer
import typer.core

from ogpkit.cli.help_zh import HEADINGS, ZH_TW, key

# A parameter's metavar by its name, else by its type: (zh-TW, en).
BY_NAME = {
    "today": ("日期", "DATE"),
    "start": ("日期", "DATE"),
    "end": ("日期", "DATE"),
    "milestone_start": ("日期", "DATE"),
    "milestone_end": ("日期", "DATE"),
    "base": ("版本", "REVISION"),
    "old": ("版本", "REVISION"),
    "new": ("版本", "REVISION"),
    "rule_id": ("規則代碼", "RULE-ID"),
    "id": ("編號", "ID"),
    "theme": ("主題", "THEME"),
    "lead": ("機關", "AGENCY"),
    "support": ("機關", "AGENCY"),
    "agency": ("機關", "AGENCY"),
    "formats": ("格式", "FORMATS"),
    "period": ("期別", "PERIOD"),
    "lead_months": ("月數", "MONTHS"),
    "round_id": ("輪次", "ROUND"),
}
BY_TYPE = {"path": ("路徑", "PATH"), "int": ("數字", "NUMBER")}
TEXT = ("文字", "TEXT")


def help_text(text: str, lang: str) -> str:
    if lang == "en":
        return text
    return ZH_TW.get(key(text), text)


def metavar(param: Any, ctx: typer.Context, lang: str) -> str:
    shown = str(param.display_type(ctx)).strip("<>")
    if "|" in shown and "[" not in shown:
        return f"[{shown}]"
    words = BY_NAME.get(param.name) or BY_TYPE.get(shown.removeprefix("list[").rstrip("]").lower())
    zh, en = words or TEXT
    return en if lang == "en" else zh


def localize(command: Any, lang: str) -> None:
    """Give `command` and its subcommands help in `lang` and metavars without type names."""
    ctx = typer.Context(command)
    if command.help:
        command.help = help_text(command.help, lang)
    if lang != "en":
        command.options_metavar = "[選項]"
        if getattr(command, "subcommand_metavar", None):
            command.subcommand_metavar = "指令 [引數]..."
    help_option = command.get_help_option(ctx)
    for param in [*command.params, *([help_option] if help_option else [])]:
        if getattr(param, "help", None):
            param.help = help_text(param.help, lang)
        if getattr(param, "is_flag", False) or not hasattr(param, "display_type"):
            continue
        param.metavar = metavar(param, ctx, lang)
        if param.param_type_name == "argument":
            # the metavar says it; typer would add the type
            setattr(param, "display_type_rich", lambda ctx: None)  # noqa: B010
    for sub in getattr(command, "commands", {}).values():
        localize(sub, lang)


def display_width(text: str) -> int:
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)


def localize_headings(lang: str) -> None:
    """Translate click's own words (Usage, Options, default …) that typer prints."""
    if lang == "en" or not hasattr(typer.core, "_"):
        return
    # typer's own gettext has no zh-TW catalogue; mypy refuses plain assignments to these
    setattr(typer.core, "_", lambda text: HEADINGS.get(text, text))  # noqa: B010
    formatting = getattr(getattr(typer, "_click", None), "formatting", None)
    if formatting is not None and hasattr(formatting.HelpFormatter, "write_usage"):
        original = formatting.HelpFormatter.write_usage

        def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
            original(self, prog, args, HEADINGS["Usage: "] if prefix is None else prefix)

        def write_heading(self: Any, heading: str) -> None:
            self.write(f"{'':>{self.current_indent}}{heading}：\n")

        # 路徑 takes four columns, not two
        setattr(formatting, "term_len", display_width)  # noqa: B010
        setattr(formatting.HelpFormatter, "write_usage", write_usage)  # noqa: B010
        setattr(formatting.HelpFormatter, "write_heading", write_heading)  # noqa: B010
    from ogpkit.cli.usage_errors import install

    install()


def localized_command(app: typer.Typer, lang: str) -> Any:
    """The click command of `app` with its help in `lang`."""
    command = typer.main.get_command(app)
    localize(command, lang)
    localize_headings(lang)
    return command
