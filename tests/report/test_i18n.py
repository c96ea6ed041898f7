from __future__ import annotations

import subprocess
import sys

from ogpkit.report.i18n import normalize_lang
from ogpkit.report.message import msg, translate
from tests.conftest import REPO


def test_every_message_is_translated_and_the_catalogue_compiled() -> None:
    run = subprocess.run(
        [sys.executable, str(REPO / "tools" / "messages.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_message_in_both_languages() -> None:
    message = msg(
        "Unknown key {key!r}; did you mean {suggestion!r}?", key="thme", suggestion="theme"
    )
    assert translate(message, "en") == "Unknown key 'thme'; did you mean 'theme'?"
    assert translate(message, "zh-TW") == "不認識的欄位「thme」；您是不是要寫「theme」？"


def test_language_names_are_normalized() -> None:
    assert normalize_lang("zh_TW") == "zh-TW"
    assert normalize_lang("EN-us") == "en"
