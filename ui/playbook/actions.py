"""The playbook's menu commands: View > Playbook (F6), and the Export menu's playbook PDF,
pocket cards, Markdown and CSV (the playbook belongs to the book, so no session is needed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.commands.declare import spec


def _open(window: Any) -> None:
    from ui.playbook.window import open_playbook

    open_playbook(window).focus_default()


def _export(fmt: str):
    def handler(window: Any) -> None:
        from ui.playbook.exporting import export_playbook

        if window.context.book is not None:
            export_playbook(window, window.context.book, fmt)

    return handler


spec(
    "view.playbook",
    QT_TRANSLATE_NOOP("Actions", "&Playbook"),
    "View",
    _open,
    ("F6",),
    tip=QT_TRANSLATE_NOOP(
        "Actions", "The recovery playbook: each mishap's apology, fix and extra, and how it went"
    ),
    section=5,
    needs="book",
)
spec(
    "export.playbook_pdf",
    QT_TRANSLATE_NOOP("Actions", "Recovery &Playbook as PDF…"),
    "Export",
    _export("playbook-pdf"),
    ("Ctrl+Alt+P",),
    tip=QT_TRANSLATE_NOOP("Actions", "The recovery playbook, a page per mishap in large type"),
    section=2,
    needs="book",
)
spec(
    "export.playbook_cards",
    QT_TRANSLATE_NOOP("Actions", "Recovery Poc&ket Cards…"),
    "Export",
    _export("playbook-cards"),
    ("Ctrl+Alt+K",),
    tip=QT_TRANSLATE_NOOP(
        "Actions",
        "Credit-card-size cards to cut out: mishap, apology, fix, extra, who can authorise",
    ),
    section=2,
    needs="book",
)
spec(
    "export.playbook_md",
    QT_TRANSLATE_NOOP("Actions", "Recovery Playbook as Markdo&wn…"),
    "Export",
    _export("playbook-md"),
    ("Ctrl+Alt+Shift+M",),
    tip=QT_TRANSLATE_NOOP("Actions", "The recovery playbook as a text document"),
    section=2,
    needs="book",
)
spec(
    "export.playbook_csv",
    QT_TRANSLATE_NOOP("Actions", "Recovery Playbook as CS&V…"),
    "Export",
    _export("playbook-csv"),
    ("Ctrl+Alt+Shift+C",),
    tip=QT_TRANSLATE_NOOP(
        "Actions", "The recovery playbook with its record of use, for a spreadsheet"
    ),
    section=2,
    needs="book",
)
