"""The changes feed: an Atom document of the commits that changed the plan, newest first.

Each entry is one commit: when, who, its message and which commitments it added, changed or
removed, linking to their pages. Links are relative to the feed (feed readers resolve them
against the feed's own address); ids are `urn:ogpkit:commit:<hash>`, stable across hosts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from ogpkit.history.changes import Change

ATOM = "http://www.w3.org/2005/Atom"


def _entry(change: Change, pages: dict[str, tuple[str, str]], labels: dict[str, str]) -> str:
    items = []
    link = ""
    for file in change.files:
        page = pages.get(file.path)
        label = labels.get(file.action, file.action)
        if page is None:
            items.append(f"{escape(file.path)} ({escape(label)})")
            continue
        href, title = page
        link = link or href
        items.append(f"{escape(title)} ({escape(label)})")
    summary = escape(change.subject) + (" — " + "; ".join(items) if items else "")
    stamp = change.when.strftime("%Y-%m-%dT%H:%M:%SZ")
    alternate = f'\n    <link rel="alternate" href={quoteattr(link)}/>' if link else ""
    return (
        "  <entry>\n"
        f"    <id>urn:ogpkit:commit:{escape(change.commit)}</id>\n"
        f"    <title>{escape(change.subject)}</title>\n"
        f"    <updated>{stamp}</updated>\n"
        f"    <author><name>{escape(change.author)}</name></author>{alternate}\n"
        f"    <summary>{summary}</summary>\n"
        "  </entry>\n"
    )


def atom_bytes(
    title: str,
    changes: Sequence[Change],
    pages: dict[str, tuple[str, str]],
    labels: dict[str, str],
    fallback_updated: str,
) -> bytes:
    """The feed; `pages` maps a changed file's path to its page's href and title."""
    updated = changes[0].when.strftime("%Y-%m-%dT%H:%M:%SZ") if changes else fallback_updated
    head = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="{ATOM}">\n'
        f"  <id>urn:ogpkit:plan:{hashlib.sha256(title.encode()).hexdigest()[:16]}</id>\n"
        f"  <title>{escape(title)} — {escape(labels['changes_title'])}</title>\n"
        f"  <updated>{updated}</updated>\n"
        '  <link rel="self" href="feed.xml"/>\n'
        '  <link rel="alternate" href="index.html"/>\n'
    )
    body = "".join(_entry(change, pages, labels) for change in changes)
    return (head + body + "</feed>\n").encode("utf-8")
