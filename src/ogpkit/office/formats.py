"""The office output formats: name → writer. The render command's format table takes these."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ogpkit.compiled import CompiledPlan
from ogpkit.office.docx_writer import write_docx
from ogpkit.office.odt_writer import write_odt

Writer = Callable[[CompiledPlan, Path, str, str], None]
OFFICE_WRITERS: dict[str, Writer] = {"docx": write_docx, "odt": write_odt}
