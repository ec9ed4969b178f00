"""Words typed but not added yet are not lost when the window or the book closes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from workshop.book import Book
from workshop.model import Phase

from .ui_fixtures import go_to, make_window, open_book_with_session


def answer(monkeypatch, button_text: str | None) -> list[str]:
    """Make the next message boxes click *button_text* (None: dismissed without a choice)."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_closing_the_window_adds_the_card_still_in_the_capture_box(
    qtbot, ui_settings, monkeypatch, book_file
) -> None:
    window = make_window(qtbot)
    sid = open_book_with_session(window, book_file)
    page = go_to(window, Phase.IDEATE)
    qtbot.keyClicks(page.box, "Offer a phone charger at the desk")
    asked = answer(monkeypatch, "Add it")
    assert window.close()
    assert "Offer a phone charger at the desk" in asked[0]
    with Book.open(book_file) as book:
        assert [c.text for c in book.contributions.list(sid)] == [
            "Offer a phone charger at the desk"
        ]


def test_cancel_keeps_the_window_open_and_discard_drops_the_words(
    qtbot, ui_settings, monkeypatch, book_file
) -> None:
    window = make_window(qtbot)
    sid = open_book_with_session(window, book_file)
    page = go_to(window, Phase.IDEATE)
    qtbot.keyClicks(page.box, "Half a thought")
    answer(monkeypatch, "Cancel")
    assert not window.close()
    assert window.isVisible() and page.box.text() == "Half a thought"
    answer(monkeypatch, "Discard")
    assert window.close()
    with Book.open(book_file) as book:
        assert book.contributions.list(sid) == []


def test_a_new_action_typed_in_the_plan_form_is_added_before_the_book_closes(
    qtbot, ui_settings, monkeypatch, book_file
) -> None:
    window = make_window(qtbot)
    sid = open_book_with_session(window, book_file)
    page = go_to(window, Phase.PLAN)
    qtbot.keyClicks(page.form.what, "Put a bell on the counter")
    answer(monkeypatch, None)  # dismissed: the words are kept all the same
    window.books.open_path(book_file.with_name("other.dwbook"), create=True)
    with Book.open(book_file) as book:
        assert [a.what for a in book.actions.list(sid)] == ["Put a bell on the counter"]
    window.close()
