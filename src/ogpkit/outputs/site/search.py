"""The search index of the site: Pagefind, run through its Python API on the pages in memory.

Why Pagefind: the index is static files next to the pages (no server), the browser loads only
the fragments a query needs, and its extended build (the `pagefind_bin_extended` wheel)
segments Chinese text into words, so 採購 finds a commitment whose text says 政府採購資訊.
Pagefind indexes the `data-pagefind-body` part of commitment, theme, agency and home pages,
one index a language (from `<html lang>`).
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from ogpkit.errors import ConfigError
from ogpkit.report.message import msg

BUNDLE = "pagefind"


async def _index(pages: dict[str, bytes], folder: Path) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(output_path=str(folder / BUNDLE), keep_index_url=True)
    async with PagefindIndex(config=config) as index:
        # All at once: one round trip to the indexer a page, in sequence, is mostly waiting.
        await asyncio.gather(
            *(
                index.add_html_file(content=html.decode("utf-8"), url=path)
                for path, html in pages.items()
            )
        )


def search_index(pages: dict[str, bytes]) -> dict[str, bytes]:
    """The files of the search bundle (`pagefind/…`) for the HTML `pages` by site path."""
    try:
        import pagefind.index  # noqa: F401
    except ImportError:
        raise ConfigError(
            msg(
                "The search index needs Pagefind: install it with python -m pip install 'ogpkit[site]', or build without search: ogpkit site --no-search"
            )
        ) from None
    with tempfile.TemporaryDirectory(prefix="ogpkit-search-") as temporary:
        folder = Path(temporary)
        try:
            asyncio.run(_index(pages, folder))
        except Exception as error:  # the indexer runs as a subprocess; any failure is reported
            raise ConfigError(
                msg("Pagefind could not build the search index: {error}", error=str(error))
            ) from None
        return {
            f"{BUNDLE}/{path.relative_to(folder / BUNDLE).as_posix()}": path.read_bytes()
            for path in sorted((folder / BUNDLE).rglob("*"))
            if path.is_file()
        }
