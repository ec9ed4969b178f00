"""A style that does not animate: for the widgets QMainWindow slides into place.

QMainWindow moves its central widget and toolbar with zero-length animations at each
layout, whatever ``setAnimated(False)`` says, unless their style's animation duration
is 0. The timer of those animations is a private Qt class: the first time a Python
event filter sees it, PySide builds the Python type of every Qt class to place it
(about 20 ms of the start). A style sheet could set the duration too, but a style
sheet on the window puts every widget under it on Qt's slower style-sheet style.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget

BASE_STYLE = "Fusion"  # the app's style (ui.app.application)


class StillStyle(QProxyStyle):
    """Fusion with widget animations off; set on single widgets, never inherited."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def hold_still(owner: QWidget, *widgets: QWidget) -> StillStyle:
    """Give *widgets* a style that does not animate them (children keep the app's style)."""
    style = StillStyle(BASE_STYLE)
    style.setParent(owner)  # QWidget.setStyle does not take ownership
    for widget in widgets:
        widget.setStyle(style)
    return style
