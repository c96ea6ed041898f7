from __future__ import annotations

from datetime import date

from ogpkit.outputs.render.labels import LABELS, labels_for
from ogpkit.outputs.render.view import plan_view
from ogpkit.plan.compiled import compile_plan
from ogpkit.plan.project import load_project
from tests.conftest import REPO

TODAY = date(2022, 6, 15)


def test_view_in_chinese_uses_full_names_and_roc_dates() -> None:
    project = load_project(REPO)
    view = plan_view(compile_plan(project), project.registry, "zh-TW", TODAY)
    first = view.themes[0].commitments[0]
    assert (first.id, first.start, first.end) == ("1-1", "109年5月", "113年5月")
    assert first.lead_agencies == ("行政院公共工程委員會",)
    assert view.today == "111年6月15日"
    assert first.milestones[0].status_label == "完成"


def test_view_in_english_uses_english_names() -> None:
    project = load_project(REPO)
    view = plan_view(compile_plan(project), project.registry, "en", TODAY)
    assert view.title.startswith("Taiwan Open Government")
    assert view.subtitle == "我國開放政府國家行動方案（109年至113年）"
    assert view.themes[0].name == "Openness and transparency"
    assert view.themes[0].commitments[0].lead_agencies == (
        "Public Construction Commission, Executive Yuan",
    )


def test_iterating_commitments_reports_progress() -> None:
    project = load_project(REPO)
    ticks: list[int] = []
    view = plan_view(compile_plan(project), project.registry, "en", TODAY, lambda: ticks.append(1))
    assert ticks == []
    for theme in view.themes:
        list(theme.commitments)
    assert len(ticks) == 11
    assert len(view.themes[0].commitments) == len(view.themes[0].entries) == 5


def test_every_label_in_both_languages() -> None:
    for key, (chinese, english) in LABELS.items():
        assert chinese, key
        assert english, key
    assert labels_for("en")["milestones"] == "Verifiable and measurable milestones"
    assert labels_for("zh-TW")["milestones"] == "可量化或驗證之衡量指標"
