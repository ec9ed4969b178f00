"""Ideate: one capture box, always focused. Type what was said, Enter, next.

Ctrl+K (or Ctrl+1..4) sets the kind, Ctrl+U the person who said it (type a name
after Ctrl+U to pick anyone); the round
timer and silent mode sit on the right. Cards captured in silent mode stay off
the projector until the facilitator reveals them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.session_form import parse_names
from ui.models.contributions import ContributionModel
from ui.models.head import HeadProxy
from ui.models.labels import fill, kind_label, kind_plural
from ui.phases import card_commands, register_page
from ui.room.bar import room_bar
from ui.state.context import WorkshopContext
from ui.state.follow import ChangeFollower
from ui.widgets.basics import heading, long_text_line, muted_label, plain_label, scale_font
from ui.widgets.capture_box import CaptureEdit
from ui.widgets.card_delegate import card_list
from ui.widgets.flow import FlowLayout
from ui.widgets.palette import is_dark, kind_colors
from ui.widgets.person_picker import PersonPicker
from ui.widgets.timer_panel import TimerPanel
from workshop.journal import Change
from workshop.model import Kind, Phase

KINDS = tuple(Kind)
RECENT_CARDS = 200
DEFAULT_PROMPTS = {
    Kind.DELIGHT: QT_TRANSLATE_NOOP(
        "IdeatePage", "What small thing could we do that would make a customer smile?"
    ),
    Kind.OBSTACLE: QT_TRANSLATE_NOOP(
        "IdeatePage", "What gets in the way of serving customers well?"
    ),
    Kind.HERO: QT_TRANSLATE_NOOP("IdeatePage", "Who went the extra mile for a customer lately?"),
    Kind.VALUE: QT_TRANSLATE_NOOP(
        "IdeatePage", "What would make our service feel worth more to a customer?"
    ),
}


def kind_icon(kind: Kind, dark: bool, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_colors(kind, dark)[1])
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class IdeatePage(QWidget):
    def __init__(self, context: WorkshopContext) -> None:
        super().__init__()
        self.setObjectName("ideatePage")
        self.context = context
        self.kind = Kind.DELIGHT
        self.model = ContributionModel(context, self, newest_first=True)
        dark = is_dark(self.palette())

        self.prompt = plain_label("", self, wrap=True, scale=1.3)
        self.prompt.setObjectName("ideatePrompt")
        self.prompt.setMinimumHeight(self.prompt.fontMetrics().height() * 2 + 8)
        self.kind_buttons = QButtonGroup(self)
        kind_row = FlowLayout(spacing=6)  # wraps onto two rows on a narrow window
        for number, kind in enumerate(KINDS, start=1):
            button = QPushButton(kind_icon(kind, dark), f"{kind_label(kind)}  {number}", self)
            button.setObjectName(f"kind_{kind.value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(fill(self.tr("Ctrl+%1, or Ctrl+K for the next kind"), number))
            self.kind_buttons.addButton(button, number - 1)
            kind_row.addWidget(button)
        self.kind_buttons.idClicked.connect(lambda i: self.set_kind(KINDS[i]))
        self._style_kind_buttons()

        self.author = PersonPicker(self)
        self.author.setObjectName("authorCombo")
        self.author.setMinimumContentsLength(14)
        self.author.done.connect(self.focus_default)
        self.author.unknown.connect(self._unknown_person)
        author_label = QLabel(self.tr("Said by"), self)
        author_row = QHBoxLayout()
        author_row.addWidget(author_label)
        author_row.addWidget(self.author, 1)
        # Wraps on a narrow screen rather than pushing the timer off it.
        author_row.addWidget(
            muted_label(self.tr("Ctrl+U: next person, or type a name and Enter"), self), 1
        )

        # What to do, in one line, for someone who has never seen the app.
        self.instruction = plain_label(
            self.tr("Type what the room says, Enter adds it. F5 shows it on the projector."),
            self,
            wrap=True,
            bold=True,
        )
        self.instruction.setObjectName("ideateInstruction")
        self.box = CaptureEdit(self)
        self.box.setObjectName("captureBox")
        scale_font(self.box, 1.35)
        self.box.setMinimumHeight(self.box.sizeHint().height() + 12)
        self.box.setAccessibleName(self.tr("Capture box"))
        self.box.returnPressed.connect(self.capture)
        # A hero story credits whoever went the extra mile (shown for hero stories only).
        self.credit = long_text_line(QLineEdit(self))
        self.credit.setObjectName("captureCredited")
        self.credit.setPlaceholderText(
            self.tr("Credit to: who went the extra mile (names, separated by commas)")
        )
        self.credit.returnPressed.connect(self.capture)
        hint = muted_label(
            self.tr("Enter adds the card · Ctrl+K kind · Ctrl+U person · Ctrl+Z undo"), self
        )
        self.list = card_list(self, wrap=False)
        self.list.setObjectName("capturedList")
        # The newest cards only: the list stays quick however long the session gets.
        self.recent = HeadProxy(RECENT_CARDS, self)
        self.recent.setSourceModel(self.model)
        self.list.setModel(self.recent)
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.list.doubleClicked.connect(lambda index: self._edit(index))
        self.model.rowsInserted.connect(self._rows_inserted)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.prompt)
        left.addLayout(kind_row)
        left.addLayout(author_row)
        left.addWidget(self.instruction)
        left.addWidget(self.box)
        left.addWidget(self.credit)
        left.addWidget(hint)
        # The phones' line sits above the list (which gives up the room), so the side
        # column stays short enough for 1366x768 at 125 %.
        left.addWidget(room_bar(context))
        self.list_title = heading(self.tr("Captured"), self, scale=1.0)
        left.addWidget(self.list_title)
        left.addWidget(self.list, 1)

        self.timer_panel = TimerPanel(context.timer, self)
        self.silent = QCheckBox(self.tr("Silent mode"), self)
        self.silent.setObjectName("silentMode")
        self.silent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.silent.toggled.connect(self.set_silent)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reveal_button.clicked.connect(self.reveal)
        silent_box = QFrame(self)
        silent_box.setFrameShape(QFrame.Shape.StyledPanel)
        silent_layout = QVBoxLayout(silent_box)
        silent_layout.setContentsMargins(12, 10, 12, 12)
        silent_layout.addWidget(heading(self.tr("Projector"), self, scale=1.0))
        silent_layout.addWidget(self.silent)
        silent_layout.addWidget(
            muted_label(self.tr("New cards stay off the projector until you reveal them."), self)
        )
        silent_layout.addWidget(self.reveal_button)

        counts_box = QFrame(self)
        counts_box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(counts_box)
        grid.setContentsMargins(12, 10, 12, 12)
        grid.addWidget(heading(self.tr("So far"), self, scale=1.0), 0, 0, 1, 2)
        self.count_labels: dict[Kind, QLabel] = {}
        for row, kind in enumerate(KINDS, start=1):
            name = QLabel(self)
            name.setPixmap(kind_icon(kind, dark).pixmap(14, 14))
            grid.addWidget(name, row, 0)
            grid.addWidget(plain_label(kind_plural(kind), self), row, 1)
            number = plain_label("0", self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.count_labels[kind] = number
            grid.addWidget(number, row, 2)
        grid.setColumnStretch(1, 1)

        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.timer_panel)
        right.addWidget(silent_box)
        right.addWidget(counts_box)
        right.addStretch(1)
        right_widget = QWidget(self)
        right_widget.setLayout(right)
        # Narrower on a small screen (1366x768 at 150 %), never wider than it needs.
        right_widget.setMinimumWidth(right_widget.minimumSizeHint().width())
        right_widget.setMaximumWidth(max(300, self.fontMetrics().horizontalAdvance("M") * 26))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(14)
        layout.addLayout(left, 1)
        layout.addWidget(right_widget)

        context.sessionChanged.connect(self._load_session)
        context.bookChanged.connect(self._load_session)
        ChangeFollower(context, self, self._on_change)
        self.model.modelReset.connect(self._update_counts)
        self.model.rowsRemoved.connect(self._update_counts)
        self.model.dataChanged.connect(self._update_counts)
        self._load_session()

    def _style_kind_buttons(self) -> None:
        """The chosen kind stands out in its own colour (light or dark palette)."""
        dark = is_dark(self.palette())
        for i, kind in enumerate(KINDS):
            background, accent = kind_colors(kind, dark)
            button = self.kind_buttons.button(i)
            button.setIcon(kind_icon(kind, dark))
            button.setStyleSheet(
                "QPushButton:checked {"
                f" background-color: {background.name()}; border: 2px solid {accent.name()};"
                " border-radius: 4px; padding: 3px; }"
            )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_kind_buttons()

    # -- session ---------------------------------------------------------------
    def _session(self):
        book, sid = self.context.book, self.context.session_id
        return None if book is None or sid is None else book.sessions.get(sid)

    def _load_session(self, *_args: object) -> None:
        session = self._session()
        rounds = self.context.book.sessions.rounds(session.id) if session else []
        self.kind = rounds[0].kind if rounds else Kind.DELIGHT
        self._load_people()
        self._update_silent()
        self.set_kind(self.kind)
        self._update_counts()

    def _load_people(self) -> None:
        session = self._session()
        current = self.author.currentText()
        self.author.clear()
        if session is None:
            return
        if session.anonymous:
            self.author.addItem(self.tr("Anonymous session: no names are kept"))
            self.author.setEnabled(False)
            return
        self.author.setEnabled(True)
        self.author.addItem(self.tr("No name"), None)
        for name in self.context.book.sessions.participants(session.id):
            self.author.addItem(name, name)
        found = self.author.findText(current)
        self.author.setCurrentIndex(max(0, found))

    def _update_silent(self) -> None:
        session = self._session()
        self.silent.blockSignals(True)
        self.silent.setChecked(bool(session and session.silent_mode))
        self.silent.blockSignals(False)

    def _on_change(self, change: Change) -> None:
        sid = self.context.session_id
        if change.touches("participants") and sid in change.session_ids():
            self._load_people()
        if change.touches("sessions") and sid in change.session_ids():
            self._update_silent()
            self._load_people()
        if change.touches("rounds"):
            self._show_prompt()

    # -- commands --------------------------------------------------------------
    def focus_default(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_kind(self, kind: Kind) -> None:
        self.kind = Kind(kind)
        self.context.set_capture_kind(self.kind)
        button = self.kind_buttons.button(KINDS.index(self.kind))
        if button is not None:
            button.setChecked(True)
        self.box.setPlaceholderText(
            fill(self.tr("%1: type what was said, then Enter"), kind_label(self.kind))
        )
        self.credit.setVisible(self.kind is Kind.HERO)
        self._show_prompt()
        self.focus_default()

    def cycle_kind(self, step: int = 1) -> None:
        self.set_kind(KINDS[(KINDS.index(self.kind) + step) % len(KINDS)])

    def cycle_author(self, step: int = 1) -> None:
        """Ctrl+U: the next person, with the cursor in the name to type another instead."""
        if not (self.author.isEnabled() and self.author.count()):
            self.focus_default()
            return
        if not self.author.typing():
            self.author.start_typing()  # Esc comes back to the person before Ctrl+U
        self.author.step(step)
        self.author.lineEdit().selectAll()

    def _unknown_person(self, typed: str) -> None:
        card_commands.status(
            self, fill(self.tr("Nobody called “%1” in this session: Esc goes back."), typed)
        )

    def current_author(self) -> str | None:
        if not self.author.isEnabled():
            return None
        return self.author.currentData()

    def _show_prompt(self) -> None:
        session = self._session()
        prompt = None
        if session is not None:
            prompt = self.context.book.sessions.prompt_for(session.id, self.kind)
        self.prompt.setText(prompt or self.tr(DEFAULT_PROMPTS[self.kind]))

    def unsaved_input(self) -> str:
        return self.box.text().strip()

    def save_unsaved_input(self) -> bool:
        return self.capture() is not None

    def capture(self) -> int | None:
        """Add what is in the box as a card of the current kind; clear the box if it worked."""
        text = self.box.text()
        book, bridge, sid = self.context.book, self.context.bridge, self.context.session_id
        if not text.strip() or book is None or bridge is None or sid is None:
            return None
        hero = self.kind is Kind.HERO
        credited = parse_names(self.credit.text()) if hero else []
        new_id = bridge.run(
            book.contributions.add, sid, self.kind, text, self.current_author(), credited=credited
        )
        if new_id is not None:
            self.box.clear()
            self.credit.clear()
            self.focus_default()
        return new_id

    def set_silent(self, on: bool) -> None:
        book, bridge, sid = self.context.book, self.context.bridge, self.context.session_id
        if book is not None and bridge is not None and sid is not None:
            bridge.run(book.sessions.update, sid, silent_mode=on)
        self._update_silent()
        self.focus_default()

    def reveal(self) -> None:
        book, bridge, sid = self.context.book, self.context.bridge, self.context.session_id
        if book is not None and bridge is not None and sid is not None:
            count = bridge.run(book.contributions.reveal_all, sid)
            if count:
                card_commands.status(self, self.tr("%n card(s) now on the projector.", "", count))
        self.focus_default()

    def selected_contribution_ids(self) -> list[int]:
        return card_commands.selected_ids([self.list])

    def edit_selected(self) -> None:
        ids = self.selected_contribution_ids()
        if ids:
            card_commands.edit_card(self, self.context, ids[-1])
        self.focus_default()

    def delete_selected(self) -> None:
        card_commands.delete_cards(self, self.context, self.selected_contribution_ids())
        self.focus_default()

    def _edit(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)
        self.edit_selected()

    # -- display ---------------------------------------------------------------
    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if first == 0:  # the newest card is on top, under the capture box
            self.list.scrollToTop()
        self._update_counts()

    def _update_counts(self, *_args: object) -> None:
        counts = self.model.counts()
        hidden = self.model.hidden
        for kind, label in self.count_labels.items():
            label.setText(str(counts[kind]))
        total = sum(counts.values())
        if total > RECENT_CARDS:
            title = fill(self.tr("Captured: %1 cards, the newest %2 shown"), total, RECENT_CARDS)
        else:
            title = fill(self.tr("Captured, newest first (%1)"), total)
        self.list_title.setText(title)
        self.reveal_button.setText(fill(self.tr("Reveal hidden cards (%1)"), hidden))
        self.reveal_button.setEnabled(hidden > 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_default()


@register_page(Phase.IDEATE)
def build_ideate(context: WorkshopContext) -> QWidget:
    return IdeatePage(context)
