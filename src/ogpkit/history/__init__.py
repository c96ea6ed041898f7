"""What Git and the calendar say: the files changed, submissions, deadlines due. Imports ogpkit.plan and below."""
