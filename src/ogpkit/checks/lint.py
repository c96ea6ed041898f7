"""The lint engine: run the configured rules over the commitments and stamp their findings.

A rule yields Findings; here each becomes a Problem with the rule's id, its configured
level and the line and column of its place. A rule that raises becomes an internal problem
of that rule on that file, and the other rules and files still run. Inline suppression
comments are applied last.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ogpkit.checks.lint_config import LintConfig, RuleSetting, load_config
from ogpkit.checks.rules import RULES_BY_ID
from ogpkit.checks.rules.base import Context, Finding, Fix
from ogpkit.checks.rules.text import value_at
from ogpkit.checks.suppress import read_suppressions
from ogpkit.errors import ConfigError
from ogpkit.plan.partial import partial_commitment
from ogpkit.plan.project import CommitmentFile, Project
from ogpkit.report.message import excerpt, listing, msg
from ogpkit.report.problem import Level, Problem
from ogpkit.source.document import Document
from ogpkit.source.lines import split_lines
from ogpkit.source.yaml_reader import Path as DataPath
from ogpkit.source.yaml_reader import Position


@dataclass(frozen=True)
class Reported:
    """A problem found by a rule, and the fix that would remove it (if the rule has one)."""

    problem: Problem
    fix: Fix | None = None


PLACEHOLDER_RULE = "template-placeholder"
SKIPPED_RULE = "lint-skipped"


def contexts(project: Project, files: Iterable[CommitmentFile] | None = None) -> list[Context]:
    """A context for each file that can be read: whole when its shape is right, else of the
    fields that are valid (`ogpkit.plan.partial`)."""
    registry = project.registry
    found: list[Context] = []
    for file in project.files if files is None else files:
        if file.model is not None:
            found.append(Context(file.document, file.model, project.plan, registry, project.root))
        elif file.document.data is not None:
            partial, unread = partial_commitment(file.document.data)
            found.append(
                Context(file.document, partial, project.plan, registry, project.root, tuple(unread))
            )
    return found


def _stamp(context: Context, setting: RuleSetting, finding: Finding) -> Reported:
    assert setting.level is not None
    where = context.document.position(finding.path, key=finding.key)
    if finding.offset is not None:
        where = inside(context.document, finding.path, where, finding.offset)
    problem = Problem(
        context.document.name,
        where.line,
        where.column,
        setting.level,
        setting.rule.id,
        finding.message,
    )
    return Reported(problem, finding.fix)


def inside(document: Document, path: DataPath, where: Position, offset: int) -> Position:
    """The position of character `offset` of the text at `path` (a literal block or a one-line
    scalar); `where`, the position of the value, when the text is written otherwise."""
    text = value_at(document.data, path)
    lines = split_lines(document.text)
    if not isinstance(text, str) or where.line > len(lines):
        return where
    head = lines[where.line - 1][where.column - 1 :]
    before = text[:offset]
    if head.startswith("|") and where.line < len(lines):
        row = where.line + 1 + before.count("\n")
        if row > len(lines):
            return where
        indent = len(lines[row - 1]) - len(lines[row - 1].lstrip(" "))
        return Position(row, indent + len(before) - (before.rfind("\n") + 1) + 1)
    if "\n" in text or head[:1] in "|>":
        return where
    quote = 1 if head[:1] in "'\"" else 0
    if head[quote : quote + len(text)] != text:
        return where
    return Position(where.line, where.column + quote + offset)


def _internal(name: str, rule_id: str, error: Exception) -> Reported:
    detail = type(error).__name__ + ": " + excerpt(error)
    message = msg(
        "The rule {rule} failed on this file ({error}); the other rules ran. Please report this to the maintainers of ogpkit",
        rule=rule_id,
        error=detail,
    )
    return Reported(Problem(name, 1, 1, Level.ERROR, rule_id, message))


def _run_file_rules(context: Context, config: LintConfig) -> list[Reported]:
    """The findings of each rule on one file. A field that still holds a placeholder is
    reported by `template-placeholder` alone: judging its length or wording would only repeat
    that it is not written yet."""
    found: list[tuple[RuleSetting, Finding]] = []
    failures: list[Reported] = []
    skipped: list[str] = []
    for setting in config.enabled:
        check = setting.rule.check
        if check is None:
            continue
        try:
            found += [(setting, f) for f in check(context, setting.options)]
        except AttributeError:
            if not context.unread:
                raise
            skipped.append(setting.rule.id)
        except Exception as error:
            failures.append(_internal(context.document.name, setting.rule.id, error))
    if skipped:
        failures.append(_skipped(context, skipped))
    unwritten = {f.path for s, f in found if s.rule.id == PLACEHOLDER_RULE}
    return failures + [
        _stamp(context, s, f)
        for s, f in found
        if s.rule.id == PLACEHOLDER_RULE or f.path not in unwritten
    ]


def _skipped(context: Context, rules: list[str]) -> Reported:
    """A file whose shape is wrong: which rules could not judge it, and why."""
    message = msg(
        "These lint rules were not run on this file because {fields} cannot be read (see the errors): {rules}; the other rules ran",
        fields=listing(context.unread),
        rules=listing(rules),
    )
    return Reported(Problem(context.document.name, 1, 1, Level.WARNING, SKIPPED_RULE, message))


def _run_plan_rules(items: list[Context], config: LintConfig, plan_name: str) -> list[Reported]:
    found: list[Reported] = []
    for setting in config.enabled:
        check = setting.rule.check_plan
        if check is None:
            continue
        try:
            whole = [c for c in items if not c.unread]
            found += [_stamp(c, setting, f) for c, f in check(whole, setting.options)]
        except Exception as error:
            found.append(_internal(plan_name, setting.rule.id, error))
    return found


def run_rules(
    items: list[Context], config: LintConfig, plan_name: str = "plan.yaml"
) -> list[Reported]:
    """Every unsuppressed finding of the enabled rules on `items`, stamped."""
    by_file: dict[str, list[Reported]] = {c.document.name: [] for c in items}
    for context in items:
        by_file[context.document.name] += _run_file_rules(context, config)
    kept: list[Reported] = []
    for reported in _run_plan_rules(items, config, plan_name):
        by_file.get(reported.problem.file, kept).append(reported)
    suppressions = {c.document.name: read_suppressions(c.document, RULES_BY_ID) for c in items}
    unknown = [p for s in suppressions.values() for p in s.problems]
    if unknown:
        raise ConfigError(
            msg("A suppression comment names a lint rule that does not exist; correct it first"),
            unknown,
        )
    for name, found in by_file.items():
        kept += (r for r in found if not suppressions[name].hides(r.problem))
    return kept


def project_config(project: Project) -> LintConfig:
    return load_config(project.plan.lint, project.plan_document)


def lint_project(project: Project, config: LintConfig | None = None) -> list[Reported]:
    return run_rules(
        contexts(project), config or project_config(project), project.plan_document.name
    )


def lint_check(project: Project, today: date) -> list[Problem]:
    """The lint rules as a check of `ogpkit validate` (appended to PLAN_CHECKS)."""
    return [reported.problem for reported in lint_project(project)]
