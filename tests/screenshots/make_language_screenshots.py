"""Screenshots of the console and the projector in German and Arabic (right to left).

    python tests/screenshots/make_language_screenshots.py [OUT_DIR]

Writes console-ideate-LANG.png (1366x768) and projector-ideate-LANG.png (1920x1080)
for LANG in de, ar, from the demo book, into OUT_DIR (default resources/screenshots).
The app's language is set as at start-up; the demo session's own language is left
empty, so the projector follows the app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HOME = Path(tempfile.mkdtemp(prefix="language-shots-"))
os.environ["HOME"] = str(HOME)
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.app.application import configure_app, create_app  # noqa: E402
from ui.app.i18n import install_language, remove_language  # noqa: E402
from workshop.book import Book  # noqa: E402
from workshop.demo import write_demo  # noqa: E402
from workshop.model import Phase  # noqa: E402


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(HOME / "settings"))
    app = create_app([])
    from ui.console.main_window import MainWindow
    from ui.projector import ProjectorWindow

    for lang in ("de", "ar"):
        install_language(app, lang)
        configure_app(app, "light")
        path = HOME / f"demo-{lang}.dwbook"
        with Book.create(path) as book:
            sessions = write_demo(book)
        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        window.books.open_path(path)
        window.context.set_session(sessions.latest)
        window.go_to_phase(Phase.IDEATE)
        settle(app)
        window.grab().save(str(out / f"console-ideate-{lang}.png"))
        projector = ProjectorWindow(window.context)
        projector.resize(1920, 1080)
        projector.show()
        settle(app)
        projector.grab().save(str(out / f"projector-ideate-{lang}.png"))
        print(out / f"console-ideate-{lang}.png", out / f"projector-ideate-{lang}.png")
        projector.close()
        window.context.bridge.run(window.context.book.sessions.set_phase, sessions.latest,
                                  Phase.WRAPUP)  # fmt: skip
        window.close()
        settle(app)
    remove_language(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
