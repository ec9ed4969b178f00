"""The two tables of the Vote page: the ballot (the page of items) and the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.voting.models import BallotModel, RankingModel


def ballot_table(model: BallotModel) -> QTableView:
    """The items the number keys reach, in a larger font (voters read it standing)."""
    table = QTableView()
    table.setObjectName("ballot")
    table.setModel(model)
    big = table.font()
    big.setPointSizeF(big.pointSizeF() * 1.25)
    table.setFont(big)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    # Fixed column widths, rows sized once per page (the page calls
    # resizeRowsToContents): a dot then repaints two cells instead of re-measuring
    # the whole table (see tests/benchmarks/bench_vote_latency.py).
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    pad = 3 * metrics.averageCharWidth()
    samples = {BallotModel.KEY: "88", BallotModel.MINE: "●●●●●", BallotModel.TOTAL: "8888"}
    for column, sample in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal, 0))
        hidden = model.tr("hidden") if column == BallotModel.TOTAL else ""
        width = max(metrics.horizontalAdvance(t) for t in (title, sample, hidden))
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, width + pad)
    header.setSectionResizeMode(BallotModel.TEXT, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return table


def results_table(model: RankingModel, font: QFont) -> QTableView:
    """The ranked result once voting is closed; ties show as "2=" with a tooltip."""
    table = QTableView()
    table.setObjectName("results")
    table.setModel(model)
    table.setFont(font)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(RankingModel.TEXT, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table
