"""Screenshots of the pages that must fit a laptop, and of the projector's end of a round.

    python tests/screenshots/make_layout_screenshots.py [OUT_DIR]

Writes, from the demo book, the Follow-up, Ideate, Vote (a vote under way) and
Plan pages at 1366x768 (100 %), 1366x768 at 125 % (QT_SCALE_FACTOR=1.25) and
1920x1080, and the projector at 1920x1080 when the round timer has run out
(with the one-screen hint "Esc or F5: back to the console"). Each size runs in a
child process: the scale factor is read when Qt starts. Default OUT_DIR:
screenshots-out/layout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZES = {"": (1366, 768, 1.0), "-x1.25": (1366, 768, 1.25), "-1920": (1920, 1080, 1.0)}


def shoot(out: Path, suffix: str, width: int, height: int, scale: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="layout-shots-"))
    os.environ["HOME"] = str(home)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    from ui.app.application import configure_app, create_app
    from workshop.book import Book
    from workshop.demo import write_demo
    from workshop.model import Phase

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "s"))
    app = create_app([])
    configure_app(app, "light")
    from ui.console.main_window import MainWindow
    from ui.projector.actions import projector_of, toggle_projector

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    def save(widget, name: str) -> None:
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    (home / "Documents").mkdir()
    path = home / "Documents" / "Service desk.dwbook"
    with Book.create(path) as book:
        sessions = write_demo(book)
        voting = book.sessions.create(
            "Service desk: value ideas", participants=["Aisha", "Jonas", "Maria", "Tom"],
            phase=Phase.VOTE, secret_votes=False,
        )  # fmt: skip
        for card in book.contributions.list(sessions.latest):
            book.contributions.add(voting, card.kind, card.text)
        book.votes.open_voting(voting)
    window = MainWindow()
    window.resize(round(width / scale), round(height / scale))
    window.show()
    window.books.open_path(path)
    window.context.set_session(sessions.latest)
    for phase, name in ((Phase.REVIEW, "layout-follow-up"), (Phase.IDEATE, "layout-ideate"),
                        (Phase.PLAN, "layout-plan")):  # fmt: skip
        window.go_to_phase(phase)
        save(window, name)
    window.context.set_session(voting)
    save(window, "layout-vote")
    if suffix == "-1920":
        window.context.set_session(sessions.latest)
        window.go_to_phase(Phase.IDEATE)
        settle()
        toggle_projector(window)
        projector = projector_of(window)
        projector.showNormal()  # the offscreen screen is 800x800: 1920x1080 as a window
        projector.resize(width, height)
        window.context.timer.set_minutes(0)  # the round has run out
        save(projector, "projector-time-up")
        projector.close()
    window.go_to_phase(Phase.WRAPUP)
    window.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots-out" / "layout"
    out.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 2:  # the child: one size
        suffix = sys.argv[2] if sys.argv[2] != "-" else ""
        width, height, scale = SIZES[suffix]
        if scale != 1.0:
            os.environ["QT_SCALE_FACTOR"] = str(scale)
        shoot(out, suffix, width, height, scale)
        return 0
    for suffix in SIZES:
        subprocess.run([sys.executable, __file__, str(out), suffix or "-"], check=True, timeout=120)
    return 0


if __name__ == "__main__":
    sys.exit(main())
