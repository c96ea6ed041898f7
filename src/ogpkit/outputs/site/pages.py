"""The pages of one edition: home, a page a commitment, theme and agency, agencies, downloads, search.

Built from render's PlanView in the edition's language; each Page names its kind (the page
template, whose sections `sections.SECTIONS` lists) and carries its records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ogpkit.history.changes import Change
from ogpkit.outputs.render.records import PlanView
from ogpkit.outputs.render.revisions import day
from ogpkit.outputs.site.progress import milestone_history
from ogpkit.outputs.site.records import (
    AgencyPage,
    CommitmentPage,
    Download,
    Link,
    Page,
    Revision,
    StatusRow,
)
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.base import STATUSES
from ogpkit.plan.compiled import CompiledPlan
from ogpkit.plan.model import Agency


class SiteInputs:
    """Everything one edition's pages are made from."""

    def __init__(
        self,
        compiled: CompiledPlan,
        view: PlanView,
        changes: Sequence[Change],
        downloads: Sequence[Download],
        paths: dict[str, str],
    ) -> None:
        self.compiled, self.view, self.changes, self.downloads = compiled, view, changes, downloads
        self.paths = paths  # commitment id → its file, relative to the plan's root
        self.slugs = {id(agency): str(n) for n, agency in enumerate(compiled.plan.agencies, 1)}
        self.registry = AgencyRegistry(compiled.plan.agencies, compiled.plan.agency_groups)

    def agency_href(self, agency: Agency) -> str:
        return f"agencies/{self.slugs[id(agency)]}.html"


def commitment_href(identifier: str) -> str:
    return f"commitments/{identifier}.html"


def theme_href(identifier: str) -> str:
    return f"themes/{identifier}.html"


def _revisions(inputs: SiteInputs) -> dict[str, tuple[Revision, ...]]:
    found: dict[str, list[Revision]] = {}
    for change in inputs.changes:
        when = day(change.when, inputs.compiled.plan, inputs.view.lang)
        for file in change.files:
            found.setdefault(file.path, []).append(
                Revision(when, change.commit[:10], change.subject, file.action)
            )
    return {key: tuple(value) for key, value in found.items()}


def _agency_links(inputs: SiteInputs, names: Sequence[str]) -> tuple[Link, ...]:
    """The agencies a commitment names, as every output shows them, linked to their pages; a
    group (各機關 …) has no page."""
    registry = inputs.registry
    links = []
    for name in names:
        agency = registry.find(name)
        shown = registry.shown(name, inputs.view.lang)
        links.append(Link(shown, inputs.agency_href(agency) if agency else ""))
    return tuple(links)


def home_page(inputs: SiteInputs) -> Page:
    view = inputs.view
    rows = []
    for section, theme in zip(inputs.compiled.sections, view.themes, strict=True):
        counts = [0] * len(STATUSES)
        for commitment in section.commitments:
            for milestone in commitment.milestones:
                counts[STATUSES.index(milestone.status)] += 1
        link = Link(theme.heading, theme_href(theme.id))
        rows.append(StatusRow(link, tuple(counts), sum(counts)))
    statuses = tuple(view.labels[status] for status in STATUSES)
    reported = any(m.updates for c in inputs.compiled.commitments for m in c.milestones)
    data = {
        "progress": tuple(rows) if reported else (),
        "statuses": statuses,
        "status_keys": STATUSES,
        "record": record_href(inputs),
    }
    return Page("index.html", "home", view.title, data)


def commitment_pages(inputs: SiteInputs) -> list[Page]:
    pages = []
    revisions = _revisions(inputs)
    plan = inputs.compiled.plan
    cocreation = inputs.view.cocreation
    groups = {group.key: group for group in cocreation.groups} if cocreation else {}
    for section, theme in zip(inputs.compiled.sections, inputs.view.themes, strict=True):
        for commitment, view in zip(section.commitments, theme.commitments, strict=True):
            record = CommitmentPage(
                view,
                Link(theme.heading, theme_href(theme.id)),
                _agency_links(inputs, commitment.lead_agencies),
                _agency_links(inputs, commitment.supporting_agencies),
                revisions.get(inputs.paths.get(commitment.id, ""), ()),
                milestone_history(
                    commitment, inputs.view.labels, plan.date_style, inputs.view.lang
                ),
                groups.get(commitment.id),
            )
            title = f"{view.id} {view.title}"
            pages.append(Page(commitment_href(view.id), "commitment", title, {"c": record}))
    return pages


def theme_pages(inputs: SiteInputs) -> list[Page]:
    return [
        Page(theme_href(theme.id), "theme", theme.heading, {"theme": theme})
        for theme in inputs.view.themes
    ]


def agency_pages(inputs: SiteInputs) -> list[Page]:
    """A page an agency of the registry, and the index of agencies. The index also lists the
    groups a commitment names (各機關 …), after the agencies as plan_view puts them, with what
    they stand for; a group is no agency and has no page."""
    views = inputs.view.agencies
    registered = len(inputs.compiled.agencies)
    pages, listed = [], []
    for entry, view in zip(inputs.compiled.agencies, views[:registered], strict=True):
        href = inputs.agency_href(entry.agency)
        slug = href.removeprefix("agencies/").removesuffix(".html")
        record = AgencyPage(slug, view.name, view.leads, view.supports)
        listed.append(record)
        pages.append(Page(href, "agency", view.name, {"agency": record}))
    listed += [
        AgencyPage(None, view.name, view.leads, view.supports, view.stands_for)
        for view in views[registered:]
    ]
    title = inputs.view.labels["agencies"]
    pages.append(Page("agencies/index.html", "agencies", title, {"agencies": tuple(listed)}))
    return pages


def downloads_page(inputs: SiteInputs) -> Page:
    title = inputs.view.labels["downloads"]
    return Page("downloads.html", "downloads", title, {"downloads": tuple(inputs.downloads)})


def search_page(inputs: SiteInputs) -> Page:
    return Page("search.html", "search", inputs.view.labels["search"], {})


def record_href(inputs: SiteInputs) -> str | None:
    """The page of the forum and consultation record, when the plan has one."""
    return RECORD_PAGE if inputs.view.cocreation is not None else None


def record_pages(inputs: SiteInputs) -> list[Page]:
    record = inputs.view.cocreation
    if record is None:
        return []
    title = inputs.view.labels["record"]
    return [Page(RECORD_PAGE, "record", title, {"record": record})]


RECORD_PAGE = "record.html"

# Pages of their own: functions of the edition's SiteInputs that return pages.
EXTRA_PAGES: list[Callable[[SiteInputs], Sequence[Page]]] = [record_pages]


def edition_pages(inputs: SiteInputs, search: bool = True) -> list[Page]:
    """Every page of the edition; the search page only when the site has a search index."""
    pages = [home_page(inputs), *commitment_pages(inputs), *theme_pages(inputs)]
    pages += [*agency_pages(inputs), downloads_page(inputs)]
    pages += [search_page(inputs)] if search else []
    for extra in EXTRA_PAGES:
        pages.extend(extra(inputs))
    return pages
