"""Issue 13, item 3 in the window: the import command respects the open app, and with
--force the window and the projector show the imported cards within a second or two."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from ui.phases.ideate import IdeatePage
from ui.projector import ProjectorWindow
from workshop.book import Book
from workshop.model import Phase

from .trust_helpers import one_line_error, run_cli


def _ideate_book(path: Path) -> None:
    with Book.create(path) as book:
        book.sessions.create("Front desk", phase=Phase.IDEATE,
                             rounds=[("delight", "How could we delight a guest?")])  # fmt: skip


def test_an_import_from_the_cli_shows_in_the_open_window_and_projector(
    qtbot, console, tmp_path: Path
) -> None:
    path = tmp_path / "team.dwbook"
    _ideate_book(path)
    assert console.books.open_path(path)
    projector = ProjectorWindow(console.context)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    source = tmp_path / "rows.csv"
    source.write_text("kind,text,author\ndelight,Card from the command line,Ann\n", "utf-8")

    refused = run_cli("import", path, source, "--session", "Front desk")
    one_line_error(refused, "open in Delight Workshop on this computer", "--force")

    page = console.pages.findChild(IdeatePage)
    qtbot.keyClicks(page.box, "Half-typed idea")  # the facilitator is typing meanwhile

    forced = run_cli("import", path, source, "--session", "Front desk", "--force")
    assert forced.returncode == 0, forced.stderr
    qtbot.waitUntil(
        lambda: "Card from the command line" in projector.rendered_texts(), timeout=3000
    )
    model = page.model
    texts = [model.data(model.index(r, 0, QModelIndex()), Qt.ItemDataRole.DisplayRole)
             for r in range(model.rowCount())]  # fmt: skip
    assert any("Card from the command line" in str(t) for t in texts)
    assert console.context.session_id is not None  # the session stayed on screen
    assert page.box.text() == "Half-typed idea"  # and the words being typed stay
    assert not console.context.book.can_undo  # undo never replays over outside changes
    projector.close()


def test_the_window_says_when_a_torn_journal_was_kept(
    qtbot, console, message_boxes: list, tmp_path: Path
) -> None:
    """Issue 13, item 5 in the app: a truncated -wal is kept beside the book, and said."""
    import subprocess
    import sys

    path = tmp_path / "team.dwbook"
    _ideate_book(path)
    code = (
        "import os, sys; from workshop.book import Book\n"
        "b = Book.open(sys.argv[1]); b.db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "for i in range(4): b.contributions.add(1, 'delight', f'Card {i}')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    wal = Path(f"{path}-wal")
    torn = wal.read_bytes()[:-2000]
    wal.write_bytes(torn)
    Path(f"{path}-shm").unlink()
    assert console.books.open_path(path)
    assert any("could not be recovered" in title for title, _text in message_boxes)
    assert any("team.dwbook-wal.recovered" in text for _title, text in message_boxes)
    assert (tmp_path / "team.dwbook-wal.recovered").read_bytes() == torn
