"""The questions of `ogpkit new` in a terminal: rich prompts, agency names completed with Tab.

Each answer given as an option is not asked again. An answer that cannot be used (an unknown
agency, a date that is not one) is asked again with the reason, so the file is right at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from rich.console import Console
from rich.prompt import Prompt
from rich.table import Table

from ogpkit.authoring.new_commitment import Answers, canonical_date, next_id, resolve_agency
from ogpkit.errors import UsageError
from ogpkit.plan.project import Project
from ogpkit.report.message import Message, msg, translate

SEPARATORS = re.compile(r"[,，、;；]+")
T = TypeVar("T")


def split_names(text: str) -> list[str]:
    return [name.strip() for name in SEPARATORS.split(text) if name.strip()]


LAST_NAME = re.compile(r"^(.*[,，、;；]\s*)?(.*)$", re.S)


def completions(line: str, names: Iterable[str]) -> list[str]:
    """The line with its last agency name completed, one entry a matching name."""
    match = LAST_NAME.match(line)
    head, last = (match.group(1) or "", match.group(2)) if match else ("", line)
    return [head + name for name in sorted(set(names)) if name.startswith(last.strip())]


def enable_completion(names: Iterable[str]) -> None:
    """Tab completes the last agency name of the line, where readline exists.

    Readline splits words at single-byte delimiters only, so the whole line is the word and
    the name after the last separator (、 included) is completed here.
    """
    try:
        import readline
    except ImportError:  # pragma: no cover - Windows without pyreadline
        return
    options = list(names)

    def complete(text: str, state: int) -> str | None:
        matches = completions(text, options)
        return matches[state] if state < len(matches) else None

    readline.set_completer_delims("")
    readline.set_completer(complete)
    readline.parse_and_bind("tab: complete")


class Interview:
    def __init__(self, project: Project, console: Console, lang: str) -> None:
        self.project = project
        self.console = console
        self.lang = lang

    def say(self, message: Message) -> str:
        return translate(message, self.lang)

    def ask(self, question: Message, default: str = "") -> str:
        answer = Prompt.ask(
            self.say(question), console=self.console, default=default, show_default=bool(default)
        )
        return (answer or "").strip()

    def until_valid(self, question: Message, convert: Callable[[str], T], default: str = "") -> T:
        while True:
            try:
                return convert(self.ask(question, default))
            except UsageError as error:
                self.console.print(self.say(error.message), style="red")

    def theme(self) -> str:
        table = Table(title=self.say(msg("Themes of the plan")), show_lines=False)
        table.add_column("id")
        table.add_column(self.say(msg("Theme")))
        for theme in self.project.plan.themes:
            table.add_row(theme.id, theme.name)
        self.console.print(table)
        ids = [theme.id for theme in self.project.plan.themes]
        return Prompt.ask(
            self.say(msg("Theme (its id)")), console=self.console, choices=ids, default=ids[0]
        )

    def agencies(self, question: Message, required: bool) -> list[str]:
        registry = self.project.registry

        def convert(text: str) -> list[str]:
            names = [resolve_agency(registry, name) for name in split_names(text)]
            if required and not names:
                raise UsageError(msg("Name at least one agency"))
            return names

        return self.until_valid(question, convert)

    def date(self, question: Message, default: str = "") -> str:
        return self.until_valid(
            question,
            lambda text: canonical_date(text, self.project.plan, self.say(question)),
            default,
        )

    def run(self, given: Answers) -> Answers:
        """Ask for every answer that `given` leaves empty."""
        enable_completion(self.project.registry.names())
        answers = replace(given)
        if not answers.theme:
            answers.theme = self.theme()
        if not answers.id:
            answers.id = self.ask(msg("Id of the commitment"), next_id(self.project, answers.theme))
        while not answers.title:
            answers.title = self.ask(msg("Title of the commitment (承諾事項名稱)"))
        self.console.print(
            self.say(
                msg(
                    "Agency names: full name, short name or alias; Tab completes; separate several with 、"
                )
            )
        )
        if not answers.lead_agencies:
            answers.lead_agencies = self.agencies(msg("Lead agencies (主辦機關)"), required=True)
        if not answers.supporting_agencies:
            answers.supporting_agencies = self.agencies(
                msg("Supporting agencies (協辦機關, Enter for none)"), required=False
            )
        answers.contact_name = answers.contact_name or self.ask(msg("Contact person (承辦人員)"))
        answers.contact_title = answers.contact_title or self.ask(msg("Job title (職稱)"))
        answers.contact_department = answers.contact_department or self.ask(
            msg("Department (部門)")
        )
        answers.contact_email = answers.contact_email or self.ask(msg("Email"))
        answers.contact_phone = answers.contact_phone or self.ask(msg("Phone (電話)"))
        self.console.print(
            self.say(msg("The first milestone (可量化或驗證之衡量指標); Enter leaves it for later"))
        )
        answers.milestone = answers.milestone or self.ask(msg("Milestone"))
        if answers.milestone:
            answers.milestone_start = answers.milestone_start or self.date(
                msg("Start date, like 109-05")
            )
            answers.milestone_end = answers.milestone_end or self.date(msg("End date, like 110-12"))
        return answers
