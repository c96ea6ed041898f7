"""The overview of the commands (`ogpkit --help`), as a table that loads nothing.

A test keeps the table equal to the commands that `cli.app` registers and to their help;
the zh-TW texts are the first paragraphs of the commands' zh-TW help (`cli.help_zh`).
"""

from __future__ import annotations

from ogpkit.cli.help_zh import HEADINGS, ZH_TW

DESCRIPTION = (
    "Open-government commitments as code: validate, lint, track and render a national action plan."
)
SUMMARIES = {
    "validate": "Check every commitment file against the schema, the plan and the lint rules.",
    "schema": "Write schema/commitment.schema.json and schema/plan.schema.json from the models and the themes and agencies of plan.yaml.",
    "lint": "Judge what each commitment says: vague milestones, placeholders, terms, dates, names.",
    "rules": "List the lint rules with their levels, or print the documentation of one rule.",
    "render": "Write the compiled plan: build/plan.md, plan.html, plan.json, plan.csv; plan.docx, plan.odt, plan.pdf on request.",
    "deadlines": "Show the plan's timeline, which agencies have submitted, and milestones overdue or due.",
    "status": "The plan at a glance: commitments by theme and lead agency, milestones by status, files with problems, and the next deadline of the timeline.",
    "new": "Start a new commitment file under commitments/ from the template.",
    "import": "Turn the forms of a filled Word template into commitment files.",
    "compare": "Write the revision comparison table of two revisions (labels in the --lang language): build/compare.md, compare.html, …",
    "consult": "Public input and the reasoned response: import comments into a consultation round.",
    "progress": "Show each milestone in the current reporting period: its agency, status, last update, whether it has reported this period and whether it is behind; then who still owes a report.",
    "report": "Write the self-assessment report as of a reporting period: each commitment's milestones with completion, what was done, evidence, results; summaries and charts by theme and agency.",
    "site": "Write the plan's website: home, a page a commitment, theme and agency, downloads, search, an Atom feed.",
    "init": "Create a new plan repository: plan.yaml with the cycle's timeline, the agency registry, empty commitments/, CONTRIBUTING.md, a README, pre-commit and a GitHub workflow.",
    "translations": "The English edition's texts: missing, stale or current; export for translators, import back.",
}


LABELS = {
    "en": ("Usage: ogpkit [OPTIONS] COMMAND [ARGS]...", "Options:", "Commands:"),
    "zh-TW": (
        f"{HEADINGS['Usage: ']}ogpkit [選項] 指令 [引數]...",
        f"{HEADINGS['Options']}：",
        f"{HEADINGS['Commands']}：",
    ),
}


def first_paragraph(text: str) -> str:
    return text.split("\n\n", maxsplit=1)[0]


def in_language(text: str, lang: str) -> str:
    if lang == "en":
        return text
    for english, chinese in ZH_TW.items():
        if first_paragraph(english) == text:
            return first_paragraph(chinese)
    return text


def overview(lang: str = "zh-TW") -> str:
    usage, options, commands_heading = LABELS["en" if lang == "en" else "zh-TW"]
    width = max(len(name) for name in SUMMARIES) + 3
    commands = "".join(
        f"  {name.ljust(width)}{in_language(text, lang)}\n" for name, text in SUMMARIES.items()
    )
    version = in_language("Print ogpkit's version and exit.", lang)
    help_ = in_language("Show this message and exit.", lang)
    return (
        f"{usage}\n\n  {in_language(DESCRIPTION, lang)}\n\n"
        f"{options}\n  --version  {version}\n  --help     {help_}\n\n"
        f"{commands_heading}\n{commands}"
    )
