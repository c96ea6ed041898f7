"""The agency's tools: a new commitment by questions or options, and the import of filled Word forms. Imports ogpkit.fixes and below; never ogpkit.outputs or ogpkit.views."""
