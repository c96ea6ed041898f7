"""The revision comparison table (修正對照表) as Markdown, HTML, Word and OpenDocument.

A package of its own: it lays out `history.compare.Comparison`, not the compiled plan.
Columns as Taiwanese government documents set them: 修正後, 修正前, 說明; insertions
underlined in the new text, deletions struck through in the old.
"""
