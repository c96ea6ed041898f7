"""The `lint:` section of plan.yaml: per rule `off`, `warning` or `error`, and its options.

    lint:
      section-too-short: off
      date-style: error
      terminology:
        terms: {多元性別: 性別}
      milestone-verifiable:
        level: error
        deliverables: [試辦計畫]

A rule given as a mapping is on, at its default level unless `level` says otherwise. Every
mistake (an unknown rule or option, a bad level or value) is a ConfigError whose problems
point at the line of plan.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from ogpkit.checks.rules import RULES, RULES_BY_ID
from ogpkit.checks.rules.base import Options, Rule
from ogpkit.errors import ConfigError
from ogpkit.report.message import Message, excerpt, listing, msg
from ogpkit.report.problem import Level, Problem
from ogpkit.report.suggest import closest
from ogpkit.source.document import Document

LEVELS = {"off": None, "warning": Level.WARNING, "error": Level.ERROR}
CONFIG_RULE = "lint-config"


@dataclass(frozen=True)
class RuleSetting:
    rule: Rule[Any]
    level: Level | None
    options: Options


@dataclass(frozen=True)
class LintConfig:
    settings: tuple[RuleSetting, ...]

    @property
    def enabled(self) -> tuple[RuleSetting, ...]:
        return tuple(s for s in self.settings if s.level is not None)


def default_config() -> LintConfig:
    return LintConfig(
        tuple(RuleSetting(r, r.level if r.enabled else None, r.options()) for r in RULES)
    )


def load_config(section: dict[str, Any], document: Document) -> LintConfig:
    """The settings of every rule; a ConfigError listing each mistake in `section`."""
    problems: list[Problem] = []
    given: dict[str, RuleSetting] = {}
    for rule_id, value in section.items():
        rule = RULES_BY_ID.get(rule_id)
        if rule is None:
            problems.append(_unknown_rule(document, str(rule_id)))
            continue
        setting, found = _setting(rule, value, document)
        problems += found
        if setting is not None:
            given[rule_id] = setting
    if problems:
        raise ConfigError(
            msg("The lint settings in plan.yaml have problems; fix them first"), problems
        )
    defaults = default_config().settings
    return LintConfig(tuple(given.get(s.rule.id, s) for s in defaults))


def unknown_rule(rule_id: str) -> Message:
    """The message for a rule id that no rule has, with a did-you-mean."""
    suggestion = closest(rule_id, RULES_BY_ID)
    if suggestion:
        return msg(
            "Unknown lint rule {rule!r}; did you mean {suggestion!r}?",
            rule=rule_id,
            suggestion=suggestion,
        )
    return msg("Unknown lint rule {rule!r}; `ogpkit rules` lists the rules", rule=rule_id)


def _unknown_rule(document: Document, rule_id: str) -> Problem:
    return document.problem(("lint", rule_id), CONFIG_RULE, unknown_rule(rule_id), key=True)


def _bad_level(document: Document, path: tuple[str, ...], value: Any) -> Problem:
    return document.problem(
        path,
        CONFIG_RULE,
        msg("{value!r} is not a level; write off, warning or error", value=excerpt(value)),
    )


def _setting(
    rule: Rule[Any], value: Any, document: Document
) -> tuple[RuleSetting | None, list[Problem]]:
    path = ("lint", rule.id)
    if isinstance(value, str) or value is None:
        if value not in LEVELS:
            return None, [_bad_level(document, path, value)]
        return RuleSetting(rule, LEVELS[value], rule.options()), []
    if not isinstance(value, dict):
        message = msg(
            "Write off, warning or error after {rule}, or its options indented below it",
            rule=rule.id,
        )
        return None, [document.problem(path, CONFIG_RULE, message)]
    options = dict(value)
    level: Level | None = rule.level
    if "level" in options:
        written = options.pop("level")
        if written not in LEVELS:
            return None, [_bad_level(document, (*path, "level"), written)]
        level = LEVELS[written]
    try:
        return RuleSetting(rule, level, rule.options.model_validate(options)), []
    except ValidationError as error:
        return None, list(_option_problems(rule, error, document))


def _option_problems(
    rule: Rule[Any], error: ValidationError, document: Document
) -> Iterator[Problem]:
    known = ["level", *rule.options.model_fields]
    for detail in error.errors():
        location = tuple(detail["loc"])
        path = ("lint", rule.id, *location)
        message: Message
        if detail["type"] == "extra_forbidden":
            name = str(location[-1])
            suggestion = closest(name, known)
            message = (
                msg(
                    "The rule {rule} has no option {option!r}; did you mean {suggestion!r}?",
                    rule=rule.id,
                    option=name,
                    suggestion=suggestion,
                )
                if suggestion
                else msg(
                    "The rule {rule} has no option {option!r}; its options are: {known}",
                    rule=rule.id,
                    option=name,
                    known=listing(known),
                )
            )
            yield document.problem(path, CONFIG_RULE, message, key=True)
        else:
            message = msg(
                "The option {option} of {rule} is not right: {detail}",
                option=".".join(str(s) for s in location),
                rule=rule.id,
                detail=detail["msg"],
            )
            yield document.problem(path, CONFIG_RULE, message)
