"""Playbook (a recovery session's Plan phase): the entry being written, in large type.

While the facilitator writes an entry, the room sees its mishap at the top and
the apology, the fix, the extra and who may authorise it as four large blocks,
as they are typed. Between entries it shows the entries written so far.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ui.projector.blocks import Block
from ui.projector.paint import Colors, TextBox, font, lay_out
from ui.projector.views import ProjectorView
from ui.state.context import WorkshopContext
from ui.state.playbook_draft import draft_of
from workshop.model import Session

MISHAP_POINTS = (56, 48, 42, 36)


class PlaybookView(ProjectorView):
    tables = frozenset({"playbook_entries", "playbook_sources", "sessions"})
    min_column = 760.0
    max_columns = 2
    in_rows = True
    text_points = 36.0
    note_points = 30.0

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.draft = draft_of(context)
        self.draft.changed.connect(self._on_draft)
        self.mishap = ""

    def _on_draft(self) -> None:
        if self.isVisible():
            self.refresh()

    def build(self, session: Session | None) -> list[Block]:
        self.mishap = ""
        if session is None:
            return []
        fields = self.draft.fields
        if self.draft.active:
            self.mishap = fields["mishap"]
            self.empty_text = ""
            missing = self.tr("…")
            fix_note = ", ".join(p for p in (fields.get("fix_by", ""),
                                             fields.get("fix_within", "")) if p)  # fmt: skip
            steps = (
                ("apology", "1", self.tr("Apologise"), fields.get("apology", "")),
                (
                    "fix",
                    "2",
                    self.tr("Fix it") + (f" · {fix_note}" if fix_note else ""),
                    fields.get("fix", ""),
                ),
                ("extra", "3", self.tr("The unexpected extra"), fields.get("extra", "")),
                ("authorise", "", self.tr("Who can authorise it"), fields.get("authorise", "")),
            )
            return [
                Block(key, text or missing, note=label, badge=badge,
                      accent=Colors.accent if text else Colors.line)
                for key, badge, label, text in steps
            ]  # fmt: skip
        self.empty_text = self.tr("Each mishap gets its recovery here, as it is written.")
        entries = self.context.book.playbook.list(session.id)
        section = self.tr("Our recovery playbook")
        return [
            Block(e.id, e.mishap, note=e.apology or "", badge=str(n), accent=Colors.good,
                  section=section)
            for n, e in enumerate(entries, start=1)
        ]  # fmt: skip

    def _mishap_box(self, width: float, scale: float) -> TextBox:
        for points in MISHAP_POINTS:
            box = lay_out(self.mishap, font(points, scale, bold=True), width)
            if box.layout.lineCount() <= 3:
                return box
        return box

    def top_height(self, width: float, scale: float) -> float:
        if not self.mishap:
            return 0.0
        return self._mishap_box(width - 96 * scale, scale).height + 36 * scale

    def paint_top(self, painter: QPainter, rect: QRectF) -> None:
        if not self.mishap:
            return
        s = self.scale
        box = self._mishap_box(rect.width() - 96 * s, s)
        self.draw_layout(painter, box, 48 * s, 18 * s, Colors.text)
