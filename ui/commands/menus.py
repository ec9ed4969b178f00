"""Turn the action registry into the main window's QActions, menus and toolbar.

``ActionSpec.extra`` keys understood here (all optional):

- ``phases``: the phases whose page must be showing for the action to be enabled;
- ``refresh``: ``fn(window, qaction)`` called after every change, to update the
  text or the checked state (e.g. "Undo Add delight idea");
- ``submenu``: ``fn(window, qmenu)`` fills a submenu each time it opens;
- ``toolbar``: True to put the action on the main toolbar;
- ``page_method``: enabled only while the page shown has this method;
- ``icon``: a ``QStyle.StandardPixmap``, or ``fn(palette) -> QIcon`` (redrawn when
  the palette changes), for the toolbar;
- ``menu_role``: a ``QAction.MenuRole`` name (macOS application menu).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ui.commands.registry import MENUS, ActionSpec, load_action_modules
from workshop.errors import WorkshopError

if TYPE_CHECKING:
    from ui.console.main_window import MainWindow

log = logging.getLogger(__name__)


def menu_title(menu: str) -> str:
    return {
        "File": QCoreApplication.translate("Menus", "&File"),
        "Edit": QCoreApplication.translate("Menus", "&Edit"),
        "Session": QCoreApplication.translate("Menus", "&Session"),
        "View": QCoreApplication.translate("Menus", "&View"),
        "Export": QCoreApplication.translate("Menus", "E&xport"),
        "Help": QCoreApplication.translate("Menus", "&Help"),
    }[menu]


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    keys: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys += QKeySequence.keyBindings(shortcut)
        else:
            keys.append(QKeySequence(shortcut))
    unique: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in unique:
            unique.append(key)
    return unique


def ordered_specs() -> list[ActionSpec]:
    """Every registered action, by menu, then section, then registration order."""
    specs = list(load_action_modules().values())
    order = {spec.id: i for i, spec in enumerate(specs)}
    return sorted(specs, key=lambda s: (MENUS.index(s.menu), s.section, order[s.id]))


def _run(window: MainWindow, spec: ActionSpec) -> None:
    try:
        spec.handler(window)
    except WorkshopError as exc:  # a handler that called the core directly
        window.show_message(str(exc))


def build(window: MainWindow) -> dict[str, QAction]:
    """Create every QAction, its menu entry and toolbar button; return them by id."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}
    last_section: dict[str, int] = {}
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for menu in MENUS:
        menus[menu] = window.menuBar().addMenu(menu_title(menu))
    for spec in ordered_specs():
        action = QAction(QCoreApplication.translate("Actions", spec.text), window)
        action.setObjectName(spec.id)
        keys = key_sequences(spec)
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else action.text()
        action.setStatusTip(tip.replace("&", ""))
        action.setCheckable(spec.checkable)
        role = spec.extra.get("menu_role")
        if role:
            action.setMenuRole(getattr(QAction.MenuRole, role, QAction.MenuRole.NoRole))
        action.triggered.connect(lambda _checked=False, s=spec: _run(window, s))
        menu = menus[spec.menu]
        if spec.menu in last_section and last_section[spec.menu] != spec.section:
            menu.addSeparator()
        last_section[spec.menu] = spec.section
        filler = spec.extra.get("submenu")
        if filler is not None:
            sub = QMenu(action.text(), window)
            sub.aboutToShow.connect(lambda m=sub, f=filler: f(window, m))
            action.setMenu(sub)
        menu.addAction(action)
        window.addAction(action)  # shortcuts work even with the menu bar hidden
        if spec.extra.get("toolbar"):
            toolbar.addAction(action)
        actions[spec.id] = action
    if toolbar.actions():
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    else:
        toolbar.deleteLater()
    apply_icons(window, actions)
    return actions


def apply_icons(window: MainWindow, actions: dict[str, QAction]) -> None:
    """(Re)draw the actions' icons for the current palette."""
    palette = window.palette()
    for spec in load_action_modules().values():
        icon = spec.extra.get("icon")
        action = actions.get(spec.id)
        if icon is None or action is None:
            continue
        if callable(icon):  # a drawing function (an enum member is not callable)
            action.setIcon(icon(palette))
        else:
            action.setIcon(window.style().standardIcon(icon))


# Commands that change the book: disabled while a read-only book is open.
WRITES = ("capture.", "edit.", "group.", "session.", "voting.", "file.import_feedback",
          "file.save")  # fmt: skip
# "file.save_copy" starts with "file.save" but only reads the book:
WRITES_EXCEPT = ("file.save_copy",)


def refresh(window: MainWindow, actions: dict[str, QAction]) -> None:
    """Enable what can be done now; let actions update their text and state."""
    has_book = window.context.book is not None
    read_only = has_book and window.context.book.read_only
    has_session = has_book and window.context.session_id is not None
    phase = window.current_phase()
    page = window.current_page()
    for spec in load_action_modules().values():
        action = actions.get(spec.id)
        if action is None:
            continue
        enabled = {"nothing": True, "book": has_book, "session": has_session}.get(
            spec.needs, has_book
        )
        phases = spec.extra.get("phases")
        if enabled and phases is not None:
            enabled = phase in phases
        method = spec.extra.get("page_method")
        if enabled and method:
            enabled = callable(getattr(page, method, None))
        if enabled and read_only and spec.id.startswith(WRITES) and spec.id not in WRITES_EXCEPT:
            enabled = False
        action.setEnabled(enabled)
        refresher = spec.extra.get("refresh")
        if refresher is not None:
            try:
                refresher(window, action)
            except Exception:  # a broken refresher must not break the window
                log.exception("refreshing action %s", spec.id)
