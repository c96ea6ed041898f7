from __future__ import annotations

import json

from tests.conftest import CLI


def test_bundled_plan_is_valid(cli: CLI) -> None:
    result = cli("validate", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["problems"] == []
