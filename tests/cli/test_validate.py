"""`ogpkit validate` through the CLI, on a copy of the bundled plan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CLI, REPO, copy_plan
from tests.samples import VALID, write


def problems(cli: CLI, *args: str) -> list[dict[str, Any]]:
    result = cli("validate", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["problems"]
    return found


def where(found: list[dict[str, Any]]) -> list[tuple[str, int, int, str]]:
    return [(p["file"], p["line"], p["column"], p["rule"]) for p in found]


def test_bundled_plan_is_valid(cli: CLI) -> None:
    result = cli("validate")
    assert result.exit_code == 0, result.output
    assert "沒有發現問題" in result.stdout


def test_a_valid_new_file_passes(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID)
    assert problems(cli) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("title: 測試承諾事項\n", ""), (2, 1, "required-key")),
        (('theme: "1"\n', 'them: "1"\n'), (4, 1, "unknown-key")),
        (("  end: 113-05\n", "  end: 109-02-30\n"), (7, 8, "date-format")),
        (("  end: 113-05\n", "  end: soon\n"), (7, 8, "date-format")),
        (("  - 法務部\n", "  - 法務部x\n"), (11, 5, "agency-known")),
        (('theme: "1"\n', 'theme: "9"\n'), (4, 8, "theme-known")),
        (("  end: 113-05\n", "  end: 114-05\n"), (7, 8, "period-inside")),
        (("    end: 110-06\n", "    end: 109-04\n"), (23, 10, "period-order")),
        (("    status: limited\n", "    status: done\n"), (24, 13, "value-type")),
        (("  - 國家發展委員會\n", "  國家發展委員會\n"), (9, 3, "value-type")),
        (
            ("  email: someone@ndc.gov.tw\n  phone: 02-2316-5300\n", ""),
            (25, 1, "contact-reachable"),
        ),
        (
            ("  transparency:", "  x-note: 擴充欄位\n  participation:\n  transparency2:"),
            (21, 3, "unknown-key"),
        ),
    ],
)
def test_each_problem_is_at_its_line_and_column(
    cli: CLI, plan_dir: Path, change: tuple[str, str], expected: tuple[int, int, str]
) -> None:
    old, new = change
    assert old in VALID
    write(plan_dir, "9-1.yaml", VALID.replace(old, new, 1))
    assert (("commitments/9-1.yaml", *expected)) in where(problems(cli))


def test_unknown_key_suggests_the_closest(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID.replace("theme:", "thme:"))
    found = problems(cli, "--lang", "en")
    assert "did you mean 'theme'?" in found[0]["message"]
    found = problems(cli)
    assert "您是不是要寫「theme」" in found[0]["message"]


def test_unknown_agency_suggests_the_registry_name(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID.replace("  - 法務部\n", "  - 法務布\n"))
    (found,) = problems(cli, "--lang", "en")
    assert (
        found["message"]
        == "'法務布' is not in the agency registry of plan.yaml; did you mean '法務部'?"
    )


def test_references_are_checked_even_when_another_key_is_wrong(cli: CLI, plan_dir: Path) -> None:
    text = VALID.replace("theme:", "thme:").replace("  - 法務部\n", "  - 法務布\n")
    write(plan_dir, "9-1.yaml", text.replace("  start: 109-05\n", "  start: 109-99\n", 1))
    assert where(problems(cli)) == [
        ("commitments/9-1.yaml", 4, 1, "unknown-key"),
        ("commitments/9-1.yaml", 6, 10, "date-format"),
        ("commitments/9-1.yaml", 11, 5, "agency-known"),
    ]


def test_agencies_by_short_name_and_alias_are_known(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID.replace("  - 國家發展委員會\n", "  - 國發會\n"))
    assert [p for p in problems(cli) if p["rule"] == "agency-known"] == []


def test_an_id_clash_names_both_files(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID)
    write(plan_dir, "sub/9-1-copy.yaml", VALID)
    clashes = [p for p in problems(cli, "--lang", "en") if p["rule"] == "id-unique"]
    assert {p["file"] for p in clashes} == {"commitments/9-1.yaml", "commitments/sub/9-1-copy.yaml"}
    assert "commitments/sub/9-1-copy.yaml:2" in clashes[0]["message"]


def test_month_spellings_and_unquoted_numbers(cli: CLI, plan_dir: Path) -> None:
    text = VALID.replace("  start: 109-05\n", "  start: 109.5\n", 1).replace(
        "  end: 113-05\n", "  end: １１３年５月\n", 1
    )
    text = text.replace("    end: 110-06\n", "    end: 109.10\n")
    text += "additional_info:\n  sdgs: [16.10, 16.7, 5.c]\n"
    write(plan_dir, "9-1.yaml", text)
    assert [(p["line"], p["rule"]) for p in problems(cli)] == [
        (6, "date-style"),
        (6, "yaml-portable"),  # 109.5 is a number to other readers
        (7, "date-style"),
        (23, "date-style"),
        (23, "yaml-portable"),
        (31, "yaml-portable"),  # 16.10
        (31, "yaml-portable"),  # 16.7
    ]


def test_not_an_sdg_target(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID + "additional_info:\n  sdgs: [sixteen]\n")
    assert where(problems(cli)) == [("commitments/9-1.yaml", 31, 10, "value-type")]


BAD_FILES: list[tuple[str, bytes, str, int]] = [
    ("dup.yaml", VALID.encode() + b"title: again\n", "yaml-duplicate-key", 30),
    ("tabs.yaml", b"id: 9-2\ncontact:\n\tname: x\n", "yaml-indent", 3),
    ("list.yaml", b"- a\n- b\n", "yaml-root", 1),
    ("scalar.yaml", b"just text\n", "yaml-root", 1),
    ("empty.yaml", b"", "yaml-root", 1),
    ("comments.yaml", b"# nothing here\n", "yaml-root", 1),
    ("two.yaml", VALID.encode() + b"---\nid: 9-3\n", "yaml-documents", 30),
    ("latin1.yaml", "title: café\n".encode("latin-1"), "file-encoding", 1),
    ("tag.yaml", b"id: !!python/object/apply:os.system ['touch /tmp/pwned']\n", "yaml-tag", 1),
    ("deep.yaml", b"a: " + b"[" * 10_000 + b"]" * 10_000 + b"\n", "yaml-depth", 1),
]


def test_bad_files_each_give_a_problem_and_the_others_are_still_checked(
    cli: CLI, plan_dir: Path
) -> None:
    for name, data, _, _ in BAD_FILES:
        (plan_dir / "commitments" / name).write_bytes(data)
    write(
        plan_dir,
        "9-9.yaml",
        VALID.replace("id: 9-1", "id: 9-9").replace('theme: "1"', 'theme: "8"'),
    )
    result = cli("validate", "--format", "json")
    assert result.exit_code == 1
    found = where(json.loads(result.stdout)["problems"])
    for name, _, rule, line in BAD_FILES:
        assert any(
            f == f"commitments/{name}" and r == rule and ln == line for f, ln, _, r in found
        ), name
    assert ("commitments/9-9.yaml", 4, 8, "theme-known") in found
    assert not Path("/tmp/pwned").exists()


def test_bom_and_crlf_are_accepted(cli: CLI, plan_dir: Path) -> None:
    data = b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode()
    (plan_dir / "commitments" / "9-1.yaml").write_bytes(data)
    assert problems(cli) == []
    (plan_dir / "commitments" / "9-1.yaml").write_bytes(data.replace(b"theme:", b"them:"))
    assert where(problems(cli)) == [("commitments/9-1.yaml", 4, 1, "unknown-key")]


def test_invalid_utf8_is_reported_at_its_line_and_column(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "commitments" / "9-1.yaml").write_bytes(b"\xef\xbb\xbfid: 9-1\ntitle: ab\xff\n")
    assert where(problems(cli)) == [("commitments/9-1.yaml", 2, 10, "file-encoding")]


def test_a_file_of_tens_of_megabytes_is_refused_quickly(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "commitments" / "huge.yaml").write_bytes(b"title: " + b"x" * 30_000_000 + b"\n")
    assert where(problems(cli)) == [("commitments/huge.yaml", 1, 1, "file-too-large")]


def test_a_yaml_11_directive_does_not_leak_into_other_files(cli: CLI, plan_dir: Path) -> None:
    second = VALID.replace("id: 9-1", "id: 9-0").replace("title: 測試", "title: 另一個")
    write(plan_dir, "9-0.yaml", "%YAML 1.1\n---\n" + second)
    write(plan_dir, "9-1.yaml", VALID.replace("  end: 110-06", "  end: 110.10"))
    assert [(p["file"], p["rule"]) for p in problems(cli)] == [
        ("commitments/9-1.yaml", "date-style"),
        ("commitments/9-1.yaml", "yaml-portable"),  # 110.10 is 110.1 to other readers
    ]


def test_a_symbolic_link_outside_the_repository_is_refused_unread(
    plan_dir: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "outside.fifo"
    os.mkfifo(fifo)  # reading it would block: the test proves the target is never opened
    (plan_dir / "commitments" / "link.yaml").symlink_to(fifo)
    outside_dir = tmp_path / "elsewhere"
    outside_dir.mkdir()
    (plan_dir / "commitments" / "linked-dir").symlink_to(outside_dir)
    run = subprocess.run(
        [sys.executable, "-m", "ogpkit", "validate", "--format", "json"],
        cwd=plan_dir,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 1, run.stderr
    found = where(json.loads(run.stdout)["problems"])
    assert found == [
        ("commitments/link.yaml", 1, 1, "file-symlink"),
        ("commitments/linked-dir", 1, 1, "file-symlink"),
    ]


def test_a_symbolic_link_inside_the_repository_is_read(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "drafts").mkdir()
    (plan_dir / "drafts" / "9-1.yaml").write_text(VALID, encoding="utf-8")
    (plan_dir / "commitments" / "9-1.yaml").symlink_to(plan_dir / "drafts" / "9-1.yaml")
    assert problems(cli) == []


def test_paths_limit_the_report_but_the_whole_plan_is_checked(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID.replace("id: 9-1", "id: 1-1"))
    found = problems(cli, "commitments/9-1.yaml")
    assert {p["file"] for p in found} == {"commitments/9-1.yaml"}
    assert [p["rule"] for p in found] == ["file-name-id", "id-unique"]


def test_github_format(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID.replace("theme:", "thme:"))
    result = cli("validate", "--format", "github", "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "::error file=commitments/9-1.yaml,line=4,col=1,title=unknown-key::"
        "Unknown key 'thme'; did you mean 'theme'?"
    ]


def test_sarif_format(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID.replace("theme:", "thme:"))
    result = cli("validate", "--format", "sarif")
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0"
    (finding,) = sarif["runs"][0]["results"]
    assert finding["ruleId"] == "unknown-key"
    location = finding["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "commitments/9-1.yaml"
    assert location["region"] == {"startLine": 4, "startColumn": 1}
    assert sarif["runs"][0]["tool"]["driver"]["rules"][finding["ruleIndex"]]["id"] == "unknown-key"


def test_text_format_groups_by_file_without_colour(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir, "9-1.yaml", VALID.replace("theme:", "thme:"))
    result = cli("validate", "--lang", "en")
    assert result.exit_code == 1
    assert "\x1b[" not in result.stdout
    lines = result.stdout.splitlines()
    assert lines[0] == "commitments/9-1.yaml"
    assert lines[1].split()[:2] == ["4:1", "error"]
    assert lines[1].endswith("(unknown-key)")
    assert lines[-1] == "1 error(s), 0 warning(s) in 1 file(s)"


def test_plan_locale_sets_the_language(cli: CLI, plan_dir: Path) -> None:
    plan = plan_dir / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("locale: zh-TW", "locale: en"), encoding="utf-8"
    )
    write(plan_dir, "9-1.yaml", VALID.replace("theme:", "thme:"))
    assert problems(cli)[0]["message"].startswith("Unknown key")
    assert problems(cli, "--lang", "zh-TW")[0]["message"].startswith("不認識的欄位")


def test_a_broken_plan_is_exit_2_with_its_own_line(cli: CLI, plan_dir: Path) -> None:
    plan = plan_dir / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("  end: 113-05", "  end: 113-13"), encoding="utf-8"
    )
    result = cli("validate", "--format", "json")
    assert result.exit_code == 2
    (found,) = json.loads(result.stdout)["problems"]
    assert (found["file"], found["rule"]) == ("plan.yaml", "date-format")
    assert found["line"] == next(
        i
        for i, line in enumerate(plan.read_text(encoding="utf-8").splitlines(), 1)
        if "113-13" in line
    )
    assert "plan.yaml" in result.stderr


def test_no_plan_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: CLI) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli("validate")
    assert result.exit_code == 2
    assert "plan.yaml" in result.stderr


def test_a_missing_path_is_exit_2(cli: CLI) -> None:
    result = cli("validate", "nowhere.yaml")
    assert result.exit_code == 2
    assert "nowhere.yaml" in result.stderr


def test_an_unknown_format_is_exit_2(cli: CLI) -> None:
    assert cli("validate", "--format", "xml").exit_code == 2


def test_the_installed_command_runs(plan_dir: Path) -> None:
    ogpkit = Path(sys.executable).parent / "ogpkit"
    run = subprocess.run(
        [str(ogpkit), "validate"], cwd=plan_dir, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_repository_itself_validates() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "ogpkit", "validate", "--root", str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_paths_keep_the_problems_of_the_whole_plan(tmp_path: Path) -> None:
    from tests.gitrepo import commit, git, plan_repository

    repo = plan_repository(tmp_path / "repo")
    commit(repo, "2020-01-09T10:00:00+08:00", "commitments")
    commit(repo, "2021-06-01T10:00:00+08:00", "later work")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--depth", "1", f"file://{repo}", str(clone))
    run = subprocess.run(
        [sys.executable, "-m", "ogpkit", "validate", "--format", "json", "commitments"],
        cwd=clone,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1, run.stderr
    found = json.loads(run.stdout)["problems"]
    assert [(p["file"], p["rule"]) for p in found] == [("plan.yaml", "submission-history")]


def test_validate_loads_neither_package_metadata_nor_resource_readers(tmp_path: Path) -> None:
    """What validate does not need is not loaded: importlib.metadata (pydantic's plugin loader,
    the version) and importlib.resources' readers cost a tenth of validating the bundled plan."""
    root = copy_plan(tmp_path / "plan")
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['ogpkit', 'validate', '--root', {str(root)!r}, '--today', '111-01-01']\n"
        "try:\n    runpy.run_module('ogpkit', run_name='__main__')\n"
        "except SystemExit as exit:\n    code = exit.code\n"
        "loaded = [m for m in sys.modules if m.startswith(('importlib.metadata', "
        "'importlib.readers', 'email', 'zipfile'))]\n"
        "print(code, loaded, file=sys.stderr)\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=environment
    )
    code, loaded = result.stderr.strip().splitlines()[-1].split(" ", 1)
    assert code in ("0", "1"), result.stderr
    assert loaded == "[]"
