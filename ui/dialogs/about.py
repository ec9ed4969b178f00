"""The About box (Help > About Delight Workshop) and the app's icon.

``show_about(parent)`` opens the box window-modally and returns it; a second
call while it is open raises the same box instead of stacking another.
``app_icon()`` is the window icon, built from the PNGs rendered by
packaging/render_icons.py.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.icons import app_icon
from workshop import __version__

ABOUT_OBJECT_NAME = "aboutDialog"


def _plain(text: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(ABOUT_OBJECT_NAME)
        self.setWindowTitle(self.tr("About Delight Workshop"))

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = _plain(self.tr("Delight Workshop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label = _plain(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setObjectName("aboutVersion")
        method = _plain(
            self.tr(
                "Better service comes from the people who give it: the team brings its "
                "own ideas to delight customers, names the obstacles in the way and the "
                "hero stories worth repeating, votes, and leaves with an action plan that "
                "management helps carry out."
            )
        )
        licence = _plain(
            self.tr(
                "Free software under the MIT licence. Ships the fonts DejaVu Sans (Bitstream Vera "
                "licence), Droid Sans Fallback (Apache License 2.0), Noto Sans (SIL Open Font "
                "License), Symbola and HanaMinB (free licences)."
            )
        )
        import platform  # here, not at start-up: it compiles a dozen patterns when imported

        runtime = _plain(
            self.tr("Qt %1, PySide6 %2, Python %3 on %4")
            .replace("%1", qVersion())
            .replace("%2", pyside_version)
            .replace("%3", platform.python_version())
            .replace("%4", platform.system() or sys.platform)
        )
        runtime.setObjectName("aboutRuntime")  # for bug reports: smaller
        small = runtime.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        runtime.setFont(small)

        text = QVBoxLayout()
        text.setSpacing(8)
        for widget in (title, self.version_label, method, licence, runtime):
            text.addWidget(widget)

        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(icon)
        body.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setFixedWidth(500)
        self.setFixedHeight(self.heightForWidth(500))


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About box over *parent* (window-modal, returns at once) and return it."""
    if parent is not None:
        existing = parent.findChild(AboutDialog, ABOUT_OBJECT_NAME)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
