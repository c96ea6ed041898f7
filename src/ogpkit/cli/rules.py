"""`ogpkit rules [RULE-ID]`: the lint rules with their levels, or one rule's documentation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ogpkit.cli.common import EXIT_OK, Lang, LangOption, RootOption, guard

if TYPE_CHECKING:
    from ogpkit.checks.rules.base import Rule


def _levels(root: Path | None) -> dict[str, str]:
    from ogpkit.checks.lint_config import LintConfig, default_config, load_config
    from ogpkit.errors import ConfigError
    from ogpkit.plan.project import find_root, load_plan

    config: LintConfig
    try:
        plan, document = load_plan(root.resolve() if root else find_root(Path.cwd()))
        config = load_config(plan.lint, document)
    except ConfigError:
        config = default_config()
    return {s.rule.id: s.level.value if s.level else "off" for s in config.settings}


def run(rule_id: str | None, root: Path | None, lang: str) -> int:
    from ogpkit.checks.lint_config import unknown_rule
    from ogpkit.checks.rules import RULES, RULES_BY_ID
    from ogpkit.checks.rules.summary_zh import SUMMARIES_ZH
    from ogpkit.errors import UsageError

    if rule_id is not None:
        rule = RULES_BY_ID.get(rule_id)
        if rule is None:
            raise UsageError(unknown_rule(rule_id))
        sys.stdout.write(documentation(rule, lang))
        return EXIT_OK
    levels = _levels(root)
    width = max(len(rule.id) for rule in RULES)
    fix = "fix" if lang == "en" else "修正"
    for rule in RULES:
        fixable = fix if rule.fixable else " " * len(fix) * (1 if lang == "en" else 2)
        summary = rule.summary if lang == "en" else SUMMARIES_ZH.get(rule.id, rule.summary)
        sys.stdout.write(f"{rule.id:<{width}}  {levels[rule.id]:<7}  {fixable}  {summary}\n")
    return EXIT_OK


def documentation(rule: Rule[Any], lang: str) -> str:
    """`RULE-ID (default: LEVEL)` and the rule's docstring; in zh-TW the summary and the
    headings translated, the English explanation kept and marked as such."""
    import inspect
    import re

    from ogpkit.checks.rules.summary_zh import HEADINGS_ZH, LABELS, SUMMARIES_ZH

    default_word, fixable_word, off = LABELS["en" if lang == "en" else "zh-TW"]
    default = rule.level.value if rule.enabled else off
    doc = inspect.cleandoc(rule.doc)
    if lang == "en":
        fixable = f", {fixable_word}" if rule.fixable else ""
        return f"{rule.id} ({default_word}: {default}{fixable})\n\n{doc}\n"
    fixable = f"，{fixable_word}" if rule.fixable else ""
    body = doc.partition("\n")[2].strip()
    for english, chinese in HEADINGS_ZH.items():
        body = re.sub(rf"^{english}$", chinese, body, flags=re.MULTILINE)
    body = re.sub(r"^Options: ?", "選項：", body, flags=re.MULTILINE)
    summary = SUMMARIES_ZH.get(rule.id, rule.summary)
    return f"{rule.id}（{default_word}：{default}{fixable}）\n\n{summary}\n\n（以下說明為英文）\n{body}\n"


def _language(lang: Lang | None, root: Path | None) -> str:
    import os

    from ogpkit.cli.help_lang import help_language

    if lang is not None:
        return lang.value
    return help_language(["--root", str(root)] if root else [], os.environ, os.getcwd())


def rules(
    rule_id: Annotated[
        str | None, typer.Argument(help="A rule id: print its documentation.", show_default=False)
    ] = None,
    root: RootOption = None,
    lang: LangOption = None,
) -> None:
    """List the lint rules with their levels, or print the documentation of one rule."""
    raise typer.Exit(guard(lambda: run(rule_id, root, _language(lang, root)), lang=lang))
