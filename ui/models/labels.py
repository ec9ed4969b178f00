"""Translated names of the core's vocabulary (kinds, phases, statuses, operations).

The core names things in English; everything the UI shows goes through
``QCoreApplication.translate`` here so a translation covers them all.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt

from workshop.model import (
    ActionStatus,
    HeroType,
    Kind,
    ObstacleStatus,
    Phase,
    is_playbook_session,
)


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def kind_label(kind: Kind) -> str:
    return {
        Kind.DELIGHT: _t("Kinds", "Delight idea"),
        Kind.OBSTACLE: _t("Kinds", "Obstacle"),
        Kind.HERO: _t("Kinds", "Hero story"),
        Kind.VALUE: _t("Kinds", "Value idea"),
    }[Kind(kind)]


def kind_plural(kind: Kind) -> str:
    return {
        Kind.DELIGHT: _t("Kinds", "Delight ideas"),
        Kind.OBSTACLE: _t("Kinds", "Obstacles"),
        Kind.HERO: _t("Kinds", "Hero stories"),
        Kind.VALUE: _t("Kinds", "Value ideas"),
    }[Kind(kind)]


def phase_label(phase: Phase) -> str:
    return {
        Phase.REVIEW: _t("Phases", "Follow-up"),
        Phase.WARMUP: _t("Phases", "Warm-up"),
        Phase.IDEATE: _t("Phases", "Ideate"),
        Phase.GROUP: _t("Phases", "Group"),
        Phase.VOTE: _t("Phases", "Vote"),
        Phase.PLAN: _t("Phases", "Plan"),
        Phase.WRAPUP: _t("Phases", "Wrap-up"),
    }[Phase(phase)]


def session_phase_label(phase: Phase, template: str = "") -> str:
    """A phase's name in a session of *template*: a recovery session plans a playbook."""
    if Phase(phase) is Phase.PLAN and is_playbook_session(template):
        return _t("Phases", "Playbook")
    return phase_label(phase)


def action_status_label(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: _t("Statuses", "Open"),
        ActionStatus.IN_PROGRESS: _t("Statuses", "In progress"),
        ActionStatus.DONE: _t("Statuses", "Done"),
        ActionStatus.DROPPED: _t("Statuses", "Dropped"),
    }[ActionStatus(status)]


def obstacle_status_label(status: ObstacleStatus) -> str:
    return {
        ObstacleStatus.OPEN: _t("Statuses", "Open"),
        ObstacleStatus.IN_PROGRESS: _t("Statuses", "In progress"),
        ObstacleStatus.REMOVED: _t("Statuses", "Removed"),
        ObstacleStatus.WONT_FIX: _t("Statuses", "Won't fix"),
    }[ObstacleStatus(status)]


def hero_type_label(hero_type: HeroType) -> str:
    return {
        HeroType.ROUTINE: _t("Kinds", "Routine delight"),
        HeroType.RECOVERY: _t("Kinds", "Recovery"),
    }[HeroType(hero_type)]


def operation_label(label: str) -> str:
    """An undo/redo label from the core ("Add delight idea"), translated if known."""
    return _t("Operations", label)


def fill(template: str, *values: object) -> str:
    """Put *values* in place of %1, %2... in one pass (a value may contain "%2")."""
    return re.sub(
        r"%(\d)",
        lambda m: (
            str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0)
        ),
        template,
    )


def plain_tooltip(*lines: str | None) -> str | None:
    """A tooltip that shows the user's text exactly.

    Qt guesses whether a tooltip is rich text, so ``<b>x</b>`` typed by a user
    would turn bold: each line is escaped into rich text, line breaks kept.
    """
    shown = [Qt.convertFromPlainText(line) for line in lines if line]
    return "".join(shown) or None


def excerpt(text: str | None, limit: int = 500) -> str:
    """A table cell's text: whole when short, else cut at a word with "…" (tooltip has it all)."""
    text = text or ""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ", limit // 2)
    return (cut[:space] if space > 0 else cut).rstrip() + " …"


def one_line(text: str | None, limit: int = 160) -> str:
    """Text on one line for a table cell (the full text is in the tooltip)."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
