"""The book's sessions, newest first: title, date and phase."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ui.models.base import FirstCustomRole
from ui.models.bound import BoundModel
from ui.models.labels import plain_tooltip, session_phase_label
from workshop.model import Session

DateRole = FirstCustomRole
PhaseRole = FirstCustomRole + 1
PhaseNameRole = FirstCustomRole + 2  # "Plan", or "Playbook" in a recovery session


class SessionListModel(BoundModel):
    headers = ("Session", "Date", "Phase")
    tables = ("sessions",)
    per_session = False

    def fetch(self) -> list[Session]:
        return self.book.sessions.list() if self.book else []

    def cell(self, item: Session, column: int, role: int) -> Any:
        phase_label = session_phase_label(item.phase, item.template)
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.title, item.date, phase_label)[column]
        if role == DateRole:
            return item.date
        if role == PhaseRole:
            return item.phase
        if role == PhaseNameRole:
            return phase_label
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips are rich text when they look like it: escape the user's title.
            phase = QCoreApplication.translate("SessionListModel", "Phase: %1").replace(
                "%1", phase_label
            )
            return plain_tooltip(item.title, f"{item.date} · {phase}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.title}, {item.date}, {phase_label}"
        return None
