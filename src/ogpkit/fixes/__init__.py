"""Lossless edits of YAML files: lint --fix, written atomically. Imports ogpkit.checks and below."""
