from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ogpkit.authoring.scaffold import SCHEMA_LINE, commitment_yaml
from ogpkit.plan.model import Commitment
from ogpkit.source.document import load_document


def load(tmp_path: Path, text: str) -> dict[str, object]:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    document = load_document(path, tmp_path)
    assert document.problems == []
    assert document.data is not None
    return document.data


def test_every_field_of_the_template_is_written_under_its_guidance(tmp_path: Path) -> None:
    text = commitment_yaml({"id": "1-6", "theme": "1"})
    assert text.splitlines()[0] == SCHEMA_LINE
    for key in Commitment.model_fields:
        if key not in ("submitted", "late_acceptance", "results"):  # filled in later
            assert f"\n{key}:" in text
    assert "# ●描述承諾事項的內容、可預期的成果以及總目標。\ncommitment:\n" in text
    assert "  # ●落實承諾事項之預算\n  budget:\n" in text
    data = load(tmp_path, text)
    assert data["problem"] is None
    assert data["milestones"] == [{"indicator": None, "start": None, "end": None}]
    assert data["contact"] == {
        "name": None,
        "title": None,
        "department": None,
        "email": None,
        "phone": None,
    }


def test_values_come_back_as_written(tmp_path: Path) -> None:
    data = {
        "id": "2-4",
        "title": "a: b # c",
        "theme": "2",
        "problem": "第一行\n- 第二行\n",
        "lead_agencies": ["法務部"],
        "milestones": [{"indicator": "x", "start": "109.10", "end": "110-12"}],
        "additional_info": {"sdgs": ["16.10"]},
    }
    loaded = load(tmp_path, commitment_yaml(data))
    assert loaded["title"] == "a: b # c"
    assert loaded["theme"] == "2"
    assert loaded["problem"] == "第一行\n- 第二行\n"
    assert loaded["milestones"] == [{"indicator": "x", "start": "109.10", "end": "110-12"}]
    assert loaded["additional_info"]["sdgs"] == ["16.10"]  # type: ignore[index]


@settings(max_examples=60, deadline=None)
@example("\xa0")
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40))
def test_any_text_round_trips(text: str) -> None:
    import tempfile

    lines = f"{text}\n{text}"
    with tempfile.TemporaryDirectory() as folder:
        loaded = load(Path(folder), commitment_yaml({"title": text, "commitment": lines}))
    assert loaded["title"] == text
    assert loaded["commitment"] == lines + "\n"
