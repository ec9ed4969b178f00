"""Screenshots of the Vote page with more than nine items and the Plan page with reordered
and incomplete actions, at 1366x768, offscreen.

    python tests/screenshots/make_plan_vote_screenshots.py [OUT_DIR]

Writes console-vote-many-items.png and console-plan-order.png (default OUT_DIR:
resources/screenshots). Look at both after a change to those pages.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = Path(tempfile.mkdtemp(prefix="plan-vote-shots-"))
os.environ["HOME"] = str(HOME)
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app.application import configure_app, create_app  # noqa: E402
from workshop.book import Book  # noqa: E402
from workshop.model import Kind, Phase  # noqa: E402
from workshop.templates import create_session_from  # noqa: E402

IDEAS = [
    "Offer water and coffee while customers wait", "Text when the car is ready",
    "Call back within a day after every repair", "Loan a charger while they wait",
    "Explain the bill line by line", "A handwritten thank-you card",
    "Remember regulars' names", "Walk the customer to the car",
    "Free wash with every service", "Kids' corner with crayons",
    "Show how the new feature works before they leave", "Umbrellas to borrow",
]  # fmt: skip
OBSTACLES = ["The booking system logs us out every hour", "Refunds need a manager's signature"]
PEOPLE = ["Ann", "Bob", "Chen", "Dana", "Eli"]


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(HOME / "s"))
    app = create_app([])
    configure_app(app, "light")
    from ui.console.main_window import MainWindow

    path = HOME / "Service desk.dwbook"
    with Book.create(path) as book:
        sid = create_session_from(book, "delight-ideas", "Service desk, December",
                                  date="2026-12-01", participants=PEOPLE)  # fmt: skip
        for text in IDEAS:
            book.contributions.add(sid, Kind.DELIGHT, text)
        for text in OBSTACLES:
            book.contributions.add(sid, Kind.OBSTACLE, text)
        book.contributions.add(sid, Kind.HERO, "Mia drove a forgotten phone to the hotel")
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.books.open_path(path)
    window.context.set_session(sid)
    book = window.context.book

    # -- Vote: fourteen items; Ann typed 03, 11, 11; Bob is at the laptop on page 2 ------
    window.go_to_phase(Phase.VOTE)
    settle(app)
    page = window.current_page()
    page.open_voting()
    for number in ("03", "11", "11", "01", "14"):
        QTest.keyClicks(page.board, number)
    QTest.keyClick(page.board, Qt.Key.Key_Return)  # Bob's turn: back at the top
    QTest.keyClicks(page.board, "12")  # the second page, by its number
    QTest.keyClick(page.board, Qt.Key.Key_Down)
    QTest.keyClicks(page.board, "1")  # half-typed: the page says it waits
    settle(app)
    window.grab().save(str(out / "console-vote-many-items.png"))
    print(out / "console-vote-many-items.png")
    page.typing.cancel()
    page.close_voting()

    # -- Plan: four actions, one moved up with Alt+Up, two still incomplete ----------------
    window.go_to_phase(Phase.PLAN)
    settle(app)
    plan = window.current_page()
    book.actions.plan(sid, "Text when the car is ready", owner="Ann", due="2026-12-11",
                      first_step="Ask IT for the SMS gateway")  # fmt: skip
    book.actions.plan(sid, "Call back within a day after every repair", due="2026-12-18",
                      first_step="List yesterday's repairs each morning")  # fmt: skip
    book.actions.plan(sid, "Loan a charger while they wait", owner="Chen",
                      first_step="Buy six chargers")  # fmt: skip
    moved = book.actions.plan(sid, "Refunds up to 50 € without a signature", owner="Dana",
                              due="2027-01-08", help_needed="Approval from the area manager")  # fmt: skip
    settle(app)
    plan.planned.setFocus()
    plan.planned.selectRow(plan.actions.row_of(moved))
    QTest.keyClick(plan.planned, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(plan.planned, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    plan.ranked.selectRow(4)
    plan.make_action()
    plan.form.owner.setCurrentText("Eli")
    plan.form.due.edit.setFocus()
    plan.form.due.edit.selectAll()
    QTest.keyClicks(plan.form.due.edit, "2026-12-18")
    settle(app)
    window.grab().save(str(out / "console-plan-order.png"))
    print(out / "console-plan-order.png")
    plan.form.clear()  # nothing left unsaved: the window closes without asking
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
