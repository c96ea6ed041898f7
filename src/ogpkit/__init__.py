"""ogpkit: open-government commitments as code."""

__version__ = "0.1.0"
