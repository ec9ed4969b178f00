"""Dialogs at least as wide as their title, so the window manager never cuts it ("Round…kshop").

A small dialog (Qt's own input dialogs too) is sized to its contents, often
narrower than its title plus the app's name, which Qt appends on Linux and
Windows. Each dialog is widened as it becomes the active window.

(Not an application-wide event filter: a Python filter runs for every event of the
app, painting included, and under Python 3.12 it crashed the projector's painting.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

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


def widen_to_title(dialog: QWidget | None) -> None:
    """Make *dialog* (a top-level QDialog) at least as wide as its whole title."""
    if not isinstance(dialog, QDialog) or not dialog.isWindow():
        return
    needed = title_width(dialog)
    if dialog.width() < needed:
        dialog.setMinimumWidth(needed)
        dialog.resize(needed, dialog.height())


class TitleWidth(QObject):
    """Follows the window that has the focus: a dialog that becomes active is widened."""

    def on_focus_window(self, _window: object) -> None:
        widen_to_title(QApplication.activeModalWidget() or QApplication.activeWindow())


INSTALLED = "delightTitleWidth"  # app property: the follower is connected


def install(app: QApplication) -> None:
    """Connect once (configure_app runs for every window in the tests)."""
    # A property, not app.findChild(TitleWidth): finding a child wraps the app's style
    # object, which builds every QStyle enum in Python (5 ms of the start).
    if not app.property(INSTALLED):
        follower = TitleWidth(app)
        app.focusWindowChanged.connect(follower.on_focus_window)
        app.setProperty(INSTALLED, True)
