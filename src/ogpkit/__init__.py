"""ogpkit: open-government commitments as code."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read when asked for, so that starting ogpkit does not load
    # importlib.metadata. One place: the installed package's metadata, which setuptools-scm
    # takes from Git tags.
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ogpkit")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"
