"""click's own error messages in zh-TW: a wrong or missing option, an invalid value, the
usage line, "Try … for help" and "Error:".

typer carries its own copy of click, which builds these messages as English f-strings (no
gettext to hook), so they are translated from their final text by the patterns below, and
the exceptions' `show` is replaced to print the Chinese frame. A message that matches no
pattern is shown as click wrote it. English (`--lang en`) is click's own output.
"""

from __future__ import annotations

import re
from typing import IO, Any

# (pattern of click's English message, zh-TW); {name} fields are the pattern's groups.
PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"No such option: (?P<name>.+?) \(Possible options: (?P<options>.+)\)"),
        "沒有 {name} 這個選項（可用的相近選項：{options}）",
    ),
    (re.compile(r"No such option: (?P<name>.+)"), "沒有 {name} 這個選項"),
    (re.compile(r"No such command (?P<name>.+)\."), "沒有 {name} 這個指令"),
    (re.compile(r"Missing command\."), "缺少指令"),
    (re.compile(r"Option (?P<name>.+) requires an argument\."), "選項 {name} 後面須接一個值"),
    (
        re.compile(r"Option (?P<name>.+) requires (?P<count>\d+) arguments\."),
        "選項 {name} 後面須接 {count} 個值",
    ),
    (re.compile(r"Option (?P<name>.+) does not take a value\."), "選項 {name} 不接受值"),
    (
        re.compile(r"Argument (?P<name>.+) takes (?P<count>\d+) values\."),
        "引數 {name} 須有 {count} 個值",
    ),
    (
        re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<values>.*)\)"),
        "多了無法辨識的引數：{values}",
    ),
    (
        re.compile(
            r"Missing option (?P<name>.+?)\.(?: Choose from:(?P<missing_choices>.*))?", re.DOTALL
        ),
        "缺少選項 {name}{missing_choices}",
    ),
    (
        re.compile(
            r"Missing argument (?P<name>.+?)\.(?: Choose from:(?P<missing_choices>.*))?", re.DOTALL
        ),
        "缺少引數 {name}{missing_choices}",
    ),
    (re.compile(r"Missing parameter: (?P<name>.+)"), "缺少參數 {name}"),
    (
        re.compile(r"Invalid value for (?P<name>.+?): (?P<message>.*)", re.DOTALL),
        "{name} 的值無效：{message}",
    ),
    (re.compile(r"Invalid value: (?P<message>.*)", re.DOTALL), "值無效：{message}"),
    (re.compile(r"Value error, (?P<message>.*)", re.DOTALL), "{message}"),
    (
        re.compile(r"(?P<value>.+) is not one of (?P<choices>.+)\."),
        "{value} 不是可用的值；請從 {choices} 中選擇",
    ),
    (re.compile(r"Value (?P<value>.+) is not a valid (?P<kind>.+)\."), "{value} 不是有效的 {kind}"),
    (re.compile(r"Input should be a valid integer.*"), "應為整數"),
    (re.compile(r"Input should be a valid number.*"), "應為數字"),
    (re.compile(r"Input should be a valid boolean.*"), "應為 true 或 false"),
    (re.compile(r"(?:Path|File|Directory) (?P<path>.+) does not exist\."), "{path} 不存在"),
    (re.compile(r"(?:Path|File|Directory) (?P<path>.+) is a file\."), "{path} 是檔案，不是資料夾"),
    (
        re.compile(r"(?:Path|File|Directory) (?P<path>.+) is a directory\."),
        "{path} 是資料夾，不是檔案",
    ),
    (re.compile(r"(?:Path|File|Directory) (?P<path>.+) is not readable\."), "{path} 無法讀取"),
    (re.compile(r"(?:Path|File|Directory) (?P<path>.+) is not writable\."), "{path} 無法寫入"),
    (
        re.compile(r"Could not open file (?P<path>.+?): (?P<message>.*)"),
        "無法開啟檔案 {path}：{message}",
    ),
]
_NESTED = ("message",)


def _listed(text: str) -> str:
    return "、".join(part.strip() for part in text.split(",") if part.strip())


def translate(text: str) -> str:
    """click's English message in zh-TW, or as it is when no pattern knows it."""
    for pattern, template in PATTERNS:
        match = pattern.fullmatch(text.strip())
        if match is None:
            continue
        fields = {k: v or "" for k, v in match.groupdict().items()}
        for name in _NESTED:
            if name in fields:
                fields[name] = translate(fields[name])
        if "choices" in fields:
            fields["choices"] = _listed(fields["choices"])
        if fields.get("missing_choices"):
            fields["missing_choices"] = "；可用的值：" + _listed(fields["missing_choices"])
        return template.format(**fields)
    return text


def hint(command_path: str, option: str) -> str:
    return f"請執行「{command_path} {option}」查看說明。\n"


def install() -> None:
    """Replace the `show` of click's exceptions (typer's copy) with the zh-TW one."""
    from typer._click import exceptions
    from typer._click.utils import echo

    def show_usage_error(self: Any, file: IO[Any] | None = None) -> None:
        if file is None:
            from typer._click._compat import get_text_stderr

            file = get_text_stderr()
        context = self.ctx
        color = None
        if context is not None:
            color = context.color
            helping = context.command.get_help_option(context) is not None
            text = hint(context.command_path, context.help_option_names[0]) if helping else ""
            echo(f"{context.get_usage()}\n{text}", file=file, color=color)
        echo(f"錯誤：{translate(self.format_message())}", file=file, color=color)

    def show_error(self: Any, file: IO[Any] | None = None) -> None:
        if file is None:
            from typer._click._compat import get_text_stderr

            file = get_text_stderr()
        echo(f"錯誤：{translate(self.format_message())}", file=file, color=self.show_color)

    setattr(exceptions.UsageError, "show", show_usage_error)  # noqa: B010
    setattr(exceptions.ClickException, "show", show_error)  # noqa: B010
