"""The side list of the book's sessions: title, date and phase; picks the session to run."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import IdRole
from ui.models.sessions import DateRole, PhaseNameRole, SessionListModel
from ui.state.context import WorkshopContext
from ui.widgets.basics import heading, plain_label

Index = QModelIndex | QPersistentModelIndex


class SessionDelegate(QStyledItemDelegate):
    """Two plain-text lines: the title, then "date · phase"."""

    PAD = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        return QSize(200, metrics.height() * 2 + self.PAD * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Imported here: naming QStyle makes PySide build its enums (6 ms), which an empty
        # book's first window does not need.
        from PySide6.QtWidgets import QStyle

        self.initStyleOption(option, index)
        painter.save()
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        line = option.fontMetrics.height()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(option.palette.color(group, text_role))
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), flags, elided)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        detail = f"{index.data(DateRole) or ''}  ·  {index.data(PhaseNameRole) or ''}"
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), line), flags, detail
        )
        painter.restore()


class SessionPanel(QWidget):
    def __init__(self, context: WorkshopContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self._window = window
        self.model = SessionListModel(context, self)
        self.view = QListView(self)
        self.view.setObjectName("sessionList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SessionDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Sessions of the book"))
        self.new_button = QPushButton(self.tr("New session…"), self)
        self.new_button.setObjectName("newSessionButton")
        self.new_button.clicked.connect(lambda: window.trigger_action("session.new"))
        self.empty = plain_label(self.tr("No sessions yet."), self, wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        layout.setSpacing(6)
        layout.addWidget(heading(self.tr("Sessions"), self))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.new_button)
        self.setMinimumWidth(190)

        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.context.sessionChanged.connect(self._select)
        self.context.bookChanged.connect(self._update_state)
        self.model.rowsInserted.connect(self._after_rows)
        self.model.rowsRemoved.connect(self._after_rows)
        self.model.modelReset.connect(self._after_rows)
        self._update_state()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.context.set_session(int(current.data(IdRole)))

    def _select(self, session_id: int) -> None:
        row = self.model.row_of(session_id) if session_id >= 0 else None
        selection = self.view.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.model.index(row, 0)
        if self.view.currentIndex() != index:
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def _after_rows(self, *_args: object) -> None:
        sid = self.context.session_id
        if sid is not None:
            self._select(sid)
        if sid is not None and self.model.row_of(sid) is None:
            # The session being run was deleted (or undone): run the newest one.
            fallback = self.model.item(0).id if self.model.rowCount() else None
            self.context.set_session(fallback)
        self._update_state()

    def _update_state(self) -> None:
        has_book = self.context.book is not None
        count = self.model.rowCount()
        self.empty.setVisible(has_book and count == 0)
        self.new_button.setEnabled(has_book)
        self.view.setToolTip(self.tr("%n session(s)", "", count) if count else "")
