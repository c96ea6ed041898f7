"""`ogpkit lint --fix` and `--diff`: the fixes of each file, found pass by pass, then written.

Each pass lints the file as it would be after the previous pass and takes the first fix of
each value, until no rule has a fix left (several rules may fix the same text in turn).
"""

from __future__ import annotations

import codecs
import difflib
import json
import os
from dataclasses import dataclass, field

from ogpkit.checks.lint import contexts, run_rules
from ogpkit.checks.lint_config import LintConfig
from ogpkit.checks.rules.base import Quote, Rename, SetValue
from ogpkit.fixes.edit import FixError, apply_to_text
from ogpkit.fixes.typing_fix import repair
from ogpkit.plan.model import Commitment
from ogpkit.plan.project import CommitmentFile, Project
from ogpkit.plan.shape import validate_shape
from ogpkit.report.message import msg
from ogpkit.report.problem import Level, Problem
from ogpkit.source import atomic
from ogpkit.source.document import Document, parse_into
from ogpkit.source.mistakes import TextFix, apply_fixes
from ogpkit.source.yaml_reader import parse_yaml

MAX_PASSES = 10
FIX_RULE = "lint-fix"


@dataclass
class FileFix:
    """What fixing one file changes: its text, perhaps its name; and what prevented a fix."""

    file: CommitmentFile
    text: str
    rename: str | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.file.document.text or self.rename is not None


def reload(file: CommitmentFile, text: str) -> CommitmentFile:
    document = Document(file.document.path, file.document.name, text)
    parse_into(document)
    model, problems = validate_shape(document, Commitment)
    return CommitmentFile(document, model, document.problems + problems)


def plan_fix(project: Project, file: CommitmentFile, config: LintConfig) -> FileFix:
    result = FileFix(file, repair(file.document.text))
    current = file if result.text == file.document.text else reload(file, result.text)
    for _ in range(MAX_PASSES):
        found = run_rules(contexts(project, [current]), config)
        renames = [r.fix for r in found if isinstance(r.fix, Rename)]
        result.rename = renames[0].name if renames else None
        fixes: dict[tuple[str | int, ...], SetValue] = {}
        for reported in found:
            if isinstance(reported.fix, SetValue):
                fixes.setdefault(reported.fix.path, reported.fix)
        quotes = [r.fix for r in found if isinstance(r.fix, Quote)]
        if not fixes and not quotes:
            break
        try:
            result.text = quote_values(result.text, quotes)
            if fixes:
                result.text = apply_to_text(result.text, list(fixes.values()))
        except FixError as error:
            result.problems.append(
                Problem(file.document.name, 1, 1, Level.ERROR, FIX_RULE, error.message)
            )
            break
        current = reload(file, result.text)
        if current.document.data is None:
            break
    return result


def quote_values(text: str, quotes: list[Quote]) -> str:
    """`text` with each quoted value in double quotes; a FixError if ogpkit would then read
    anything differently."""
    if not quotes:
        return text
    edits = [
        TextFix(q.line, q.column, q.text, json.dumps(q.text, ensure_ascii=False)) for q in quotes
    ]
    quoted = apply_fixes(text, edits)
    if parse_yaml(quoted).data != parse_yaml(text).data:
        raise FixError(
            msg(
                "The automatic fix would change more than the fixed values; make the change by hand"
            )
        )
    return quoted


def diff(fix: FileFix) -> str:
    old_name = fix.file.document.name
    new_name = old_name.rsplit("/", 1)[0] + "/" + fix.rename if fix.rename else old_name
    lines = difflib.unified_diff(
        fix.file.document.text.splitlines(keepends=True),
        fix.text.splitlines(keepends=True),
        fromfile=f"a/{old_name}",
        tofile=f"b/{new_name}",
    )
    header = f"rename from {old_name}\nrename to {new_name}\n" if fix.rename else ""
    return header + "".join(lines)


def write(fix: FileFix) -> list[Problem]:
    """Write the fixed text atomically, then rename; problems say what could not be done."""
    try:
        return _write(fix)
    except atomic.ReadOnlyError as error:
        reason = msg(
            "{path} is read-only; make it writable (chmod u+w) to fix it, or make the change by hand",
            path=str(error.filename),
        )
    except OSError as error:
        reason = msg(
            "The fixed file cannot be written ({reason}); the file is unchanged",
            reason=error.strerror or str(error),
        )
    return [Problem(fix.file.document.name, 1, 1, Level.ERROR, FIX_RULE, reason)]


def _write(fix: FileFix) -> list[Problem]:
    path = fix.file.document.path
    if fix.text != fix.file.document.text:
        bom = codecs.BOM_UTF8 if path.read_bytes().startswith(codecs.BOM_UTF8) else b""
        atomic.write_bytes(path, bom + fix.text.encode("utf-8"))
    if fix.rename is None:
        return []
    target = path.with_name(fix.rename)
    if target.exists():
        return [
            Problem(
                fix.file.document.name,
                1,
                1,
                Level.ERROR,
                FIX_RULE,
                msg(
                    "The file cannot be renamed to {name!r}: a file of that name exists",
                    name=fix.rename,
                ),
            )
        ]
    os.rename(path, target)
    return []
