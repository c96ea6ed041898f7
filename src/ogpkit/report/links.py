"""Where a problem's documentation lives: `docs/rules/<id>.md` of ogpkit's repository.

Each lint rule has its page there, generated from its docstring (`make rule-docs`); the
other problem codes (schema, plan integrity, submissions) are explained in the index page.
A test checks that `LINT_RULES` lists exactly the rules of `ogpkit.checks.rules.RULES`.
"""

from __future__ import annotations

REPOSITORY = "https://github.com/ogpkit/ogpkit"
RULE_DOCS = f"{REPOSITORY}/blob/main/docs/rules/"

LINT_RULES = frozenset(
    {
        "agency-canonical",
        "agency-lead-and-support",
        "cjk-spacing",
        "contact-email",
        "contact-phone",
        "date-style",
        "duplicate-title",
        "file-name-id",
        "milestone-vague-verb",
        "milestone-verifiable",
        "ogp-value-justified",
        "punctuation",
        "sdg-target",
        "section-too-short",
        "template-placeholder",
        "terminology",
        "markdown-list-end",
        "translation-glossary",
        "translation-key",
        "translation-stale",
        "yaml-portable",
    }
)


def rule_url(rule: str) -> str:
    """The page of a lint rule; the index page for any other problem code."""
    return f"{RULE_DOCS}{rule}.md" if rule in LINT_RULES else f"{RULE_DOCS}README.md"
