"""Reporting problems: Problem and Level, messages and their translation, reporters and summaries. Imports only the standard library (the bottom layer)."""
