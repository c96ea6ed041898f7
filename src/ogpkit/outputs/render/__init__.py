"""Markdown, HTML, JSON and CSV of the compiled plan: the format table, the views templates see, Jinja in its sandbox. Imports ogpkit.outputs.office and the stages below ogpkit.outputs."""
