"""An unexpected error is logged and explained; the app and the book carry on."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.app import crash


def _read_and_close_the_box(seen: list[tuple[str, str, str]]) -> None:
    """Read the message box the user sees, then press its OK button as they would."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, look)


def test_an_unexpected_error_is_logged_and_explained(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "errors.log")
    seen: list[tuple[str, str, str]] = []
    _read_and_close_the_box(seen)
    reporter = crash.ErrorReporter()
    try:
        raise ValueError("a bug in a slot")
    except ValueError:
        reporter(*sys.exc_info())
    log = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert "ValueError: a bug in a slot" in log and "Delight Workshop" in log
    assert len(seen) == 1
    title, text, detail = seen[0]
    assert title == "Something went wrong"
    assert "saved in the book" in text
    assert str(tmp_path / "errors.log") in detail
    assert QApplication.activeModalWidget() is None  # closed: the session carries on


def test_an_error_raised_in_a_slot_reaches_the_reporter(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QObject, Signal

    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "errors.log")
    monkeypatch.setattr(sys, "excepthook", crash.ErrorReporter())
    seen: list[tuple[str, str, str]] = []
    _read_and_close_the_box(seen)

    class Sender(QObject):
        fired = Signal()

    def broken() -> None:
        raise RuntimeError("slot failed")

    sender = Sender()
    sender.fired.connect(broken)
    sender.fired.emit()
    assert [title for title, _text, _detail in seen] == ["Something went wrong"]
    assert "RuntimeError: slot failed" in (tmp_path / "errors.log").read_text(encoding="utf-8")
