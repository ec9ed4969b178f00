"""Screenshots of the projector in every phase at 1920x1080 and 1024x768 (offscreen).

    python tests/screenshots/make_projector_screenshots.py [OUT_DIR]

Writes PNGs to OUT_DIR (default: screenshots-out/projector) from the demo book,
plus the voting board in each state, an anonymous session, a 200-card wall and
the console's Vote page. Look at every one of them after a change to the
projector.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from ui.app.i18n import install_language
from ui.projector import ProjectorWindow
from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from ui.voting.page import VotePage
from ui.voting.state import VotingState
from workshop.book import Book
from workshop.demo import write_demo
from workshop.model import Phase

SIZES = ((1920, 1080), (1024, 768))


def settle(app: QApplication) -> None:
    for _ in range(4):
        app.processEvents()


class Room:
    """A book, a context and a projector, like the console has them."""

    def __init__(self, app: QApplication, book: Book, sid: int) -> None:
        self.app, self.book, self.sid = app, book, sid
        self.context = WorkshopContext()
        self.context.set_book(BookBridge(book))
        self.context.set_session(sid)
        self.projector = ProjectorWindow(self.context)
        self.projector.pager.stop()  # pages turn only when the script says so
        self.projector.show()

    def shoot(self, out: Path, name: str, phase: Phase | None = None) -> None:
        if phase is not None and self.book.sessions.get(self.sid).phase != phase:
            self.book.sessions.set_phase(self.sid, phase)
        for width, height in SIZES:
            self.projector.resize(width, height)
            settle(self.app)
            path = out / f"{name}-{width}x{height}.png"
            self.projector.grab().save(str(path))
            print(path)


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(app, "en")  # the English catalogue holds the plurals ("5 ideas")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    book = Book.create(tmp / "demo.dwbook")
    sessions = write_demo(book)
    sid = sessions.latest
    room = Room(app, book, sid)
    room.shoot(out, "01-review", Phase.REVIEW)
    room.shoot(out, "02-warmup", Phase.WARMUP)
    room.context.timer.set_minutes(4.5)
    room.shoot(out, "03-ideate", Phase.IDEATE)
    room.shoot(out, "04-group", Phase.GROUP)

    # Voting: results first (the demo has voted), then reopen to show the board live.
    room.shoot(out, "05-vote-result", Phase.VOTE)
    state = VotingState.of(room.context)
    book.votes.open_voting(sid, secret=False, method="turns")
    state.set_turn(2)
    for _ in range(5):
        state.take_back()
    state.cast_number(2)
    state.cast_number(2)
    state.cast_number(2)
    state.cast_number(2)  # refused: shows the message
    room.shoot(out, "06-vote-turns")
    book.sessions.update(sid, secret_votes=True)
    room.shoot(out, "07-vote-secret")
    book.sessions.update(sid, vote_mode="hands")
    state.select(state.page_items()[1].id)
    room.shoot(out, "08-vote-hands")
    book.sessions.update(sid, vote_mode="turns")
    book.votes.close_voting(sid)
    room.shoot(out, "09-plan", Phase.PLAN)
    room.shoot(out, "10-wrapup", Phase.WRAPUP)

    # An anonymous session: whose turn shows as "Voter 3 of 8", no names anywhere.
    anon = book.sessions.create("Evening shift (anonymous)", anonymous=True, phase=Phase.VOTE,
                                participants=[f"P{i}" for i in range(8)], secret_votes=False)  # fmt: skip
    for text in ("Text customers when the car is ready", "A phone charger at every desk",
                 "Free coffee to go", "Write the next service date on the key tag"):  # fmt: skip
        book.contributions.add(anon, "delight", text)
    room.context.set_session(anon)
    book.votes.open_voting(anon)
    state.set_turn(2)
    state.cast_number(1)
    room.shoot(out, "11-vote-anonymous")

    # 200 cards on the wall, in five themes: pages, nothing overlaps or is cut.
    wall = book.sessions.create("Big wall", phase=Phase.GROUP)
    themes = [book.themes.create(wall, name) for name in
              ("Waiting", "Talking to customers", "Little extras", "Tools", "Paperwork")]  # fmt: skip
    for i in range(200):
        words = " ".join(["and", "a", "friendly", "word"] * (i % 7))
        cid = book.contributions.add(wall, "delight", f"Idea {i + 1}: greet every guest {words}")
        if i % 5:
            book.contributions.set_theme([cid], themes[i % 5])
    room.context.set_session(wall)
    room.shoot(out, "12-wall-200-page-1")
    room.projector.next_page()
    room.shoot(out, "13-wall-200-page-2")

    # The console's Vote page, as the facilitator sees it on a 1366x768 laptop.
    room.context.set_session(sid)
    book.votes.open_voting(sid)
    page = VotePage(room.context)
    page.resize(1366, 700)
    page.show()
    settle(app)
    page.grab().save(str(out / "14-console-vote-page-1366.png"))
    print(out / "14-console-vote-page-1366.png")
    room.projector.close()
    room.context.set_book(None)
    book.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots-out/projector"))
