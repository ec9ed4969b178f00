"""An unexpected error is logged and explained; the app and the book carry on."""

from __future__ import annotations

import sys

from ui.app import crash


def test_an_unexpected_error_is_logged_and_explained(qtbot, tmp_path, monkeypatch) -> None:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "errors.log")
    monkeypatch.setattr(crash, "show_error", lambda parent, *texts: shown.append(texts))
    reporter = crash.ErrorReporter()
    try:
        raise ValueError("a bug in a slot")
    except ValueError:
        reporter(*sys.exc_info())
    log = (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert "ValueError: a bug in a slot" in log and "Delight Workshop" in log
    assert len(shown) == 1
    title, text, detail = shown[0]
    assert title == "Something went wrong"
    assert "saved in the book" in text
    assert str(tmp_path / "errors.log") in detail


def test_an_error_raised_in_a_slot_reaches_the_reporter(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QObject, Signal

    reports: list[str] = []
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "errors.log")
    monkeypatch.setattr(crash, "show_error", lambda parent, *texts: reports.append(texts[0]))
    monkeypatch.setattr(sys, "excepthook", crash.ErrorReporter())

    class Sender(QObject):
        fired = Signal()

    def broken() -> None:
        raise RuntimeError("slot failed")

    sender = Sender()
    sender.fired.connect(broken)
    sender.fired.emit()
    assert reports == ["Something went wrong"]
    assert "RuntimeError: slot failed" in (tmp_path / "errors.log").read_text(encoding="utf-8")
