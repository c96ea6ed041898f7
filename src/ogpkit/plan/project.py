"""The project on disk: its root (the folder of `plan.yaml`), the plan, the commitment files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ogpkit.errors import ConfigError
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.consultation import RoundFile, load_rounds
from ogpkit.plan.forum import ForumFile, load_forum
from ogpkit.plan.manifest import check_plan
from ogpkit.plan.model import Commitment, Plan
from ogpkit.plan.shape import validate_shape
from ogpkit.report.message import msg
from ogpkit.report.problem import Problem
from ogpkit.source.document import Document, is_outside, load_document

PLAN_FILE = "plan.yaml"
COMMITMENTS_DIR = "commitments"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class CommitmentFile:
    """One commitment file: its document, and its model when the shape is right."""

    document: Document
    model: Commitment | None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Project:
    root: Path
    plan: Plan
    plan_document: Document
    files: list[CommitmentFile]
    refused: list[Problem] = field(default_factory=list)
    rounds: list[RoundFile] = field(default_factory=list)
    forum: ForumFile | None = None

    @cached_property
    def registry(self) -> AgencyRegistry:
        return AgencyRegistry(self.plan.agencies, self.plan.agency_groups)

    @property
    def commitments(self) -> list[Commitment]:
        return [f.model for f in self.files if f.model is not None]


def find_root(start: Path) -> Path:
    """The nearest folder from `start` upwards that holds `plan.yaml`."""
    folder = start.resolve()
    if folder.is_file():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        if (candidate / PLAN_FILE).is_file():
            return candidate
    raise ConfigError(
        msg(
            "No {plan} found in {folder} or any folder above it; run ogpkit inside a plan repository",
            plan=PLAN_FILE,
            folder=str(folder),
        )
    )


def load_plan(root: Path) -> tuple[Plan, Document]:
    """The plan manifest; a ConfigError that lists its problems when it cannot be used."""
    document = load_document(root / PLAN_FILE, root)
    plan, problems = validate_shape(document, Plan)
    problems = document.problems + problems
    if plan is None or problems:
        raise ConfigError(msg("{plan} has problems; fix them first", plan=PLAN_FILE), problems)
    plan_problems = check_plan(plan, document)
    if plan_problems:
        raise ConfigError(msg("{plan} has problems; fix them first", plan=PLAN_FILE), plan_problems)
    return plan, document


def commitment_paths(root: Path) -> Iterator[Path]:
    """Every YAML file under `commitments/`, in a stable order; symbolic links not followed.

    A folder that leads outside the repository (`commitments/` itself included) is yielded
    as it is, unread, for `load_commitment` to refuse.
    """
    top = root / COMMITMENTS_DIR
    if top.is_symlink() and is_outside(top, root):
        yield top
        return
    for folder, subfolders, names in os.walk(root / COMMITMENTS_DIR):
        subfolders.sort()
        for name in sorted(names):
            if name.endswith(YAML_SUFFIXES):
                yield Path(folder) / name
        for name in subfolders:
            link = Path(folder) / name
            if link.is_symlink() and is_outside(link, root):
                yield link


def load_commitment(path: Path, root: Path) -> CommitmentFile:
    if path.is_dir():
        document = Document(path, path.relative_to(root).as_posix())
        document.file_problem(
            "file-symlink",
            msg("This folder is a symbolic link to a place outside the repository; it is not read"),
        )
        return CommitmentFile(document, None, list(document.problems))
    document = load_document(path, root)
    model, problems = validate_shape(document, Commitment)
    return CommitmentFile(document, model, document.problems + problems)


def load_project(root: Path) -> Project:
    plan, plan_document = load_plan(root)
    files = [load_commitment(path, root) for path in commitment_paths(root)]
    return Project(
        root, plan, plan_document, files, rounds=load_rounds(root), forum=load_forum(root)
    )
