"""Validate: plan integrity, the lint engine with its configuration and suppression, rules/. Imports ogpkit.history and below."""
