"""The files on disk: YAML read safely with exact positions, documents with their problems, atomic writes. Imports ogpkit.report and ogpkit.errors."""
