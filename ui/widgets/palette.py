"""Light and dark palettes for the Fusion style, the colours of the four kinds, of the
statuses and of the dashboard's charts.

The scheme comes from the ``ui/color_scheme`` setting: "light", "dark", or
"system" (follow the desktop's colour scheme when Qt can tell, else light).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from workshop.model import Kind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

LIGHT = "light"
DARK = "dark"
SYSTEM = "system"

_ROLES_LIGHT = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f8fa",
    QPalette.ColorRole.ToolTipBase: "#fffbe6",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6e7781",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#e9ebef",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.BrightText: "#cf222e",
    QPalette.ColorRole.Highlight: "#2f6fde",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0b57d0",
    QPalette.ColorRole.Mid: "#c4c9d0",
    QPalette.ColorRole.Midlight: "#dde1e6",
    QPalette.ColorRole.Dark: "#9aa1ab",
    QPalette.ColorRole.Shadow: "#6e7781",
    QPalette.ColorRole.Light: "#ffffff",
}

_ROLES_DARK = {
    QPalette.ColorRole.Window: "#1e2126",
    QPalette.ColorRole.WindowText: "#e6e8eb",
    QPalette.ColorRole.Base: "#15171b",
    QPalette.ColorRole.AlternateBase: "#22262c",
    QPalette.ColorRole.ToolTipBase: "#2b3038",
    QPalette.ColorRole.ToolTipText: "#e6e8eb",
    QPalette.ColorRole.PlaceholderText: "#8b949e",
    QPalette.ColorRole.Text: "#e6e8eb",
    QPalette.ColorRole.Button: "#2b3038",
    QPalette.ColorRole.ButtonText: "#e6e8eb",
    QPalette.ColorRole.BrightText: "#ff7b72",
    QPalette.ColorRole.Highlight: "#3d7be8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#79b8ff",
    QPalette.ColorRole.Mid: "#3a4049",
    QPalette.ColorRole.Midlight: "#323841",
    QPalette.ColorRole.Dark: "#0d0f12",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Light: "#454c56",
}

# Background tint and accent (stripe) of a card of each kind: light, dark.
_KIND_COLORS = {
    Kind.DELIGHT: (("#fff4d6", "#d99a00"), ("#3a3120", "#e0a82e")),
    Kind.OBSTACLE: (("#fde2e1", "#cf3a2f"), ("#3d2626", "#ef6b5f")),
    Kind.HERO: (("#e1f3e6", "#238a46"), ("#1f3326", "#4cc276")),
    Kind.VALUE: (("#e3ecfc", "#2f6fde"), ("#212c3d", "#6b9cf0")),
}

# Statuses in the series views, (light, dark): good news green, attention red/orange,
# neutral blue/grey; "_bg" ones tint a whole row.
_STATUS_COLORS = {
    "open": ("#1f5fbf", "#79a8f2"),
    "in_progress": ("#a35f00", "#f0b45a"),
    "done": ("#1c7c3e", "#5fd08a"),
    "removed": ("#1c7c3e", "#5fd08a"),
    "dropped": ("#6e7781", "#9aa4ae"),
    "wont_fix": ("#6e7781", "#9aa4ae"),
    "overdue": ("#b42318", "#ff8a80"),
    "overdue_bg": ("#fdecea", "#3d2323"),
    "done_bg": ("#e7f5ec", "#1f3326"),
}

# The dashboard's chart series, (light, dark).
_CHART_COLORS = {
    "sessions": ("#2f6fde", "#6b9cf0"),
    "contributions": ("#7a55c8", "#a98be6"),
    "done": ("#238a46", "#4cc276"),
    "open": ("#d99a00", "#e0a82e"),
    "removed": ("#238a46", "#4cc276"),
    "blocked": ("#cf3a2f", "#ef6b5f"),
}


def resolve_scheme(scheme: str) -> str:
    """ "light" or "dark" for a stored setting value."""
    if scheme in (LIGHT, DARK):
        return scheme
    hints = QGuiApplication.styleHints() if QGuiApplication.instance() else None
    if hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


def build_palette(scheme: str) -> QPalette:
    roles = _ROLES_DARK if resolve_scheme(scheme) == DARK else _ROLES_LIGHT
    palette = QPalette()
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    disabled = QColor(roles[QPalette.ColorRole.PlaceholderText])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(palette_or_widget: QPalette | QWidget) -> bool:
    palette = (
        palette_or_widget
        if isinstance(palette_or_widget, QPalette)
        else palette_or_widget.palette()
    )
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def kind_colors(kind: Kind, dark: bool) -> tuple[QColor, QColor]:
    """(background, accent) of a card of *kind*."""
    background, accent = _KIND_COLORS[Kind(kind)][1 if dark else 0]
    return QColor(background), QColor(accent)


def flash_color(dark: bool) -> QColor:
    """The colour the timer flashes when a round ends."""
    return QColor("#7a5b00" if dark else "#ffd65c")


def status_color(name: str, dark: bool = False) -> QColor:
    """The colour of a status (an ActionStatus/ObstacleStatus value, "overdue", "done_bg"...)."""
    light, dark_value = _STATUS_COLORS[name]
    return QColor(dark_value if dark else light)


def chart_color(name: str, dark: bool = False) -> str:
    """The colour of one of the dashboard's chart series."""
    return _CHART_COLORS[name][1 if dark else 0]
