"""``export``: the action plan as PDF, CSV, Markdown or calendar events (issue 5)."""
