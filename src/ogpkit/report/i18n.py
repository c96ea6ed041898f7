"""Translation of messages with gettext catalogues (compiled from `locale/*/LC_MESSAGES/*.po`).

Every `.mo` file of a language is loaded, so each feature may keep its own catalogue
(domain) and the messages of all of them are found.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

LOCALE = Path(__file__).resolve().parent.parent / "locale"
DEFAULT_LANG = "zh-TW"
LANGUAGES = ("zh-TW", "en")


def normalize_lang(lang: str) -> str:
    cleaned = lang.strip().replace("_", "-").lower()
    if cleaned.startswith("zh"):
        return "zh-TW"
    if cleaned.startswith("en"):
        return "en"
    return lang


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    # The package's own folder, not importlib.resources: ogpkit is installed as files, and
    # importlib.resources loads zipfile and its readers on every run.
    folder = LOCALE / lang.replace("-", "_") / "LC_MESSAGES"
    chain: gettext.NullTranslations = gettext.NullTranslations()
    if folder.is_dir():
        for entry in sorted(folder.iterdir(), key=lambda e: e.name, reverse=True):
            if entry.name.endswith(".mo"):
                with entry.open("rb") as stream:
                    translations = gettext.GNUTranslations(stream)
                translations.add_fallback(chain)
                chain = translations
    return chain


def gettext_for(lang: str) -> gettext.NullTranslations:
    return catalogue(normalize_lang(lang))
