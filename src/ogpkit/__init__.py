"""ogpkit: open-government commitments as code."""

from importlib.metadata import PackageNotFoundError, version

try:
    # One place: the installed package's metadata, which setuptools-scm takes from Git tags.
    __version__ = version("ogpkit")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
