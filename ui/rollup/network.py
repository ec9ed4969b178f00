"""A warning when a book is opened from a network share: one live book there is unsafe."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.models.labels import fill
from ui.widgets.messages import show_error
from workshop.rollup.network import network_filesystem


def warn_if_on_network(parent: QWidget | None, path: Path) -> bool:
    """Say so (once per opening) if *path* is on a network file system; True if it is."""
    kind = network_filesystem(path)
    if kind is None:
        return False
    show_error(
        parent,
        QCoreApplication.translate("Rollup", "This book is on a network drive"),
        fill(
            QCoreApplication.translate(
                "Rollup",
                "“%1” is on a network drive (%2). Sharing one live book there is unsafe: "
                "SQLite cannot lock it reliably over the network, and a book changed from two "
                "computers can be damaged. Keep each team's book on its own computer, and to "
                "see several teams together collect copies in a folder and use File > "
                "Roll-up of Several Books…",
            ),
            path.name,
            kind,
        ),
    )
    return True
