"""The plan as documents: render/ (md, html, json, csv), office/ (docx, odt), JSON Schemas. Imports ogpkit.fixes and below; never ogpkit.authoring or ogpkit.views."""
