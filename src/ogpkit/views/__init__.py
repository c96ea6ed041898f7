"""The secretariat's views: deadlines (table, json, ics) and the plan's status. Imports ogpkit.fixes and below; never ogpkit.outputs or ogpkit.authoring."""
