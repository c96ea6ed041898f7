from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.outputs.render.jinja import RenderError, environment, render_template
from tests.conftest import CLI


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_undefined_name_is_an_error_with_template_and_line(tmp_path: Path) -> None:
    folder = write(tmp_path, "t.md.j2", "line one\n{{ plan.title }}\n{{ plan.nonexistent }}\n")
    with pytest.raises(RenderError) as caught:
        render_template(environment([folder]), "t.md.j2", {"plan": {"title": "x"}})
    text = str(caught.value.message)
    assert "t.md.j2" in text
    assert "line 3" in text


def test_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    folder = write(tmp_path, "t.md.j2", "ok\n\n{% for x in %}\n")
    with pytest.raises(RenderError) as caught:
        render_template(environment([folder]), "t.md.j2", {})
    assert "line 3" in str(caught.value.message)
    assert "t.md.j2" in str(caught.value.message)


def test_sandbox_refuses_unsafe_attribute(tmp_path: Path) -> None:
    folder = write(tmp_path, "t.md.j2", "{{ ''.__class__.__mro__ }}\n")
    with pytest.raises(RenderError):
        render_template(environment([folder]), "t.md.j2", {})


def test_html_templates_autoescape(tmp_path: Path) -> None:
    folder = write(tmp_path, "t.html.j2", "<p>{{ text }}</p>")
    assert (
        render_template(environment([folder]), "t.html.j2", {"text": "<b>"}) == "<p>&lt;b&gt;</p>"
    )


def test_templates_option_overrides_one_template_by_name(
    cli: CLI, plan_dir: Path, tmp_path: Path
) -> None:
    folder = write(tmp_path / "mine", "plan.md.j2", "# {{ plan.title }} (custom)\n")
    result = cli("render", "--templates", str(folder), "--today", "111-01-01")
    assert result.exit_code == 0, result.output
    assert (plan_dir / "build" / "plan.md").read_text(encoding="utf-8").endswith("(custom)\n")
    assert "<svg" in (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")


def test_plan_yaml_render_templates_overrides(cli: CLI, plan_dir: Path) -> None:
    write(plan_dir / "custom", "plan.md.j2", "{{ labels.contents }}\n")
    with (plan_dir / "plan.yaml").open("a", encoding="utf-8") as stream:
        stream.write("render:\n  templates: custom\n")
    result = cli("render", "--format", "md", "--today", "111-01-01")
    assert result.exit_code == 0, result.output
    assert (plan_dir / "build" / "plan.md").read_text(encoding="utf-8") == "目次\n"


def test_plan_yaml_render_templates_must_be_a_folder(cli: CLI, plan_dir: Path) -> None:
    with (plan_dir / "plan.yaml").open("a", encoding="utf-8") as stream:
        stream.write("render:\n  templates: missing\n")
    result = cli("render", "--lang", "en")
    assert result.exit_code == 2
    assert "plan.yaml" in result.output
    assert "render-templates" in result.output


def test_template_error_leaves_previous_output(cli: CLI, plan_dir: Path, tmp_path: Path) -> None:
    assert cli("render", "--today", "111-01-01").exit_code == 0
    before = {p.name: p.read_bytes() for p in (plan_dir / "build").iterdir()}
    folder = write(tmp_path / "broken", "plan.html.j2", "{{ plan.missing }}")
    result = cli("render", "--templates", str(folder), "--today", "112-01-01", "--lang", "en")
    assert result.exit_code == 2
    assert "plan.html.j2, line 1" in result.output
    after = {p.name: p.read_bytes() for p in (plan_dir / "build").iterdir()}
    assert after == before


def test_unknown_render_setting_is_reported_at_its_line(cli: CLI, plan_dir: Path) -> None:
    lines = (plan_dir / "plan.yaml").read_text(encoding="utf-8").count("\n")
    with (plan_dir / "plan.yaml").open("a", encoding="utf-8") as stream:
        stream.write("render:\n  templtes: custom\n")
    result = cli("render", "--lang", "en", "--format", "json")
    assert result.exit_code == 2
    assert f"{lines + 2}:3" in result.output
    assert "render-key" in result.output


def test_repository_templates_folder_overrides_the_packaged_copy(cli: CLI, plan_dir: Path) -> None:
    write(
        plan_dir / "templates",
        "plan.md.j2",
        "{{ plan.commitment_count }} {{ labels.commitments }}\n",
    )
    result = cli("render", "--format", "md,html", "--today", "111-01-01")
    assert result.exit_code == 0, result.output
    assert (plan_dir / "build" / "plan.md").read_text(encoding="utf-8") == "11 承諾事項\n"
    assert "<svg" in (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")
