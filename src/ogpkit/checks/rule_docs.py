"""The documentation pages of the lint rules, `docs/rules/<id>.md`, made from their docstrings.

`make rule-docs` writes them; a test fails when a page differs from what its rule says, so
the pages, `ogpkit rules RULE` and the links of SARIF and the text report never disagree.
"""

from __future__ import annotations

import inspect
from typing import Any

from ogpkit.checks.rules import RULES
from ogpkit.checks.rules.base import Rule

HEADER = "<!-- Generated from the rule's docstring by `make rule-docs`; do not edit. -->\n"


def _options(rule: Rule[Any]) -> list[str]:
    lines = []
    for name, field in rule.options.model_fields.items():
        default = field.default if field.default is not None else ""
        lines.append(f"| `{name}` | `{default!s}` | {field.description or ''} |")
    return lines


def rule_page(rule: Rule[Any]) -> str:
    doc = inspect.cleandoc(rule.doc)
    summary, _, body = doc.partition("\n")
    default = rule.level.value if rule.enabled else "off"
    lines = [
        HEADER,
        f"# `{rule.id}`",
        "",
        summary,
        "",
        f"- default level: **{default}** (set it under `lint:` in plan.yaml: `{rule.id}: off`, `warning` or `error`)",
        f"- `ogpkit lint --fix` repairs it: **{'yes' if rule.fixable else 'no'}**",
        f"- silence it on one line: `# ogpkit: disable={rule.id}`",
        "",
        body.strip(),
        "",
    ]
    options = _options(rule)
    if options:
        lines += ["## Options", "", "| option | default | meaning |", "|---|---|---|", *options, ""]
    return "\n".join(lines)


def index_page() -> str:
    lines = [
        HEADER,
        "# Problem codes and lint rules",
        "",
        "Every problem ogpkit reports ends with its code in brackets, such as `(sdg-target)`.",
        "The lint rules have a page each; `ogpkit rules RULE` prints the same text.",
        "",
        "| rule | default | fix | finds |",
        "|---|---|---|---|",
    ]
    for rule in RULES:
        default = rule.level.value if rule.enabled else "off"
        fix = "yes" if rule.fixable else ""
        lines.append(f"| [`{rule.id}`]({rule.id}.md) | {default} | {fix} | {rule.summary} |")
    lines += [
        "",
        "## Other codes",
        "",
        "The codes of the schema, the plan's integrity and the submission deadlines (`unknown-key`,",
        "`agency-known`, `id-unique`, `submission-late`, `yaml-…` and others) are explained in",
        "Traditional Chinese in [CONTRIBUTING.md](../../CONTRIBUTING.md), with how to fix each.",
        "",
    ]
    return "\n".join(lines)


def rule_pages() -> dict[str, str]:
    """Every page by its file name in docs/rules/."""
    return {"README.md": index_page(), **{f"{rule.id}.md": rule_page(rule) for rule in RULES}}
