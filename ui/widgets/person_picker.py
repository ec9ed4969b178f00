"""Who said the next card: a list of the session's people that takes a typed name.

Ctrl+U moves to the next person and puts the cursor here with the name selected:
type the first letters of anyone's name ("da" finds Dana) and press Enter, or
press Ctrl+U again for the next one. Enter, Tab or Esc go back to the capture box
(Esc keeps the person chosen before).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ui.widgets.capture_box import CaptureEdit


class PersonPicker(QComboBox):
    done = Signal()  # the facilitator is back to typing cards
    unknown = Signal(str)  # a typed name that is nobody in the session

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # The console's Ctrl+U / Ctrl+K still work while the cursor is in the name.
        self.setLineEdit(CaptureEdit(self))
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.setCompleter(completer)
        self.installEventFilter(self)  # the combo has the focus, its line edit the text
        self.lineEdit().installEventFilter(self)
        self.activated.connect(lambda _i: self.done.emit())
        self._before = 0

    def start_typing(self) -> None:
        """Put the cursor in the name, selected, ready to be typed over."""
        self._before = self.currentIndex()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.lineEdit().selectAll()

    def typing(self) -> bool:
        return self.hasFocus() or self.lineEdit().hasFocus()

    def step(self, step: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())

    def match(self, typed: str) -> int:
        """The row of the person *typed* names: whole name, else the first that starts so."""
        wanted = typed.strip().casefold()
        if not wanted:
            return 0  # nothing typed: no name
        names = [self.itemText(i).casefold() for i in range(self.count())]
        if wanted in names:
            return names.index(wanted)
        for row, name in enumerate(names):
            if name.startswith(wanted):
                return row
        for row, name in enumerate(names):
            if wanted in name:
                return row
        return -1

    def accept_typed(self) -> bool:
        row = self.match(self.lineEdit().text())
        if row < 0:
            self.unknown.emit(self.lineEdit().text().strip())
            self.lineEdit().selectAll()
            return False
        self.setCurrentIndex(row)
        self.setEditText(self.itemText(row))
        self.done.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self, self.lineEdit()) and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress:
                key = event.key()
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                    self.accept_typed()
                    return True
                if key == Qt.Key.Key_Escape:
                    self.setCurrentIndex(self._before)
                    self.setEditText(self.itemText(self._before))
                    self.done.emit()
                    return True
        elif watched is self and event.type() == QEvent.Type.FocusOut:
            # Left by a click elsewhere: show the person who is really chosen.
            self.setEditText(self.itemText(self.currentIndex()))
        return super().eventFilter(watched, event)
