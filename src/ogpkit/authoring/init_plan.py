"""A new plan repository for the next cycle (`ogpkit init`): the files, as text, then Git.

The timeline of a cycle is computed from the period and written out, so the secretariat
adjusts dates in plan.yaml rather than in options. Every value the user gave is written as
a JSON string (a valid YAML scalar), never pasted into YAML unquoted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from ogpkit.errors import UsageError
from ogpkit.plan.dates import DateFormatError, ImpossibleDateError, PlanDate, parse_period
from ogpkit.plan.model import Agency
from ogpkit.report.message import msg
from ogpkit.source.atomic import write_files

ACTION = "ogpkit/ogpkit"
FALLBACK_RELEASE = "0.3.0"  # the ogpkit release pinned when the running version says none


@dataclass(frozen=True)
class InitRequest:
    folder: Path
    title: str
    period: str
    title_en: str | None = None
    agencies: tuple[Agency, ...] | None = None  # from --from; None: the bundled registry
    release: str = FALLBACK_RELEASE  # the ogpkit release the workflow and pre-commit pin
    lead_months: int = 4  # from the submission cutoff to the start of implementation


def release_of(version: str) -> str:
    """The release a version belongs to: 0.2.0 for 0.2.0; 0.1.0 for 0.1.1.dev3+g1234 (scm)."""
    match = re.match(r"^(\d+)\.(\d+)\.(\d+)", version)
    if match is None:
        return FALLBACK_RELEASE
    major, minor, patch = (int(part) for part in match.groups())
    if version != match.group(0) and ".dev" in version and patch > 0:
        patch -= 1
    return f"{major}.{minor}.{patch}"


def _month(start: PlanDate, offset: int) -> PlanDate:
    index = start.year * 12 + start.month - 1 + offset
    return PlanDate(index // 12, index % 12 + 1)


def _period(text: str) -> tuple[PlanDate, PlanDate]:
    try:
        start, end = parse_period(text.replace("..", "至"))
    except (DateFormatError, ImpossibleDateError):
        raise UsageError(
            msg("--period {text} is not a period; write it as 114-01..117-12", text=text)
        ) from None
    if (end.year, end.month) <= (start.year, start.month):
        raise UsageError(msg("--period {text} ends before it starts", text=text))
    return PlanDate(start.year, start.month), PlanDate(end.year, end.month)


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def timeline_yaml(start: PlanDate, end: PlanDate, lead_months: int) -> str:
    cutoff = _month(start, -lead_months)
    months = (end.year * 12 + end.month) - (start.year * 12 + start.month)
    entries = [
        (
            "submission",
            "各部會提出承諾事項",
            "Agencies submit commitments",
            PlanDate(cutoff.year, cutoff.month, 10),
            True,
        ),
        (
            "draft",
            "擬具國家行動方案草案並與民間團體討論",
            "Draft the national action plan and discuss it with civil society",
            cutoff,
            False,
        ),
        (
            "consultation",
            "草案公開徵詢意見並逐項回應",
            "Public consultation on the draft, with a reasoned response",
            _month(start, -2),
            False,
        ),
        (
            "approval",
            "陳報行政院核定",
            "Submit the plan to the Executive Yuan for approval",
            _month(start, -1),
            False,
        ),
        ("start", "開始推動", "Implementation begins", start, False),
        (
            "midterm",
            "期中自評報告",
            "Midterm self-assessment report",
            _month(start, months // 2),
            False,
        ),
        ("final", "期末自評報告", "End-of-term self-assessment report", _month(end, 3), False),
    ]
    lines = []
    for identifier, name, name_en, due, submission in entries:
        lines += [
            f"  - id: {identifier}",
            f"    name: {_q(name)}",
            f"    name_en: {_q(name_en)}",
            f"    due: {due.canonical('roc')}",
        ]
        if submission:
            lines.append("    submission: true")
    return "\n".join(lines) + "\n"


THEMES = (
    ("1", "透明", "Transparency"),
    ("2", "公共參與", "Civic participation"),
    ("3", "課責", "Public accountability"),
)


def agencies_yaml(agencies: tuple[Agency, ...] | None) -> str:
    if agencies is None:
        text = (files("ogpkit") / "data" / "agencies.yaml").read_text(encoding="utf-8")
        return "".join(line + "\n" for line in text.splitlines() if not line.startswith("#"))
    lines = []
    for agency in agencies:
        lines.append(f"  - name: {_q(agency.name)}")
        if agency.name_en:
            lines.append(f"    name_en: {_q(agency.name_en)}")
        if agency.short:
            lines.append(f"    short: {_q(agency.short)}")
        if agency.aliases:
            lines.append(f"    aliases: [{', '.join(_q(a) for a in agency.aliases)}]")
    return "\n".join(lines) + "\n"


def plan_yaml(request: InitRequest) -> str:
    start, end = _period(request.period)
    if request.lead_months < 3:
        raise UsageError(msg("--lead-months must be at least 3 (draft, consultation, approval)"))
    themes = "".join(
        f'  - id: "{i}"\n    name: {_q(name)}\n    name_en: {_q(name_en)}\n'
        for i, name, name_en in THEMES
    )
    title_en = f"title_en: {_q(request.title_en)}\n" if request.title_en else ""
    return (
        "# yaml-language-server: $schema=schema/plan.schema.json\n"
        f"title: {_q(request.title)}\n"
        f"{title_en}"
        "locale: zh-TW\n"
        "date_style: roc\n"
        f"period:\n  start: {start.canonical()}\n  end: {end.canonical()}\n"
        "# The cycle's dates, computed by ogpkit init from the period: adjust them as decided.\n"
        f"timeline:\n{timeline_yaml(start, end, request.lead_months)}"
        "# The plan's themes: replace them with those the forum agrees on.\n"
        f"themes:\n{themes}"
        f"agencies:\n{agencies_yaml(request.agencies)}"
    )


def _file(name: str) -> str:
    return (files("ogpkit") / "authoring" / "init_files" / name).read_text(encoding="utf-8")


def _markdown_text(text: str) -> str:
    return re.sub(r"([\\`*_{}\[\]<>#|!])", r"\\\1", text)


def repository_files(request: InitRequest) -> dict[str, str]:
    """Every file of the new repository by its path."""
    tag = f"v{request.release}"
    replacements = {"@TITLE@": _markdown_text(request.title), "@TAG@": tag, "@ACTION@": ACTION}

    def filled(name: str) -> str:
        text = _file(name)
        for token, value in replacements.items():
            text = text.replace(token, value)
        return text

    return {
        "plan.yaml": plan_yaml(request),
        "commitments/.gitkeep": "",
        "consultation/README.md": _file("consultation-README.md"),
        "forum.yaml": _file("forum.yaml"),
        "README.md": filled("README.md"),
        "CONTRIBUTING.md": filled("CONTRIBUTING.md"),
        ".pre-commit-config.yaml": filled("pre-commit-config.yaml"),
        ".github/workflows/ogpkit.yml": filled("workflow.yml"),
        ".gitignore": "build/\n",
    }


def create_repository(request: InitRequest) -> list[Path]:
    """Write the files into a new or empty folder (never over anything); the paths written."""
    folder = request.folder
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(
            msg(
                "{folder} exists and is not empty; ogpkit init creates a new plan in a new or empty folder",
                folder=str(folder),
            )
        )
    contents = repository_files(request)
    targets = {folder / name: text.encode("utf-8") for name, text in contents.items()}
    for path in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
    write_files(targets)
    return list(targets)
