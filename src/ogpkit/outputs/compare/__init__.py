"""The revision comparison table (修正對照表) as md, html, docx, odt; may import history and plan."""
