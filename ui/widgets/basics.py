"""Small building blocks shared by the console's pages (all text plain)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QSizePolicy, QWidget

# QLineEdit silently cuts text at 32,767 characters: a pasted page must arrive whole.
MAX_TEXT_LENGTH = 10_000_000


def long_text_line(edit: QLineEdit) -> QLineEdit:
    """Let a one-line field take any length of text (pastes are stored exactly)."""
    edit.setMaxLength(MAX_TEXT_LENGTH)
    return edit


class WrappingLabel(QLabel):
    """A word-wrapped label that measures its height once per width.

    Layouts ask a wrapped label for its height at each width they try, dozens of times
    while a window opens, and QLabel lays its text out again at every question (a page
    with one such hint spent 5 ms in it). The answers are kept until the text, the
    font or the margins change.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def setContentsMargins(self, *margins: object) -> None:  # type: ignore[override]
        self._heights.clear()
        super().setContentsMargins(*margins)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = False,
    scale: float = 1.0,
    bold: bool = False,
    muted: bool = False,
) -> QLabel:
    """A label that never interprets markup (user text shows as typed)."""
    label = WrappingLabel(parent) if wrap else QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if scale != 1.0 or bold:
        scale_font(label, scale, bold=bold or None)
    if muted:
        # A role, not a colour: it follows the palette when light/dark changes.
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.15) -> QLabel:
    label = plain_label(text, parent, scale=scale, bold=True)
    label.setAccessibleName(text)
    return label


def muted_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    return plain_label(text, parent, wrap=wrap, muted=True)


def scale_font(widget: QWidget, scale: float, *, bold: bool | None = None) -> None:
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)


def hline(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return widget
