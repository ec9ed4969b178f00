"""Tooltips show the user's text exactly: Qt would otherwise render markup in them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument

from ui.state.bridge import BookBridge
from ui.state.context import WorkshopContext
from workshop.book import Book

TRICKY = "<b>bold</b> <img src=x> & Fish &amp; chips\nsecond line"


def shown(tooltip: str) -> str:
    """What a tooltip displays, the way Qt renders it."""
    doc = QTextDocument()
    if GuiQt.mightBeRichText(tooltip):
        doc.setHtml(tooltip)
    else:
        doc.setPlainText(tooltip)
    return doc.toPlainText()


def tooltips(model) -> list[str]:
    found = []
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            if tip:
                found.append(shown(tip))
    return found


@pytest.fixture
def context(qtbot, book: Book) -> WorkshopContext:
    sid = book.sessions.create(TRICKY, participants=["Ann"])
    cid = book.contributions.add(sid, "obstacle", TRICKY, "Ann")
    book.actions.plan(sid, TRICKY, owner="Ann", first_step=TRICKY, contribution_id=cid)
    context = WorkshopContext()
    context.set_book(BookBridge(book))
    context.set_session(sid)
    return context


def test_contribution_and_session_tooltips_show_markup_as_typed(context) -> None:
    from ui.models.contributions import ContributionModel
    from ui.models.sessions import SessionListModel

    for model in (ContributionModel(context), SessionListModel(context)):
        tips = tooltips(model)
        assert tips, type(model).__name__
        assert any(TRICKY in tip for tip in tips), (type(model).__name__, tips)


def test_obstacle_board_tooltips_show_markup_as_typed(context) -> None:
    from ui.series.obstacle_board import ObstacleModel

    model = ObstacleModel(context)
    model.reload()
    tips = tooltips(model)
    assert TRICKY in tips
