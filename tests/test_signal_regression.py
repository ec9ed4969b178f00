"""10,000 emissions of BookBridge.changed through the app's own bridge: the process survives.

PySide6 6.12.0 on CPython 3.11 lost a reference to ``True`` on every
``Signal.emit()`` and aborted after a few hundred emissions ("Fatal Python error:
bool_dealloc"). An abort kills the interpreter, so the emissions run in a child
process: the test checks that it exits normally and that every change arrived.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

EMISSIONS = 10_000
OPERATIONS = 300  # real, committed operations; the rest are direct emits

CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    folder = Path(sys.argv[1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "s"))
    from ui.app.application import configure_app
    from ui.console.main_window import MainWindow
    from workshop.journal import Change, RowChange
    from workshop.model import Kind, Phase

    app = QApplication([])
    configure_app(app, "light")
    window = MainWindow()
    window.show()
    assert window.books.open_path(folder / "signals.dwbook", create=True)
    book = window.context.book
    bridge = window.context.bridge
    received = []
    bridge.changed.connect(lambda change: received.append(change.origin))
    sid = book.sessions.create("Signals", participants=["Ann", "Bob"])
    window.context.set_session(sid)
    window.go_to_phase(Phase.IDEATE)
    page = window.current_page()
    operations, total = int(sys.argv[2]), int(sys.argv[3])
    for i in range(operations - 2):
        page.box.setText(f"idea {i}")
        assert page.capture() is not None      # a real operation: commit + changed
    bridge.undo()
    bridge.redo()
    empty = Change("Nothing", (), "do")
    foreign = Change("Other", (RowChange("contributions", 10**9, None,
                      {"id": 10**9, "session_id": -1, "kind": "delight"}),), "do")
    for i in range(total - len(received)):
        bridge.changed.emit(empty if i % 2 else foreign)
        if i % 500 == 0:
            app.processEvents()
    app.processEvents()
    assert page.model.rowCount() == operations - 3 + 1, page.model.rowCount()
    print("received", len(received), received.count("undo"), received.count("redo"))
    window.close()
    """
)


def test_ten_thousand_emissions_through_the_app_bridge(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), str(OPERATIONS), str(EMISSIONS)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"received {EMISSIONS} 1 1" in result.stdout
