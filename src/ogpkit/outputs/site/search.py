"""The search index of the site: Pagefind, run once on a folder of the pages.

Why Pagefind: the index is static files next to the pages (no server), the browser loads only
the fragments a query needs, and its extended build (the `pagefind_bin_extended` wheel)
segments Chinese text into words, so 採購 finds a commitment whose text says 政府採購資訊.
Pagefind indexes the `data-pagefind-body` part of commitment, theme, agency and home pages,
one index a language (from `<html lang>`).

Why the binary on a folder, not the Python API page by page: the API's service reads each
answer of the indexer after a 0.1 s sleep, so a site of 1,000 pages waited 100 s for an index
that takes the binary 5 s of CPU. The pages are written to a temporary folder (only the pages
with something to index) and the binary indexes them in one run, bounded by a timeout.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from ogpkit.errors import ConfigError
from ogpkit.report.message import msg

BUNDLE = "pagefind"
TIMEOUT_SECONDS = 600
INDEXED = b"data-pagefind-body"


def _executable() -> Path:
    try:
        from pagefind.service import get_executable
    except ImportError:
        binary = None
    else:
        binary = get_executable()
    if binary is None:
        raise ConfigError(
            msg(
                "The search index needs Pagefind: install it with python -m pip install 'ogpkit[site]', or build without search: ogpkit site --no-search"
            )
        )
    return binary


def _failed(error: str) -> ConfigError:
    return ConfigError(msg("Pagefind could not build the search index: {error}", error=error))


def _run(binary: Path, site: Path, bundle: Path) -> None:
    command = [str(binary), "--site", str(site), "--output-path", str(bundle)]
    try:
        done = subprocess.run(
            [*command, "--keep-index-url", "--silent"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise _failed(f"no answer after {TIMEOUT_SECONDS} s") from None
    except OSError as error:
        raise _failed(error.strerror or str(error)) from None
    if done.returncode != 0:
        said = (done.stderr or done.stdout).decode("utf-8", errors="replace").strip()
        raise _failed(said[-500:] or f"exit status {done.returncode}")


def search_index(pages: Mapping[str, bytes]) -> dict[str, bytes]:
    """The files of the search bundle (`pagefind/…`) for the HTML `pages` by site path."""
    binary = _executable()
    with tempfile.TemporaryDirectory(prefix="ogpkit-search-") as temporary:
        site = Path(temporary) / "site"
        for path, html in pages.items():
            if INDEXED in html:
                target = site / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(html)
        bundle = Path(temporary) / BUNDLE
        _run(binary, site, bundle)
        return {
            f"{BUNDLE}/{path.relative_to(bundle).as_posix()}": path.read_bytes()
            for path in sorted(bundle.rglob("*"))
            if path.is_file()
        }
