"""The sections of each kind of page, in order: one template each, one place to add one.

A page template (`site/<kind>.html.j2`) includes these in turn; every section sees the page's
context (`page`, `plan`, `labels`, `root`, `top`, and the page's own records). A section with
nothing to show renders nothing, so a section can be listed before its data exists:

- commitment milestones with their status history and evidence: `commitment-milestones`;
- consultation inputs and responses that concern a commitment: `commitment-inputs`;
- revision history: `commitment-revisions` (from Git today), a revision comparison beside it.
"""

from __future__ import annotations

SECTIONS: dict[str, tuple[str, ...]] = {
    "home": (
        "site/sections/home-glance.html.j2",
        "site/sections/home-themes.html.j2",
        "site/sections/home-timeline.html.j2",
        "site/sections/home-progress.html.j2",
        "site/sections/home-record.html.j2",
    ),
    "commitment": (
        "site/sections/commitment-facts.html.j2",
        "site/sections/commitment-text.html.j2",
        "site/sections/commitment-milestones.html.j2",
        "site/sections/commitment-inputs.html.j2",
        "site/sections/commitment-contact.html.j2",
        "site/sections/commitment-revisions.html.j2",
    ),
    "theme": ("site/sections/theme-commitments.html.j2",),
    "agency": ("site/sections/agency-commitments.html.j2",),
    "agencies": ("site/sections/agencies-table.html.j2",),
    "downloads": ("site/sections/downloads-formats.html.j2",),
    "search": ("site/sections/search-box.html.j2",),
    "record": ("site/sections/record-forum.html.j2", "site/sections/record-rounds.html.j2"),
}
