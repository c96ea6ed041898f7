"""The self-assessment reports (midterm, end-of-term, any reporting period): a package of its
own beside render, since it lays out progress over time rather than the plan; it reuses
render's Jinja sandbox and writer and the office writers."""
