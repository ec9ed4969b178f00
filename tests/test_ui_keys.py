"""Keyboard, plain text, the timer's end signal, colours and fitting on a small screen."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QLineEdit

from ui.commands.menus import key_sequences
from ui.commands.registry import REGISTRY
from ui.commands.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from ui.models.contributions import ContributionModel
from ui.state import settings as prefs
from ui.widgets.palette import is_dark
from workshop.model import Kind, Phase

from .ui_fixtures import go_to, open_book_with_session, type_card

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MARKUP = "<b>bold</b> <img src=x>"
CONSOLE_PREFIXES = (
    "file.",
    "edit.",
    "group.",
    "session.",
    "timer.",
    "capture.",
    "plan.",
    "export.",
)
CONSOLE_IDS = {"view.sessions", "view.dark", "view.full_screen", "help.shortcuts"}


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifiers)


def test_no_two_commands_share_a_key(console):
    owners: Counter[str] = Counter()
    for spec in REGISTRY.values():
        for key in key_sequences(spec):
            owners[key.toString()] += 1
    assert [k for k, n in owners.items() if n > 1] == []


def test_every_console_command_has_a_shortcut_and_standard_keys_are_used(console):
    others = ("ui.series", "ui.projector", "ui.voting", "ui.help")
    mine = [
        s
        for s in REGISTRY.values()
        if (s.id.startswith(CONSOLE_PREFIXES) or s.id in CONSOLE_IDS)
        and not s.handler.__module__.startswith(others)
    ]
    assert len(mine) > 30
    without = [s.id for s in mine if not key_sequences(s) and "submenu" not in s.extra]
    assert without == []
    assert QKeySequence.StandardKey.Undo in REGISTRY["edit.undo"].shortcuts
    assert QKeySequence.StandardKey.Redo in REGISTRY["edit.redo"].shortcuts
    assert QKeySequence("Ctrl+Shift+Z") in console.action("edit.redo").shortcuts()
    assert QKeySequence.StandardKey.Open in REGISTRY["file.open"].shortcuts


def test_help_lists_every_registered_command(qtbot, console):
    rows = shortcut_rows()
    assert len(rows) == len(REGISTRY)
    dialog = ShortcutsDialog(console)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(REGISTRY)
    commands = {dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert {"Undo", "Next Phase", "Merge Duplicates", "Next Kind"} <= commands
    keys = {
        dialog.model.index(r, 1).data(): dialog.model.index(r, 2).data()
        for r in range(dialog.model.rowCount())
    }
    assert "Ctrl+K" in keys["Next Kind"]
    assert "Ctrl+PgDown" in keys["Next Phase"]
    dialog.filter.setText("merge")
    assert dialog.proxy.rowCount() >= 1


def test_phases_forward_and_back_by_keyboard(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    assert console.current_phase() == Phase.IDEATE  # the template starts there
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert console.current_phase() == Phase.WARMUP
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert console.current_phase() == Phase.IDEATE
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert console.current_phase() == Phase.GROUP
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert book.sessions.get(sid).phase == Phase.WARMUP
    assert console.stepper.buttons[Phase.WARMUP].isChecked()
    qtbot.mouseClick(console.stepper.buttons[Phase.PLAN], Qt.MouseButton.LeftButton)
    assert console.current_phase() == Phase.PLAN


def test_markup_in_a_card_shows_as_typed(qtbot, console, book_file):
    sid = open_book_with_session(console, book_file)
    book = console.context.book
    page = go_to(console, Phase.IDEATE)
    type_card(qtbot, page, MARKUP)
    assert book.contributions.list(sid)[0].text == MARKUP
    index = page.model.index(0, 0)
    assert index.data() == MARKUP
    tip = QTextDocument()
    tip.setHtml(index.data(Qt.ItemDataRole.ToolTipRole))
    assert tip.toPlainText() == MARKUP
    book.contributions.add(sid, Kind.HERO, MARKUP)
    book.sessions.update(sid, title=MARKUP)
    assert console.windowTitle().startswith(MARKUP)
    for phase in (Phase.WARMUP, Phase.GROUP, Phase.PLAN, Phase.WRAPUP):
        go_to(console, phase)
    warmup = console.pages.page(Phase.WARMUP)
    assert warmup.story.text() == MARKUP
    assert console.pages.page(Phase.WRAPUP).title.text() == MARKUP
    # No label of the console may read its text as markup (form captions like "&Story"
    # are fixed words; anything with a "<" in it must be plain).
    for phase in (Phase.WARMUP, Phase.IDEATE, Phase.GROUP, Phase.PLAN, Phase.WRAPUP):
        for label in console.pages.page(phase).findChildren(QLabel):
            if label.textFormat() != Qt.TextFormat.PlainText:
                assert "<" not in label.text(), label.text()
    shown = [label for label in console.findChildren(QLabel) if label.text() == MARKUP]
    assert len(shown) >= 2  # the story read out, the wrap-up title
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_timer_controls_and_gentle_end_signal(qtbot, console, book_file, monkeypatch):
    open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    timer = console.context.timer
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert timer.running and page.timer_panel.start_button.text() == "Pause"
    assert console.action("timer.toggle").text().replace("&", "") == "Pause Timer"
    left = timer.seconds_left()
    press(qtbot, Qt.Key.Key_Equal, CTRL)
    assert timer.seconds_left() >= left + 59
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert not timer.running
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert timer.seconds_left() == page.timer_panel.minutes.value() * 60
    assert QApplication.focusWidget() is page.box  # the controls never take the focus
    timer.set_minutes(0.01)  # 0.6 s
    with qtbot.waitSignal(timer.finished, timeout=3000):
        timer.start()
    assert beeps == [1]
    assert page.timer_panel.flasher.flashing
    assert console.findChild(QLabel, "timerStatus").text() == "Time is up"
    qtbot.waitUntil(lambda: not page.timer_panel.flasher.flashing, timeout=5000)


def test_dark_colours_switch_and_are_remembered(qtbot, console, book_file):
    open_book_with_session(console, book_file)
    go_to(console, Phase.IDEATE)
    assert not is_dark(QApplication.palette())
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert is_dark(QApplication.palette())
    assert prefs.COLOR_SCHEME.read(prefs.settings()) == "dark"
    assert console.action("view.dark").isChecked()
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert abs(text.lightness() - base.lightness()) > 150  # readable contrast
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert not is_dark(QApplication.palette())


def test_every_page_fits_a_1366_by_768_screen(qtbot, console, book_file):
    open_book_with_session(console, book_file)
    for phase in Phase:
        go_to(console, phase)
        hint = console.minimumSizeHint().expandedTo(console.minimumSize())
        page_hint = console.current_page().minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, phase
        assert page_hint.width() + console.sessions.minimumWidth() + 40 <= 1366, phase
        assert page_hint.height() + 200 <= 768, phase
    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)  # more room: hide the session list
    assert console.sessions.isHidden()


def test_models_follow_a_book_switch(qtbot, console, book_file, tmp_path):
    open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    type_card(qtbot, page, "first book")
    model: ContributionModel = page.model
    assert model.rowCount() == 1
    open_book_with_session(console, tmp_path / "second.dwbook")
    assert model.rowCount() == 0
    assert console.sessions.model.rowCount() == 1


def test_a_100_kb_paste_is_captured_whole_and_plan_fields_take_it_too(qtbot, console, book_file):
    """QLineEdit cuts at 32,767 characters unless told otherwise: nothing pasted is lost."""
    from PySide6.QtGui import QGuiApplication

    big = ("Ünïcode ✓ 🎉 مرحبا שלום <b>not bold</b>\n" * 2700)[:100_000].strip()
    sid = open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    QGuiApplication.clipboard().setText(big)
    qtbot.keyClick(page.box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.box, Qt.Key.Key_Return)
    cards = console.context.book.contributions.list(sid)
    assert len(cards) == 1 and cards[0].text == big
    plan = go_to(console, Phase.PLAN)
    short = [
        f"{type(f.parent()).__name__}/{f.objectName() or f.placeholderText()}"
        for f in plan.findChildren(QLineEdit)
        if f.maxLength() < 100_000 and not isinstance(f.parent(), QAbstractSpinBox)
    ]
    assert short == []


def test_a_pasted_page_is_a_card_of_twelve_lines_not_a_wall(qtbot, console, book_file):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QListView, QStyleOptionViewItem

    from ui.widgets.card_delegate import MAX_CARD_LINES, CardDelegate

    sid = open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    console.context.book.contributions.add(sid, "delight", "word " * 20_000)
    view = QListView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    option = QStyleOptionViewItem()
    option.font = console.font()
    height = CardDelegate(view).sizeHint(option, page.model.index(0, 0)).height()
    line = QFontMetrics(option.font).lineSpacing()
    assert line * MAX_CARD_LINES <= height <= line * (MAX_CARD_LINES + 4)


def test_three_cards_deleted_at_once_come_back_with_one_ctrl_z(qtbot, console, book_file):
    from PySide6.QtCore import QItemSelectionModel

    sid = open_book_with_session(console, book_file)
    page = go_to(console, Phase.IDEATE)
    for text in ("Warm towels", "Free umbrella", "Name on the cup", "Keep me"):
        type_card(qtbot, page, text)
    book = console.context.book
    selection = page.list.selectionModel()
    for row in range(3):  # newest first: the last three typed but "Warm towels"
        selection.select(page.list.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert [c.text for c in book.contributions.list(sid)] == ["Warm towels"]
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(book.contributions.list(sid)) == 4
