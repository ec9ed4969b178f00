"""Screenshots of the room: the phone page at 390x844 in chromium, the projector's QR code.

    python tests/screenshots/make_room_screenshots.py [OUT_DIR]

Writes to OUT_DIR (default: screenshots-out/room): the phone joining, writing,
voting and seeing the result (light, and dark for writing and voting), side by
side in room-phone.png / room-phone-dark.png, and the projector at 1920x1080
with the room open (room-projector.png, room-projector-vote.png).
Needs Debian's chromium and chromium-driver.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.browser import phone_browser  # noqa: E402
from tests.room_harness import RoomHarness  # noqa: E402
from workshop.book import Book  # noqa: E402
from workshop.model import Phase  # noqa: E402

IDEAS = ("Remember returning guests' names", "Umbrellas at the door when it rains")


def make_book(path: Path) -> int:
    with Book.create(path) as book:
        sid = book.sessions.create(
            "Front desk, December",
            rounds=[("obstacle", "What slows you down when a guest checks in?")],
        )
        book.sessions.set_phase(sid, Phase.IDEATE)
        for text in IDEAS:
            book.contributions.add(sid, "delight", text)
    return sid


def phone_pages(out: Path, dark: bool) -> list[Path]:
    from selenium.webdriver.common.by import By

    folder = Path(tempfile.mkdtemp())
    sid = make_book(folder / "room.dwbook")
    served = RoomHarness(folder / "room.dwbook", sid)
    served.run(lambda: served.room.set_kind("obstacle"))
    served.run(lambda: served.room.set_timer(300, True))
    driver = phone_browser(dark=dark)
    suffix = "-dark" if dark else ""
    shots = []

    def shot(name: str) -> None:
        time.sleep(0.8)
        path = out / f"phone-{name}{suffix}.png"
        driver.save_screenshot(str(path))
        shots.append(path)

    try:
        driver.get(served.server.join_url)
        shot("join")
        driver.find_element(By.ID, "name").send_keys("Ann")
        driver.find_element(By.ID, "join-button").click()
        time.sleep(0.8)
        for text, way in (
            ("The key-card printer jams every morning", "We write room numbers on paper"),
            ("Nobody knows who restocks the minibar list", ""),
        ):
            driver.find_element(By.ID, "card-text").send_keys(text)
            driver.find_element(By.ID, "way-around").send_keys(way)
            driver.find_element(By.ID, "add-button").click()
            time.sleep(0.5)
        shot("write")

        def open_vote() -> None:
            served.book.sessions.set_phase(sid, Phase.VOTE)
            served.book.votes.open_voting(sid, method="phones", secret=False)

        served.run(open_vote)
        time.sleep(0.8)
        for index in (0, 0, 2):
            driver.find_elements(By.CSS_SELECTOR, "#ballot .plus")[index].click()
            time.sleep(0.4)
        shot("vote")
        served.run(lambda: served.book.votes.cast(sid, 2, "Bob"))
        served.run(lambda: served.book.votes.close_voting(sid))
        shot("result")
    finally:
        driver.quit()
        served.close()
    return shots


def side_by_side(paths: list[Path], target: Path, background: str) -> None:
    images = [QImage(str(p)) for p in paths]
    gap = 16
    width = sum(i.width() for i in images) + gap * (len(images) + 1)
    height = max(i.height() for i in images) + 2 * gap
    canvas = QImage(width, height, QImage.Format.Format_RGB32)
    canvas.fill(QColor(background))
    painter = QPainter(canvas)
    x = gap
    for image in images:
        painter.drawImage(x, gap, image)
        x += image.width() + gap
    painter.end()
    canvas.save(str(target))


def projector(out: Path) -> None:
    from ui.projector import ProjectorWindow
    from ui.room.controller import RoomController
    from ui.room.opening import choose_address
    from ui.state.bridge import BookBridge
    from ui.state.context import WorkshopContext

    app = QApplication.instance()
    path = Path(tempfile.mkdtemp()) / "projector.dwbook"
    sid = make_book(path)
    book = Book.open(path)
    book.sessions.set_prompt(book.sessions.rounds(sid)[0].id, "What slows you down at check-in?")
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(sid)
    controller = RoomController.of(context)
    controller.open(choose_address(None) or "127.0.0.1")
    window = ProjectorWindow(context)
    window.resize(1920, 1080)
    window.show()
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out / "room-projector.png"))
    book.sessions.set_phase(sid, Phase.VOTE)
    book.votes.open_voting(sid, method="phones")
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out / "room-projector-vote.png"))
    controller.close()
    window.close()
    book.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots-out/room")
    out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication(sys.argv[:1])
    light = phone_pages(out, dark=False)
    side_by_side(light, out / "room-phone.png", "#d9d5cc")
    dark = phone_pages(out, dark=True)
    side_by_side(dark[1:3], out / "room-phone-dark.png", "#3d3b36")
    projector(out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
