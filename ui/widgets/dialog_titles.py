"""Dialogs at least as wide as their title, so the window manager never cuts it ("Round…kshop").

A small dialog (Qt's own input dialogs too) is sized to its contents, often
narrower than its title plus the app's name, which Qt appends on Linux and
Windows. One application-wide filter widens each dialog as it is shown.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

TITLE_BAR_EXTRAS = 150  # the window icon, three title-bar buttons and the frame, roughly


def shown_title(dialog: QDialog) -> str:
    """The title as the window manager shows it (Qt adds " — App" except on macOS)."""
    title = dialog.windowTitle().replace("[*]", "")
    name = QGuiApplication.applicationDisplayName()
    if sys.platform != "darwin" and name and name not in title:
        title = f"{title} — {name}" if title else name
    return title


def title_width(dialog: QDialog) -> int:
    """The width a dialog needs to show its whole title, capped by its screen."""
    bold = QFont(QApplication.font())
    bold.setBold(True)
    needed = QFontMetrics(bold).horizontalAdvance(shown_title(dialog)) + TITLE_BAR_EXTRAS
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        needed = min(needed, int(screen.availableGeometry().width() * 0.9))
    return needed


class TitleWidth(QObject):
    """Installed on the application: widens every dialog to its title when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            needed = title_width(watched)
            if watched.width() < needed:
                watched.setMinimumWidth(needed)
                watched.resize(needed, watched.height())
        return False


def install(app: QApplication) -> None:
    """Install the filter once (configure_app runs for every window in the tests)."""
    if app.findChild(TitleWidth) is None:
        app.installEventFilter(TitleWidth(app))
