"""A wrapped label keeps its measured heights only while they hold: new words, a new
font or new margins are measured again, so no text is ever cut."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.widgets.basics import plain_label


def test_a_wrapped_label_grows_and_shrinks_with_its_text_font_and_margins(qtbot):
    label = plain_label("short", wrap=True)
    qtbot.addWidget(label)
    one_line = label.heightForWidth(120)
    assert label.heightForWidth(120) == one_line  # asked again: the same answer
    label.setText("a much longer hint that needs several lines at this width " * 3)
    several = label.heightForWidth(120)
    assert several >= 4 * one_line
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(120) > several
    label.setText("short")
    label.setContentsMargins(0, 20, 0, 20)
    assert label.heightForWidth(120) >= 40 + one_line


def test_a_wrapped_hint_in_a_narrow_window_shows_every_line(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    hint = plain_label("Drag cards onto a theme, or select them and press Ctrl+G. " * 2, wrap=True)
    QVBoxLayout(page).addWidget(hint)
    page.resize(500, 300)
    page.show()
    qtbot.waitExposed(page)
    wide = hint.height()
    page.resize(160, 600)
    qtbot.waitUntil(lambda: hint.width() < 200)
    qtbot.wait(20)
    assert hint.height() > wide
    assert hint.height() >= hint.heightForWidth(hint.width())
