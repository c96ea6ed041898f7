"""The JSON Schema accepts what `ogpkit validate` accepts and rejects what it rejects, where
JSON Schema can say it: every date spelling, ids, themes, agencies, SDG targets, e-mail.

A table of real files: each row changes one value of a bundled commitment, then runs both
`ogpkit validate` and check-jsonschema with the plan's `schema/commitment.schema.json`."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from ogpkit.plan.date_pattern import DATE_PATTERN
from ogpkit.plan.dates import parse_date
from tests.cli.test_portable import check_jsonschema
from tests.conftest import CLI, REPO, copy_plan
from tests.plan.test_agency_groups import LED, SUPPORTED, with_groups

FILE = "commitments/1-1-government-procurement.yaml"
SUBMITTED = "submitted: 109-01-10"
# (the line as written in the bundled file, the line written instead, validate accepts it)
CASES = [
    (SUBMITTED, "submitted: 109/1/10", True),
    (SUBMITTED, "submitted: 109.01.10", True),
    (SUBMITTED, "submitted: 109年1月10日", True),
    (SUBMITTED, "submitted: 民國109年1月10日", True),
    (SUBMITTED, "submitted: 中華民國 109 年 1 月 10 號", True),
    (SUBMITTED, 'submitted: "2020-01-10"', True),
    (SUBMITTED, "submitted: １０９年１月１０日", True),
    (SUBMITTED, "submitted: １０９－０１－１０", True),
    (SUBMITTED, "submitted: 108-12", True),
    (SUBMITTED, "submitted: 108年12月", True),
    (SUBMITTED, 'submitted: "108.10"', True),
    (SUBMITTED, "submitted: 108.13", False),
    (SUBMITTED, 'submitted: "110.13"', False),
    (SUBMITTED, "submitted: 111年13月", False),
    (SUBMITTED, "submitted: 109-02-30", False),
    (SUBMITTED, "submitted: 110-02-29", False),
    (SUBMITTED, "submitted: 108-04-31", False),
    (SUBMITTED, "submitted: 109-00-10", False),
    (SUBMITTED, "submitted: 109-01-00", False),
    (SUBMITTED, "submitted: 0-01-10", False),
    (SUBMITTED, 'submitted: "1911-01-10"', False),
    (SUBMITTED, "submitted: 109年1月10", False),
    (SUBMITTED, "submitted: 109-01-10-01", False),
    (SUBMITTED, "submitted: 不久前", False),
    ('theme: "1"', 'theme: "2"', True),
    ('theme: "1"', 'theme: "9"', False),
    ('theme: "1"', "theme: open data", False),
    ("  - 行政院公共工程委員會", "  - 工程會", True),
    ("  - 行政院公共工程委員會", "  - 公共工程部", False),
    ('sdgs: ["12.7", "16.5", "16.6"]', 'sdgs: ["12.7", "16.10", "5.c"]', True),
    ('sdgs: ["12.7", "16.5", "16.6"]', 'sdgs: ["12.7", "1610"]', False),
    ('sdgs: ["12.7", "16.5", "16.6"]', 'sdgs: ["12.7", "16.1.2"]', False),
    ("id: 1-1", "id: 1-1 採購", False),
    (
        "  title: Open government",
        "  milestones.3.updates.2.done: x\n  title: Open government",
        True,
    ),
    ("  title: Open government", "  milestones.0.indicator: x\n  title: Open government", False),
    ("  title: Open government", "  milestone.1.indicator: x\n  title: Open government", False),
    ("  title: Open government", "  contact.name: x\n  title: Open government", False),
    ("email: ogp-example@pcc.gov.tw", "email: ogp.example+plan@pcc.gov.tw", True),
    ("email: ogp-example@pcc.gov.tw", "email: ogp-example@pcc", False),
    ("email: ogp-example@pcc.gov.tw", "email: ogp-example pcc.gov.tw", False),
    ("email: ogp-example@pcc.gov.tw", "email: ogp@example@pcc.gov.tw", False),
]


def variant(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


@pytest.fixture(scope="module")
def schema_rejects(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The rows whose file check-jsonschema rejects, checked in one run."""
    folder = copy_plan(tmp_path_factory.mktemp("variants"))
    text = (folder / FILE).read_text(encoding="utf-8")
    for number, (old, new, _) in enumerate(CASES):
        (folder / "commitments" / f"variant-{number}.yaml").write_text(
            variant(text, old, new), encoding="utf-8"
        )
    (folder / FILE).unlink()
    result = check_jsonschema(folder, "--output-format", "json")
    report = json.loads(result.stdout)
    assert not report["parse_errors"], report
    return {Path(error["filename"]).name for error in report["errors"]}


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[1] for c in CASES])
def test_schema_and_validate_agree(
    cli: CLI, plan_dir: Path, schema_rejects: set[str], number: int
) -> None:
    old, new, accepted = CASES[number]
    path = plan_dir / FILE
    path.write_text(variant(path.read_text(encoding="utf-8"), old, new), encoding="utf-8")
    validated = cli("validate", FILE)
    assert validated.exit_code == (0 if accepted else 1), validated.output
    assert (f"variant-{number}.yaml" not in schema_rejects) is accepted


def test_schema_and_validate_agree_on_the_plans_agency_groups(cli: CLI, plan_dir: Path) -> None:
    """A group (各機關, 地方政府) may lead or support a commitment, but is no milestone's agency."""
    with_groups(plan_dir)
    assert cli("schema").exit_code == 0
    assert cli("validate", LED, SUPPORTED).exit_code == 0
    accepted = check_jsonschema(plan_dir)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    path = plan_dir / SUPPORTED
    text = path.read_text(encoding="utf-8")
    path.write_text(
        variant(text, "    start: 109-05\n", "    start: 109-05\n    agency: 各機關\n"), "utf-8"
    )
    assert cli("validate", SUPPORTED).exit_code == 1
    rejected = check_jsonschema(plan_dir, "--output-format", "json")
    errors = json.loads(rejected.stdout)["errors"]
    assert {Path(error["filename"]).name for error in errors} == {Path(SUPPORTED).name}


def test_the_date_pattern_accepts_exactly_what_parse_date_does() -> None:
    pattern = re.compile(DATE_PATTERN)
    spellings = [
        "{y}-{m}-{d}",
        "{y}/{m}/{d}",
        "{y}.{m}.{d}",
        "{y}年{m}月{d}日",
        "{y}-{m}",
        "{y}年{m}月",
    ]
    day = date(1911, 12, 1)
    samples: list[str] = []
    while day < date(2112, 3, 31):
        for roc, greg in ((day.year - 1911, day.year),):
            for form in spellings:
                samples.append(form.format(y=roc, m=day.month, d=day.day))
                samples.append(form.format(y=greg, m=f"{day.month:02d}", d=f"{day.day:02d}"))
        day += timedelta(days=13)
    samples += [
        f"{y}-{m}-{d}"
        for y in ("0", "00", "089", "189", "489")
        for m in ("2", "02", "13", "0")
        for d in ("29", "30", "0", "32")
    ]
    for text in samples:
        try:
            parse_date(text)
            valid = True
        except ValueError:
            valid = False
        assert (pattern.fullmatch(text) is not None) is valid, text


def test_the_schema_completes_the_plans_themes_and_agencies() -> None:
    schema = json.loads((REPO / "schema" / "commitment.schema.json").read_text(encoding="utf-8"))
    assert schema["$id"].startswith("https://raw.githubusercontent.com/ogpkit/ogpkit/main/")
    themes = schema["properties"]["theme"]["anyOf"]
    assert {"const": "1", "description": "公開及透明（Openness and transparency）"} in themes
    agencies = schema["properties"]["lead_agencies"]["items"]["anyOf"]
    assert {"const": "工程會", "description": "行政院公共工程委員會的簡稱"} in agencies
    names = [choice["const"] for choice in agencies]
    assert "行政院公共工程委員會" in names
    assert len(names) == len(set(names))
    milestone_agency = schema["$defs"]["Milestone"]["properties"]["agency"]["anyOf"][0]
    assert milestone_agency["anyOf"] == agencies  # the bundled plan declares no group
