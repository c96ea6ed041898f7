"""`ogpkit translations export` and `import`, and the glossary and key rules, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from ogpkit.plan.translation import english, sources
from ogpkit.source.yaml_reader import parse_yaml
from tests.conftest import CLI

FILE = "commitments/1-3-decision-making-transparency.yaml"


def data(plan_dir: Path, name: str = FILE) -> dict[str, object]:
    parsed = parse_yaml((plan_dir / name).read_text(encoding="utf-8")).data
    assert isinstance(parsed, dict)
    return parsed


def translate_all(xliff: str) -> str:
    """Every empty target of an XLIFF 2.0 file filled with 'EN: ' and the source's length."""
    from translate.storage.xliff2 import Xliff2File

    store: Any = cast(Any, Xliff2File).parsestring(xliff.encode("utf-8"))
    for unit in store.units:
        unit.target = f"EN {len(unit.source)}" + ("\nsecond line" if "\n" in unit.source else "")
    return bytes(store).decode("utf-8")


def test_export_writes_xliff_2_with_locations_notes_and_glossary(cli: CLI, plan_dir: Path) -> None:
    result = cli("translations", "export", "--format", "xliff", "-o", "out.xlf", "--lang", "en")
    assert result.exit_code == 0, result.output
    text = (plan_dir / "out.xlf").read_text(encoding="utf-8")
    assert 'version="2.0"' in text or "version='2.0'" in text
    assert 'srcLang="zh-TW"' in text
    assert 'trgLang="en"' in text
    assert f"{FILE}#problem" in text
    assert "Glossary: 開放政府 → open government" in text
    assert "1-1-government-procurement.yaml#title<" not in text  # translated, current


def test_import_writes_english_losslessly(cli: CLI, plan_dir: Path) -> None:
    before = (plan_dir / FILE).read_text(encoding="utf-8")
    other = (plan_dir / "commitments/4-1-rural-broadband-access.yaml").read_bytes()
    cli("translations", "export", "-o", "out.xlf")
    (plan_dir / "out.xlf").write_text(
        translate_all((plan_dir / "out.xlf").read_text(encoding="utf-8")), encoding="utf-8"
    )
    result = cli("translations", "import", "out.xlf", "--lang", "en")
    assert result.exit_code == 0, result.output
    after = (plan_dir / FILE).read_text(encoding="utf-8")
    assert after.startswith(before)  # comments and every existing byte kept
    translated = english(data(plan_dir))
    chinese = sources(data(plan_dir))
    assert set(translated) == set(chinese)
    assert translated["title"] == f"EN {len(chinese['title'])}"
    assert translated["problem"] == f"EN {len(chinese['problem'])}\nsecond line\n"
    assert cli("validate").exit_code == 0
    listed = json.loads(cli("translations", "-f", "json").output)
    assert listed["totals"]["missing"] == 0
    assert (plan_dir / "commitments/4-1-rural-broadband-access.yaml").read_bytes() != other


def test_import_into_an_existing_english_block_keeps_its_layout(cli: CLI, plan_dir: Path) -> None:
    name = "commitments/1-1-government-procurement.yaml"
    before = (plan_dir / name).read_text(encoding="utf-8")
    cli("translations", "export", "--format", "po", "-o", "out.po")
    from translate.storage.pypo import pofile

    store: Any = cast(Any, pofile).parsestring((plan_dir / "out.po").read_bytes())
    for unit in store.units:
        if not unit.isheader() and unit.getcontext() == f"{name}#contribution":
            unit.target = "How it helps."
    (plan_dir / "out.po").write_bytes(bytes(store))
    result = cli("translations", "import", "out.po", "--lang", "en")
    assert result.exit_code == 0, result.output
    after = (plan_dir / name).read_text(encoding="utf-8")
    assert after == before + "  contribution: How it helps.\n"


def test_import_refuses_a_source_changed_since_the_export(cli: CLI, plan_dir: Path) -> None:
    cli("translations", "export", "-o", "out.xlf")
    (plan_dir / "out.xlf").write_text(
        translate_all((plan_dir / "out.xlf").read_text(encoding="utf-8")), encoding="utf-8"
    )
    path = plan_dir / FILE
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: 新", 1), "utf-8")
    before = {p: p.read_bytes() for p in (plan_dir / "commitments").iterdir()}
    result = cli("translations", "import", "out.xlf", "--lang", "en")
    assert result.exit_code == 1
    assert f"{FILE}#title: the Chinese changed since the export" in result.output
    assert {p: p.read_bytes() for p in (plan_dir / "commitments").iterdir()} == before


def test_import_of_a_file_that_is_not_xliff_is_a_usage_error(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "bad.xlf").write_text("<not-xliff", encoding="utf-8")
    result = cli("translations", "import", "bad.xlf", "--lang", "en")
    assert result.exit_code == 2
    assert "cannot be read as an XLIFF 2.0 or PO file" in result.output


def test_glossary_and_unknown_keys_are_reported(cli: CLI, plan_dir: Path) -> None:
    path = plan_dir / FILE
    path.write_text(
        path.read_text(encoding="utf-8")
        + "en:\n  title: Transparent decisions at every level\n  titel: typo\n",
        encoding="utf-8",
    )
    title = data(plan_dir)["title"]
    assert isinstance(title, str)
    path.write_text(
        path.read_text(encoding="utf-8").replace(f"title: {title}", "title: 開放政府決策透明", 1),
        encoding="utf-8",
    )
    result = cli("validate", "--lang", "en")
    assert result.exit_code == 1
    assert "its English should use 'open government'  (translation-glossary)" in result.output
    assert (
        "en: titel names no Chinese text of this commitment; did you mean title?" in result.output
    )
