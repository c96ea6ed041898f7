"""The English edition: the project with every Chinese text replaced by its English.

Each commitment's texts are replaced by their `en:` entries (`ogpkit.plan.translation`);
a text without English keeps its Chinese, marked UNTRANSLATED, and is counted. Dates are
Gregorian (ISO). Theme, agency and timeline names come from their `name_en` in plan.yaml,
labels from `labels.py`, both when the render language is `en`. Every format then renders
the edition as it renders the Chinese plan.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

from pydantic import ValidationError

from ogpkit.plan.model import Commitment
from ogpkit.plan.project import CommitmentFile, Project
from ogpkit.plan.translation import english, path_of, set_at, sources

EDITIONS = ("zh-TW", "en")
UNTRANSLATED = "[Not yet translated]"


@dataclass(frozen=True)
class Edition:
    project: Project
    lang: str
    untranslated: int = 0


def marked(text: str) -> str:
    """A Chinese text shown in the English edition, marked as not translated."""
    return f"{UNTRANSLATED}\n\n{text}" if "\n" in text.strip() else f"{UNTRANSLATED} {text}"


def english_file(file: CommitmentFile) -> tuple[CommitmentFile, int]:
    """The file with its model in English, and how many of its texts have no English."""
    data = file.document.data
    if file.model is None or data is None:
        return file, 0
    translated = english(data)
    edited = copy.deepcopy(data)
    missing = 0
    for key, source in sources(data).items():
        text = translated.get(key)
        if text is None:
            missing += 1
        set_at(edited, path_of(key), text if text is not None else marked(source))
    try:
        model = Commitment.model_validate(edited)
    except ValidationError:
        return file, missing
    return CommitmentFile(file.document, model, file.problems), missing


def edition(project: Project, lang: str) -> Edition:
    """The project as the `lang` edition shows it (`zh-TW`: as written)."""
    if lang != "en":
        return Edition(project, lang)
    files = [english_file(file) for file in project.files]
    plan = project.plan.model_copy(update={"date_style": "iso"})
    english_project = replace(project, plan=plan, files=[f for f, _ in files])
    return Edition(english_project, lang, sum(count for _, count in files))
