"""The roll-up window, driven like a user: File menu, a folder, sort, filter, threshold, merge,
export, double-click to open a team's book; and the warning for a book on a network drive."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMenu

from tests.rollup_books import TODAY, checksums, make_region
from ui.rollup import window as rollup_window
from ui.rollup.window import RollupWindow
from workshop.rollup import network, rollup_file


@pytest.fixture
def region(tmp_path: Path) -> Path:
    folder = tmp_path / "region"
    make_region(folder)
    return folder


def _click_menu(qtbot, console, menu_title: str, action_id: str) -> None:
    bar = console.menuBar()
    menu_action = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu_action).center())
    menu: QMenu = menu_action.menu()
    qtbot.waitUntil(menu.isVisible)
    action = console.action(action_id)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _rows(view, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _click_header(qtbot, view, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _click_row(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_roll_up_a_folder_from_the_file_menu_sort_filter_regroup_merge_export_open(
    qtbot,
    console,
    region: Path,
    tmp_path: Path,
    message_boxes: list,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rollup_window, "today", lambda: TODAY)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(region))
    )
    before = checksums(region)
    _click_menu(qtbot, console, "File", "file.rollup")
    qtbot.waitUntil(lambda: getattr(console, "_rollup_window", None) is not None)
    win: RollupWindow = console._rollup_window
    qtbot.waitUntil(lambda: win.isVisible() and win.team_model.rowCount() == 4)
    assert win.title.text() == "Teams rolled up: 4"
    assert _rows(win.team_table) == ["East", "North", "South", "West"]

    # Sort by overdue actions: a click sorts up, a second click down.
    _click_header(qtbot, win.team_table, 5)
    _click_header(qtbot, win.team_table, 5)
    assert _rows(win.team_table, 5) == ["2", "1", "1", "0"]
    assert _rows(win.team_table)[0] == "East"

    # Filter by part of a name.
    qtbot.keyClicks(win.filter, "st")
    assert sorted(_rows(win.team_table)) == ["East", "West"]
    win.filter.clear()
    assert win.teams.rowCount() == 4

    # Shared obstacles at 80, then stricter at 95, typed into the threshold box.
    groups = win.group_table
    assert win.groups.rowCount() == 5
    assert _rows(groups, 1)[0] == "3"
    win.threshold.selectAll()
    qtbot.keyClicks(win.threshold, "95")
    qtbot.keyClick(win.threshold, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.rollup.threshold == 95 and win.groups.rowCount() == 4)
    labels = _rows(groups)
    assert not any("safe" in label for label in labels)

    # Merge two groups by clicking their rows, then Merge.
    booking = labels.index("The booking system logs us out")
    formula = next(i for i, label in enumerate(labels) if label.startswith("=HYPERLINK"))
    _click_row(qtbot, groups, booking)
    _click_row(qtbot, groups, formula, Qt.KeyboardModifier.ControlModifier)
    assert win.merge_button.isEnabled()
    qtbot.mouseClick(win.merge_button, Qt.MouseButton.LeftButton)
    assert win.groups.rowCount() == 3
    merged = [r for r in range(3) if win.groups.index(r, 5).data() == "set by hand"]
    assert len(merged) == 1
    assert win.groups.index(merged[0], 2).data() == "East, North, West"
    assert win.groups.index(merged[0], 1).data() == "3"

    # Export the PDF: the grouping goes beside it, the books stay as they were.
    out = tmp_path / "region.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    qtbot.mouseClick(win.export_buttons[0], Qt.MouseButton.LeftButton)
    assert out.exists() and "region.rollup.json" in win.saved.text()
    saved = rollup_file.load(tmp_path / "region.rollup.json")
    assert saved.threshold == 95 and len(set(saved.decisions.pinned.values())) == 1
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Obstacles many teams share" in text and "Fix the door bell" in text
    assert checksums(region) == before

    # Split the merged group again: the roll-up file follows at once.
    _click_row(qtbot, groups, merged[0])
    qtbot.mouseClick(win.split_button, Qt.MouseButton.LeftButton)
    assert not any(win.groups.index(r, 5).data() == "set by hand" and
                   win.groups.index(r, 1).data() == "3" for r in range(win.groups.rowCount()))  # fmt: skip
    assert (
        len(set(rollup_file.load(tmp_path / "region.rollup.json").decisions.pinned.values())) == 2
    )

    # Double-click a team: its book opens in the console.
    south = _rows(win.team_table).index("South")
    rect = win.team_table.visualRect(win.teams.index(south, 0))
    qtbot.mouseClick(win.team_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(win.team_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: console.context.book is not None or bool(message_boxes))
    assert message_boxes == []
    assert console.context.book.path == (region / "South.dwbook").absolute()


def test_the_window_shows_skipped_files_and_its_help_says_a_live_book_must_not_be_shared(
    qtbot, region: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rollup_window, "today", lambda: TODAY)
    (region / "broken.dwbook").write_text("not a book")
    win = RollupWindow()
    qtbot.addWidget(win)
    win.show()
    win.add_sources([region])
    assert win.skipped.isVisible()
    assert "“broken.dwbook” is not a workshop book." in win.skipped.text()
    assert win.skipped.textFormat() == Qt.TextFormat.PlainText
    assert not win.help.isVisible()
    qtbot.mouseClick(win.help_button, Qt.MouseButton.LeftButton)
    assert win.help.isVisible()
    assert "network drive" in win.help.text() and "Roll up the copies" in win.help.text()


MOUNTS = """\
sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//server/teams {share} cifs rw,relatime 0 0
server:/export {nfs} nfs4 rw 0 0
"""


def test_network_drives_are_recognised_from_proc_mounts(tmp_path: Path) -> None:
    share = tmp_path / "my share"
    mounts = MOUNTS.format(share=str(share).replace(" ", "\\040"), nfs=tmp_path / "nfs")
    assert network.network_filesystem(share / "team.dwbook", mounts) == "cifs"
    assert network.network_filesystem(tmp_path / "nfs" / "a" / "b.dwbook", mounts) == "nfs4"
    assert network.network_filesystem(tmp_path / "local.dwbook", mounts) is None


def test_opening_a_book_from_a_network_drive_says_it_is_unsafe_and_points_to_the_rollup(
    console, region: Path, tmp_path: Path, message_boxes: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "mounts"
    fake.write_text(MOUNTS.format(share=region, nfs="/nowhere"), encoding="utf-8")
    monkeypatch.setattr(network, "MOUNTS", fake)
    assert console.books.open_path(region / "West.dwbook")  # it opens, with a warning
    assert console.context.book is not None
    (title, text) = message_boxes[-1]
    assert title == "This book is on a network drive"
    assert "cifs" in text and "Roll-up of Several Books" in text
    monkeypatch.setattr(network, "MOUNTS", tmp_path / "no-such-file")
    count = len(message_boxes)
    assert console.books.open_path(region / "East.dwbook")
    assert len(message_boxes) == count


def test_a_saved_rollup_file_reopens_its_books_threshold_and_groups(
    qtbot, region: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop.rollup import roll_up

    monkeypatch.setattr(rollup_window, "today", lambda: TODAY)
    rollup = roll_up([region], today=TODAY)
    safe = next(g for g in rollup.shared if "safe" in g.label)
    booking = next(g for g in rollup.shared if "booking" in g.label)
    rollup.decisions.merge([safe, booking])
    saved = rollup_file.save(tmp_path / "west.rollup.json", 85, rollup.decisions, [region])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(saved)], ""))
    )
    win = RollupWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.mouseClick(win.add_books_button, Qt.MouseButton.LeftButton)
    assert win.sources == [region] and win.threshold.value() == 85
    assert win.team_model.rowCount() == 4
    first = win.groups.index(0, 2).data()
    assert first == "East, North, South, West" and win.groups.index(0, 5).data() == "set by hand"
    singles = win.groups.rowCount()
    qtbot.mouseClick(win.show_single, Qt.MouseButton.LeftButton)
    assert win.groups.rowCount() > singles  # "Parking is full" and the like appear
