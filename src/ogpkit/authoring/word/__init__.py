"""Filled Word forms (承諾事項建議表): their tables' rows, the template's questions, the answers as a commitment."""
