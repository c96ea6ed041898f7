"""ogpkit as a package: `python -m build` makes a wheel and an sdist that `twine check` accepts,
the wheel installs into a fresh virtual environment with its templates, message catalogue
and schemas, and the installed `ogpkit` validates and renders a plan outside this repository.

The fresh environment installs the dependencies through pip's cache (only the package
registry is reached); the build runs without isolation, with this environment's setuptools.
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from tests.conftest import REPO, copy_plan


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done


def test_wheel_and_sdist_install_and_run_outside_the_repository(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(REPO))
    (wheel,) = dist.glob("ogpkit-*.whl")
    (sdist,) = dist.glob("ogpkit-*.tar.gz")
    run(sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist))

    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "ogpkit/locale/zh_TW/LC_MESSAGES/ogpkit.mo",
        "ogpkit/outputs/render/templates/plan.html.j2",
        "ogpkit/outputs/site/templates/site/page.html.j2",
        "ogpkit/outputs/site/templates/site/sections/commitment-text.html.j2",
        "ogpkit/data/plan-data.schema.json",
        "ogpkit/data/agencies.yaml",
        "ogpkit/authoring/init_files/workflow.yml",
    ):
        assert needed in names, needed

    fresh = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=True).create(fresh)
    python = str(fresh / "bin" / "python")
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel))
    ogpkit = str(fresh / "bin" / "ogpkit")
    version = run(ogpkit, "--version").stdout
    assert version.startswith("ogpkit ")
    assert wheel.name.split("-")[1] in version

    plan = copy_plan(tmp_path / "elsewhere" / "plan")
    run(ogpkit, "validate", "--today", "111-06-15", cwd=plan)
    english = run(ogpkit, "validate", "--lang", "en", cwd=plan / "commitments").stdout
    assert "No problems found" in english
    chinese = subprocess.run(
        [ogpkit, "validate", "--root", "missing"],
        cwd=plan,
        capture_output=True,
        text=True,
        check=False,
    )
    assert chinese.returncode == 2
    assert "plan.yaml" in chinese.stderr
    run(ogpkit, "render", "--today", "111-06-15", "--format", "md,html,json,csv,docx,odt", cwd=plan)
    assert "政府採購資訊公開" in (plan / "build" / "plan.html").read_text(encoding="utf-8")
    assert (plan / "build" / "plan.odt").stat().st_size > 1000
    run(ogpkit, "site", "--no-search", "--today", "111-06-15", cwd=plan)
    assert (plan / "build" / "site" / "commitments" / "1-1.html").is_file()
    run(ogpkit, "schema", "--check", cwd=plan)

    sdist_files = run("tar", "-tzf", str(sdist)).stdout
    for needed in (
        "src/ogpkit/outputs/site/templates/site/style.css",
        "src/ogpkit/locale/zh_TW/LC_MESSAGES/ogpkit.po",
        "CHANGELOG.md",
        "action.yml",
    ):
        assert needed in sdist_files, needed
