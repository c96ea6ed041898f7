"""plan.json's writer is json.dumps(indent=2) byte for byte, only faster."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from ogpkit.outputs.render.opendata import json_bytes

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text())
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(data=st.dictionaries(st.text(), VALUES, max_size=5))
def test_the_same_bytes_as_json_dumps(data: dict[str, Any]) -> None:
    assert json_bytes(data) == (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
