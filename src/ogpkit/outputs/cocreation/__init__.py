"""The co-creation record in one language: the reasoned-response annex and the forum's record.

Shared by the Markdown/HTML renderer and the office documents (which may not import the
renderer), so that every format shows the same rows in the same words.
"""
