"""A built site of the bundled plan in a real Git repository, shared by the site's tests."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ogpkit.cli.app import app
from tests.conftest import REPO, copy_plan
from tests.gitrepo import commit, init

TODAY = "113-07-15"


def with_record(plan: Path) -> Path:
    """The bundled plan with its consultation rounds, forum and the forum's documents."""
    shutil.copytree(REPO / "consultation", plan / "consultation")
    shutil.copy(REPO / "forum.yaml", plan / "forum.yaml")
    shutil.copytree(REPO / "docs" / "forum", plan / "docs" / "forum")
    return plan


def build(plan: Path, *extra: str) -> Path:
    result = CliRunner().invoke(app, ["site", "--root", str(plan), "--today", TODAY, *extra])
    assert result.exit_code == 0, result.output
    return plan / "build" / "site"


def index_of(edition: Path) -> dict[str, tuple[str, str]]:
    script = (edition / "search-index.js").read_text(encoding="utf-8")
    assert script.startswith("window.ogpkitSearchIndex = ")
    data = json.loads(script.removeprefix("window.ogpkitSearchIndex = ").rstrip().rstrip(";"))
    return {href: (title, text) for href, title, text in data["pages"]}


@pytest.fixture(scope="session")
def plan_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled plan (with its co-creation record) committed on two dates; the second
    commit changes 1-1."""
    repo = init(with_record(copy_plan(tmp_path_factory.mktemp("site") / "plan")))
    commit(repo, "2024-06-03T10:00:00+08:00", "各部會提出承諾事項")
    target = next((repo / "commitments").glob("1-1*.yaml"))
    target.write_text(
        target.read_text(encoding="utf-8").replace("新增3項欄位", "新增4項欄位", 1),
        encoding="utf-8",
    )
    commit(repo, "2024-06-28T09:00:00+08:00", "1-1 第一項衡量指標改為新增4項欄位")
    return repo


@pytest.fixture(scope="session")
def site(plan_repo: Path) -> Path:
    return build(plan_repo)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def served(site: Path) -> Iterator[str]:
    """The site served under a sub-path, as GitHub Pages serves a project: http://…/repo/."""
    parent = site.parent
    (parent / "repo").symlink_to(site, target_is_directory=True)
    handler = functools.partial(QuietHandler, directory=str(parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/repo/"
    finally:
        server.shutdown()
        server.server_close()
