"""The editions of the site: one folder a language, the first at the root.

Each edition is the whole site in one language under its own prefix; the language switch of
a page links to the same page in the other editions. The plan's locale is the first edition;
the English edition (`render.edition`: the `en:` texts) follows when a commitment has English.
"""

from __future__ import annotations

from dataclasses import dataclass

from ogpkit.plan.project import Project
from ogpkit.plan.translation import english


@dataclass(frozen=True)
class Edition:
    lang: str  # zh-TW or en
    folder: str  # "" for the first edition, else e.g. "en/"
    name: str  # the language's own name, for the switch


NAMES = {"zh-TW": "中文", "en": "English"}


def edition(lang: str, first: bool) -> Edition:
    return Edition(lang, "" if first else f"{lang.lower()}/", NAMES[lang])


def site_editions(project: Project, langs: tuple[str, ...] = ()) -> tuple[Edition, ...]:
    """The editions to build: `langs` when given (the first at the root), else the plan's
    locale, and English beside it when a commitment has English text."""
    chosen = langs or (project.plan.locale,)
    if not langs and "en" not in chosen and any(english(f.document.data) for f in project.files):
        chosen += ("en",)
    return tuple(edition(lang, index == 0) for index, lang in enumerate(chosen))
