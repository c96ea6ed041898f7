from __future__ import annotations

import pytest

from tests.outputs.render import chromium


def test_missing_chromium_skips_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chromium, "CHROMIUM_NAMES", ("/nonexistent/chromium",))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed"):
        chromium.chromium()


def test_missing_chromium_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chromium, "CHROMIUM_NAMES", ("/nonexistent/chromium",))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(
        pytest.fail.Exception, match=r"Chromium is not installed.*CI must run this test"
    ):
        chromium.chromium()
