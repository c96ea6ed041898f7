"""`ogpkit rules [RULE-ID]`: the lint rules with their levels, or one rule's documentation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import EXIT_OK, RootOption, guard


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


def run(rule_id: str | None, root: Path | None) -> int:
    from ogpkit.checks.lint_config import unknown_rule
    from ogpkit.checks.rules import RULES, RULES_BY_ID
    from ogpkit.errors import UsageError

    if rule_id is not None:
        rule = RULES_BY_ID.get(rule_id)
        if rule is None:
            raise UsageError(unknown_rule(rule_id))
        default = rule.level.value if rule.enabled else "off"
        fixable = ", fixable" if rule.fixable else ""
        sys.stdout.write(f"{rule.id} (default: {default}{fixable})\n\n{_dedent(rule.doc)}\n")
        return EXIT_OK
    levels = _levels(root)
    width = max(len(rule.id) for rule in RULES)
    for rule in RULES:
        fixable = "fix" if rule.fixable else "   "
        sys.stdout.write(f"{rule.id:<{width}}  {levels[rule.id]:<7}  {fixable}  {rule.summary}\n")
    return EXIT_OK


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)


def rules(
    rule_id: Annotated[
        str | None, typer.Argument(help="A rule id: print its documentation.", show_default=False)
    ] = None,
    root: RootOption = None,
) -> None:
    """List the lint rules with their levels, or print the documentation of one rule."""
    raise typer.Exit(guard(lambda: run(rule_id, root)))
