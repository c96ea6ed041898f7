from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CLI

FILE = "commitments/3-2-gender-and-ethnic-inclusion.yaml"


def edit(plan_dir: Path, old: str, new: str, name: str = FILE) -> Path:
    path = plan_dir / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return path


def problems(output: str) -> list[tuple[str, int, str, str]]:
    return [(p["file"], p["line"], p["level"], p["rule"]) for p in json.loads(output)["problems"]]


def test_the_bundled_plan_lints_clean(cli: CLI) -> None:
    result = cli("lint", "--strict")
    assert result.exit_code == 0, result.output


def test_warnings_pass_unless_strict(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, "  - 行政院性別平等處", "  - 性平處")
    result = cli("lint", "--format", "json")
    assert result.exit_code == 0, result.output
    assert problems(result.stdout) == [(FILE, 10, "warning", "agency-canonical")]
    assert cli("lint", "--strict").exit_code == 1


def test_errors_fail_and_validate_reports_lint_problems_too(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, '["5.5", "10.2", "16.7"]', '["5.5", "10.2", "16.17"]')
    for command in ("lint", "validate"):
        result = cli(command, "--format", "json")
        assert result.exit_code == 1, result.output
        assert problems(result.stdout) == [(FILE, 33, "error", "sdg-target")]


def test_paths_select_files(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, '["5.5", "10.2", "16.7"]', '["5.5", "10.2", "16.17"]')
    result = cli("lint", "commitments/1-1-government-procurement.yaml")
    assert result.exit_code == 0, result.output


def test_text_output_in_chinese(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, "title: 促進性別", "title: 促進多元性別")
    result = cli("lint")
    assert "請依行動方案用語，將「多元性別」改為「性別」" in result.stdout
    assert "(terminology)" in result.stdout


def test_fix_rewrites_only_the_fixed_values_and_renames(cli: CLI, plan_dir: Path) -> None:
    path = edit(plan_dir, "title: 促進性別", "title: 促進多元性別")
    edit(plan_dir, "  - 原住民族委員會", "  - 原民會")
    edit(plan_dir, "    start: 110-07", "    start: 110年7月")
    edit(plan_dir, "id: 3-2", "id: 3-3")
    original = path.read_bytes()
    diff = cli("lint", "--diff")
    assert diff.exit_code == 1
    assert path.read_bytes() == original
    assert "-title: 促進多元性別" in diff.stdout
    assert "+title: 促進性別" in diff.stdout
    assert "rename to commitments/3-3-gender-and-ethnic-inclusion.yaml" in diff.stdout
    result = cli("lint", "--fix", "--strict")
    assert result.exit_code == 0, result.output
    assert "已修正 1 個檔案" in result.stderr
    assert not path.exists()
    renamed = plan_dir / "commitments/3-3-gender-and-ethnic-inclusion.yaml"
    expected = (
        original.decode()
        .replace("title: 促進多元性別", "title: 促進性別")
        .replace("  - 原民會", "  - 原住民族委員會")
        .replace("    start: 110年7月", "    start: 110-07")
    )
    assert renamed.read_text(encoding="utf-8") == expected
    assert cli("lint", "--diff").exit_code == 0


def test_a_rename_never_replaces_a_file(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, "id: 3-2", "id: 3-1")
    taken = plan_dir / "commitments/3-1-gender-and-ethnic-inclusion.yaml"
    taken.write_bytes(
        (plan_dir / "commitments/3-1-public-participation-mechanisms.yaml").read_bytes()
    )
    result = cli("lint", "--fix", "--format", "json")
    assert result.exit_code == 1
    assert ("commitments/3-2-gender-and-ethnic-inclusion.yaml", 1, "error", "lint-fix") in problems(
        result.stdout
    )
    assert (plan_dir / FILE).exists()


def test_a_bad_lint_setting_is_a_configuration_error(cli: CLI, plan_dir: Path) -> None:
    plan = plan_dir / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("  terminology:", "  terminolgy:"),
        encoding="utf-8",
    )
    for command in ("lint", "validate"):
        result = cli(command, "--format", "json", "--lang", "en")
        assert result.exit_code == 2
        found = json.loads(result.stdout)["problems"]
        assert found[0]["file"] == "plan.yaml"
        assert "did you mean 'terminology'?" in found[0]["message"]


def test_an_unknown_rule_in_a_suppression_comment_is_a_configuration_error(
    cli: CLI, plan_dir: Path
) -> None:
    path = plan_dir / "commitments" / "1-1-government-procurement.yaml"
    text = path.read_text(encoding="utf-8").replace(
        'theme: "1"\n', 'theme: "1"  # ogpkit: disable=date-styel\n', 1
    )
    path.write_text(text, encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "date-styel" in t)
    for command in ("lint", "validate"):
        result = cli(command, "--format", "json", "--lang", "en")
        assert result.exit_code == 2
        (found,) = json.loads(result.stdout)["problems"]
        assert (found["file"], found["line"], found["rule"]) == (
            "commitments/1-1-government-procurement.yaml",
            line,
            "lint-suppression",
        )
        assert "did you mean 'date-style'?" in found["message"]
        assert "suppression comment" in result.stderr


def test_files_that_cannot_be_read_are_reported_by_lint(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "commitments/9-9.yaml").write_text("id: 9-9\ntitle: [\n", encoding="utf-8")
    result = cli("lint", "--format", "json")
    assert result.exit_code == 1
    assert [p[0] for p in problems(result.stdout)] == ["commitments/9-9.yaml"]


def test_fix_keeps_a_byte_order_mark_and_touches_only_the_named_files(
    cli: CLI, plan_dir: Path
) -> None:
    path = edit(plan_dir, "  - 原住民族委員會", "  - 原民會")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    other = edit(
        plan_dir, "start: 109-05", "start: 109年5月", "commitments/1-1-government-procurement.yaml"
    )
    untouched = other.read_bytes()
    result = cli("lint", "--fix", FILE)
    assert result.exit_code == 0, result.output
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "  - 原住民族委員會" in path.read_text(encoding="utf-8-sig")
    assert other.read_bytes() == untouched


def test_github_and_sarif_formats(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, '["5.5", "10.2", "16.7"]', '["5.5", "10.2", "16.17"]')
    github = cli("lint", "--format", "github")
    assert github.exit_code == 1
    assert github.stdout.startswith(f"::error file={FILE},line=33,col=25,title=sdg-target::")
    sarif = json.loads(cli("lint", "--format", "sarif").stdout)
    result = sarif["runs"][0]["results"][0]
    assert result["ruleId"] == "sdg-target"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 33
