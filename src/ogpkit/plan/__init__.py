"""What a plan is: models, fields, ROC dates, agencies, themes, the project on disk and its shape. Imports ogpkit.source and below."""
