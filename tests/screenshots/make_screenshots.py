"""Screenshots of the facilitator console: every phase at 1366x768, offscreen.

    python tests/screenshots/make_screenshots.py [OUT_DIR] [--dark] [--scale 1.5]

Writes PNGs to OUT_DIR (default: screenshots-out/console) from the demo book:
the welcome page, each of the seven phases, the new-session dialog and the
keyboard shortcuts. ``--scale`` sets QT_SCALE_FACTOR (125 % and 150 % displays);
the window keeps 1366x768 *physical* pixels when the screen allows it, else
the logical size is 1366x768 divided by the factor. Look at every image after
a change to the console.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "screenshots-out" / "console")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR")
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=768)
    return parser.parse_args()


ARGS = parse()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A home folder of its own, so the status bar shows "~/Documents/Service desk.dwbook".
HOME = Path(tempfile.mkdtemp(prefix="console-shots-"))
os.environ["HOME"] = str(HOME)
if ARGS.scale != 1.0:
    os.environ["QT_SCALE_FACTOR"] = str(ARGS.scale)
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.app.application import configure_app, create_app  # noqa: E402
from workshop.book import Book  # noqa: E402
from workshop.demo import write_demo  # noqa: E402
from workshop.model import Phase  # noqa: E402


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, out: Path, name: str) -> Path:
    QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def main() -> int:
    out: Path = ARGS.out
    out.mkdir(parents=True, exist_ok=True)
    work = HOME / "Documents"
    work.mkdir(exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(HOME / "settings"))
    app = create_app([])
    configure_app(app, "dark" if ARGS.dark else "light")
    from ui.console.main_window import MainWindow

    suffix = ("-dark" if ARGS.dark else "") + (f"-x{ARGS.scale:g}" if ARGS.scale != 1 else "")
    window = MainWindow()
    width, height = ARGS.width, ARGS.height
    if ARGS.scale != 1.0:
        width, height = round(width / ARGS.scale), round(height / ARGS.scale)
    window.resize(width, height)
    window.show()
    settle(app)
    save(window, out, f"00-welcome{suffix}")

    path = work / "Service desk.dwbook"
    with Book.create(path) as book:
        sessions = write_demo(book)
    window.books.open_path(path)
    window.context.set_session(sessions.latest)
    book = window.context.book
    # Back at the start of the session, so each phase is reached the way a facilitator does.
    for number, phase in enumerate(Phase, start=1):
        window.go_to_phase(phase)
        settle(app)
        page = window.current_page()
        if phase is Phase.GROUP:
            board = page.board
            board.clearSelection()
            board.setFocus()
            board.setCurrentIndex(board.cards.index(0, 1))  # the first theme's first card
        if phase is Phase.IDEATE:
            page.box.setText("Call the customer when the car is ready, not when they ask")
            page.box.setCursorPosition(len(page.box.text()))
        if phase is Phase.PLAN:
            page.ranked.selectRow(0)
            page.make_action()
            page.form.owner.setCurrentText("Maria Lopez")
        settle(app)
        save(window, out, f"{number:02d}-{phase.value}{suffix}")
    window.go_to_phase(Phase.IDEATE)
    settle(app)

    window.action("session.new").trigger()
    settle(app)
    dialog = window.findChild(QWidget, "newSessionDialog")
    save(dialog, out, f"10-new-session{suffix}")
    dialog.reject()

    from ui.commands.shortcuts_dialog import ShortcutsDialog

    shortcuts = ShortcutsDialog(window)
    shortcuts.show()
    settle(app)
    save(shortcuts, out, f"11-shortcuts{suffix}")
    shortcuts.close()
    window.context.bridge.run(book.sessions.set_phase, sessions.latest, Phase.WRAPUP)
    # The texts typed for the pictures are not the facilitator's words: drop them, or
    # closing the window asks "Text not added yet", which nobody answers offscreen.
    from ui.widgets.drafts import pending_drafts

    for page, _text in pending_drafts(window):
        if hasattr(page, "box"):
            page.box.clear()
        if hasattr(page, "form"):
            page.form.what.clear()
    left = pending_drafts(window)
    if left:
        print(f"drafts still typed, not closing: {left}", file=sys.stderr)
        return 1
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
