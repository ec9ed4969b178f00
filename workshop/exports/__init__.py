"""Exports of a session: the action-plan PDF, CSV, Markdown and calendar events (ICS).

Each writer takes a book, a session id (or ``"latest"``) and a path:
``pdf.write_action_plan``, ``csv_export.write_csv``, ``markdown.write_markdown``
and ``ics.write_ics``. Files are written atomically; user text is never
interpreted (no markup in the PDF, no formulas in the CSV, no links in the
Markdown).
"""

from .formatting import FORMAT_OF_SUFFIX, FORMATS, default_file_name

__all__ = ["FORMATS", "FORMAT_OF_SUFFIX", "default_file_name"]
