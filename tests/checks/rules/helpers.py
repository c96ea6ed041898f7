"""Table tests of rules: a commitment made of chunks of YAML text, linted by one rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ogpkit.checks.lint import contexts, run_rules
from ogpkit.checks.lint_config import LintConfig, RuleSetting
from ogpkit.checks.rules import RULES_BY_ID
from ogpkit.plan.project import load_project
from tests.conftest import copy_plan

BASE = {
    "id": "id: 1-1",
    "title": "title: 政府採購資訊公開",
    "theme": 'theme: "1"',
    "lead_agencies": "lead_agencies:\n  - 行政院公共工程委員會",
    "problem": "problem: 政府採購金額龐大，但決標資料分散於各機關網站，格式不一，民眾與媒體難以比較與監督，也不易發現圍標或綁標等異常情形。",
    "commitment": "commitment: 擴大公開政府採購決標資料，以開放資料格式提供下載，並建置查詢介面，讓民眾可依機關、廠商及金額查詢比較。",
    "contribution": "contribution: 公開且可比較的採購資料讓社會大眾與媒體能監督採購過程，及早發現異常，提升政府採購的公正性與民眾的信任。",
    "ogp_values": "ogp_values:\n  transparency: 公開各機關採購決標資料，民眾可下載查詢及比較。",
    "milestones": "milestones:\n  - indicator: 110年6月前公開採購決標資料集20項\n    start: 109-05\n    end: 110-06",
    "contact": "contact:\n  name: 王小明\n  email: ogp@pcc.gov.tw\n  phone: 02-2345-6789",
}


def commitment_text(**chunks: str) -> str:
    """The base commitment with some top-level chunks replaced (or added)."""
    merged = {**BASE, **chunks}
    return "\n".join(chunk for chunk in merged.values() if chunk) + "\n"


def make_plan(
    tmp_path: Path, files: dict[str, str], *, plan_replace: tuple[str, str] | None = None
) -> Path:
    root = copy_plan(tmp_path / "plan")
    for path in (root / "commitments").glob("*.yaml"):
        path.unlink()
    for name, text in files.items():
        (root / "commitments" / name).write_text(text, encoding="utf-8")
    if plan_replace:
        plan = root / "plan.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace(*plan_replace), encoding="utf-8")
    return root


def positions(
    tmp_path: Path,
    rule_id: str,
    text: str | dict[str, str],
    options: dict[str, Any] | None = None,
    *,
    name: str = "1-1.yaml",
    plan_replace: tuple[str, str] | None = None,
) -> list[tuple[int, int]]:
    """Where `rule_id` (alone, with `options`) reports problems: sorted (line, column) pairs."""
    files = text if isinstance(text, dict) else {name: text}
    root = make_plan(tmp_path, files, plan_replace=plan_replace)
    project = load_project(root)
    for file in project.files:
        assert file.model is not None, [str(p.message) for p in file.problems]
    rule = RULES_BY_ID[rule_id]
    config = LintConfig(
        (RuleSetting(rule, rule.level, rule.options.model_validate(options or {})),)
    )
    found = run_rules(contexts(project), config)
    assert all(r.problem.rule == rule_id for r in found)
    return sorted((r.problem.line, r.problem.column) for r in found)
