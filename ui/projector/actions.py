"""View > Projector (F5): open or close the projector window, and turn its pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject
from PySide6.QtGui import QAction

from ui.commands.registry import ActionSpec, register
from ui.widgets.icons import projector_icon

if TYPE_CHECKING:  # imported when the projector first opens, not at start-up
    from ui.projector.window import ProjectorWindow

PROJECTOR_ACTION = "view.projector"


def projector_of(window: Any) -> ProjectorWindow | None:
    """The projector window opened from this main window, if any."""
    return getattr(window, "_projector_window", None)


def _sync_check(window: Any, shown: bool | None = None) -> None:
    if shown is None:
        projector = projector_of(window)
        shown = projector is not None and projector.isVisible()
    for action in window.findChildren(QAction):
        if PROJECTOR_ACTION in (action.objectName(), action.data()):
            action.setChecked(shown)


class _CloseWithWindow(QObject):
    """Closes the projector when the console's main window closes."""

    def __init__(self, window: Any, projector: ProjectorWindow) -> None:
        super().__init__(window)
        self.projector = projector
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self.projector.isVisible():
            self.projector.close()
        return False


def toggle_projector(window: Any) -> ProjectorWindow | None:
    """Open the projector (full screen on another screen, else over the console) or close it."""
    projector = projector_of(window)
    if projector is not None and projector.isVisible():
        projector.close()
        _sync_check(window)
        return projector
    if projector is None:
        from ui.projector.window import ProjectorWindow

        projector = ProjectorWindow(window.context, window)
        projector.closed.connect(lambda: _back_to_console(window))
        window._projector_window = projector
        _CloseWithWindow(window, projector)
        window.destroyed.connect(projector.deleteLater)
    projector.show_on_best_screen()
    if not projector.single_screen:
        # The keyboard stays with the console (some platforms activate any new window).
        window.activateWindow()
    _sync_check(window)
    return projector


def _back_to_console(window: Any) -> None:
    """The projector closed: the menu's check follows, and the console is in front again."""
    _sync_check(window, False)
    if window.isVisible():
        window.raise_()
        window.activateWindow()


def _page(window: Any, step: int) -> None:
    projector = projector_of(window)
    if projector is not None and projector.isVisible():
        projector.next_page() if step > 0 else projector.previous_page()


register(
    ActionSpec(
        id=PROJECTOR_ACTION,
        text=QT_TRANSLATE_NOOP("Actions", "Projector"),
        menu="View",
        handler=toggle_projector,
        shortcuts=("F5",),
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Open or close the projector view: full screen on a second screen, or over the "
            "console with one screen (Esc or F5 comes back)",
        ),
        section=8,
        checkable=True,
        needs="nothing",
        extra={
            "toolbar": True,
            "icon": projector_icon,  # drawn: QStyle's enums cost 6 ms of the app's start
            "refresh": lambda window, action: action.setChecked(
                projector_of(window) is not None and projector_of(window).isVisible()
            ),
        },
    )
)
register(
    ActionSpec(
        id="view.projector_next_page",
        text=QT_TRANSLATE_NOOP("Actions", "Next Projector Page"),
        menu="View",
        handler=lambda window: _page(window, +1),
        shortcuts=("Alt+PgDown",),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the next page of the projector's wall or list"),
        section=8,
        needs="nothing",
    )
)
register(
    ActionSpec(
        id="view.projector_previous_page",
        text=QT_TRANSLATE_NOOP("Actions", "Previous Projector Page"),
        menu="View",
        handler=lambda window: _page(window, -1),
        shortcuts=("Alt+PgUp",),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the previous page of the projector's wall or list"),
        section=8,
        needs="nothing",
    )
)
