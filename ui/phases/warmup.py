"""Warm-up: read out recent hero stories from the book, and add new ones.

The stories come from customer feedback; reading one aloud starts the session
with what goes right. Routine delight is marked apart from dramatic recovery.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.session_form import parse_names
from ui.models.base import RecordRole
from ui.models.heroes import HeroStoryModel
from ui.models.labels import fill, hero_type_label
from ui.phases import card_commands, register_page
from ui.state.context import WorkshopContext
from ui.widgets.basics import heading, long_text_line, muted_label, plain_label
from ui.widgets.date_field import DateField
from workshop.model import Contribution, HeroType, Kind, Phase


class WarmupPage(QWidget):
    def __init__(self, context: WorkshopContext) -> None:
        super().__init__()
        self.setObjectName("warmupPage")
        self.context = context
        self.model = HeroStoryModel(context, self)

        self.table = QTableView(self)
        self.table.setObjectName("heroStories")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._show_story)
        self.model.rowsInserted.connect(self._after_insert)
        self.model.modelReset.connect(self._select_first)
        self.model.dataChanged.connect(  # credits edited: the story read out shows them
            lambda *_: self._show_story(self.table.currentIndex(), QModelIndex())
        )

        # The story read out to the room, large.
        self.reading = QFrame(self)
        self.reading.setObjectName("storyReading")
        self.reading.setFrameShape(QFrame.Shape.StyledPanel)
        self.story = plain_label("", self.reading, wrap=True, scale=1.45)
        self.story.setObjectName("storyText")
        self.story.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.story.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.story_meta = muted_label("", self.reading)
        box = QVBoxLayout(self.reading)
        box.setContentsMargins(16, 14, 16, 14)
        # The edit button sits on the heading's line: the page stays short enough for a
        # 1366x768 screen at 125 %.
        edit = QPushButton(self.tr("Edit story and credits…"), self.reading)
        edit.setObjectName("editHeroStory")
        edit.setToolTip(self.tr("F2, or double-click a story"))
        edit.clicked.connect(self.edit_selected)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Read out to the room"), self.reading, scale=1.0), 1)
        top.addWidget(edit)
        box.addLayout(top)
        box.addWidget(self.story, 1)
        box.addWidget(self.story_meta)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(heading(self.tr("Hero stories from customer feedback"), self))
        left.addWidget(
            muted_label(
                self.tr(
                    "Start with what went right. Recognise the routine delight of an ordinary "
                    "day above the dramatic rescue: nobody should need a mishap to shine."
                ),
                self,
            )
        )
        left.addWidget(self.reading, 3)
        left.addWidget(self.table, 2)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(14)
        layout.addLayout(left, 3)
        layout.addWidget(self._build_form(), 2)
        self._select_first()

    def _build_form(self) -> QWidget:
        form_box = QGroupBox(self.tr("Add a hero story"), self)
        self.text = QPlainTextEdit(form_box)
        self.text.setObjectName("heroText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.fontMetrics().height() * 9)
        self.text.setPlaceholderText(
            self.tr("What happened, in the customer's words if you have them")
        )
        self.hero_type = QComboBox(form_box)
        self.hero_type.setObjectName("heroType")
        for hero_type in HeroType:
            self.hero_type.addItem(hero_type_label(hero_type), hero_type.value)
        self.customer = long_text_line(QLineEdit(form_box))
        self.customer.setObjectName("heroCustomer")
        self.customer.setPlaceholderText(self.tr("Optional"))
        self.credited = long_text_line(QLineEdit(form_box))
        self.credited.setObjectName("heroCredited")
        self.credited.setPlaceholderText(self.tr("Names, separated by commas"))
        self.when = DateField(form_box, optional=True)
        self.when.setObjectName("heroDate")
        self.when.set_date(date.today())
        self.add_button = QPushButton(self.tr("Add story"), form_box)
        self.add_button.setObjectName("addHeroStory")
        self.add_button.setToolTip(self.tr("Ctrl+S"))
        self.add_button.clicked.connect(self.save)
        form = QFormLayout(form_box)
        self.instruction = plain_label(
            self.tr("Type the story someone tells, Ctrl+S adds it."), form_box, wrap=True, bold=True
        )
        self.instruction.setObjectName("warmupInstruction")
        form.addRow(self.instruction)
        form.addRow(self.tr("&Story"), self.text)
        form.addRow(self.tr("&Type"), self.hero_type)
        form.addRow(self.tr("&Credit to"), self.credited)
        form.addRow(self.tr("C&ustomer"), self.customer)
        when_label = QLabel(self.tr("&When"), form_box)
        when_label.setBuddy(self.when)
        form.addRow(when_label, self.when)
        form.addRow(self.add_button)
        outer = QWidget(self)
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(form_box)
        column.addStretch(1)
        return outer

    # -- reading ---------------------------------------------------------------
    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_story(QModelIndex(), QModelIndex())

    def _after_insert(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self.table.selectRow(first)

    def _show_story(self, current: QModelIndex, _previous: QModelIndex) -> None:
        story: Contribution | None = current.data(RecordRole) if current.isValid() else None
        if story is None:
            self.story.setText(self.tr("No hero stories yet. Add the first one on the right."))
            self.story_meta.setText("")
            return
        self.story.setText(story.text)
        parts = [hero_type_label(story.hero_type or HeroType.ROUTINE)]
        if story.credited:
            parts.append(fill(self.tr("credit to %1"), ", ".join(story.credited)))
        if story.customer:
            parts.append(fill(self.tr("customer: %1"), story.customer))
        parts.append(story.story_date or story.created_at[:10])
        self.story_meta.setText("  ·  ".join(parts))

    # -- editing ------------------------------------------------------------------
    def edit_selected(self) -> None:
        """F2: the selected story's words, type of card and credits (one undoable change)."""
        index = self.table.currentIndex()
        story = index.data(RecordRole) if index.isValid() else None
        if story is not None:
            card_commands.edit_card(self, self.context, story.id)

    # -- adding ------------------------------------------------------------------
    def focus_default(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def unsaved_input(self) -> str:
        return self.text.toPlainText().strip()

    def save_unsaved_input(self) -> bool:
        return self.save() is not None

    def save(self) -> int | None:
        """Add the story in the form to this session (Ctrl+S)."""
        book, bridge, sid = self.context.book, self.context.bridge, self.context.session_id
        text = self.text.toPlainText()
        if book is None or bridge is None or sid is None:
            return None
        if not text.strip():
            card_commands.status(self, self.tr("Write the story first."))
            self.focus_default()
            return None
        if not self.when.check():
            card_commands.status(self, self.when.problem())
            return None
        new_id = bridge.run(
            book.contributions.add,
            sid,
            Kind.HERO,
            text,
            None,
            hero_type=self.hero_type.currentData(),
            credited=parse_names(self.credited.text()),
            customer=self.customer.text(),
            story_date=self.when.iso(),
        )
        if new_id is not None:
            self.text.clear()
            self.credited.clear()
            self.customer.clear()
            self.focus_default()
        return new_id


@register_page(Phase.WARMUP)
def build_warmup(context: WorkshopContext) -> QWidget:
    return WarmupPage(context)
