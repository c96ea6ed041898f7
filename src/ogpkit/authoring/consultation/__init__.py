"""`ogpkit consult import`: public input from CSV and XLSX exports into a consultation round.

A package of its own: reading spreadsheets (`table.py`), mapping their columns and rows to
inputs (`columns.py`), and appending them to the round's file (`importer.py`).
"""
