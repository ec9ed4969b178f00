"""Item models of the Vote page, over the shared :class:`VotingState`.

``BallotModel`` lists the items of the page showing, each with the number the
voter types for it; a dot updates one row with ``dataChanged``, never a reset.
``RankingModel`` lists the result once voting is closed, ties sharing a rank.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.models.labels import excerpt, plain_tooltip
from ui.voting.state import PAGE_SIZE, VotingState
from workshop.model import Contribution
from workshop.stores.votes import rank_cards

Index = QModelIndex | QPersistentModelIndex
CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BallotModel(QAbstractTableModel):
    KEY, TEXT, MINE, TOTAL = range(4)

    def __init__(self, state: VotingState) -> None:
        super().__init__(state)
        self.state = state
        self._rows: list[Contribution] = list(state.page_items())
        state.itemsReset.connect(self._reset)
        state.pageChanged.connect(self._reset)
        state.tallyChanged.connect(self._tally_changed)
        state.turnChanged.connect(self._mine_changed)
        state.settingsChanged.connect(self._totals_changed)

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Key"), self.tr("Item"), self.tr("This voter"), self.tr("Dots"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        card = self._rows[index.row()]
        column = index.column()
        if role == CARD_ID_ROLE:
            return card.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TEXT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return plain_tooltip(card.text)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.KEY:  # the number the voter types, counted over every page
            return self.state.number_label(self.state.page * PAGE_SIZE + index.row())
        if column == self.TEXT:
            return excerpt(card.text)
        if column == self.MINE:
            given = self.state.given(card.id)
            return ("●" * given if given <= 5 else f"● {given}") if given else ""
        if self.state.tallies_hidden():
            return self.tr("hidden")
        return str(self.state.tally.get(card.id, 0))

    # -- live updates ----------------------------------------------------------
    def card_at(self, row: int) -> Contribution | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, card_id: int) -> int | None:
        for row, card in enumerate(self._rows):
            if card.id == card_id:
                return row
        return None

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows = list(self.state.page_items())
        self.endResetModel()

    def _tally_changed(self, card_id: int) -> None:
        row = self.row_of(card_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, self.MINE), self.index(row, self.TOTAL))

    def _mine_changed(self) -> None:
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, self.MINE), self.index(last, self.MINE))

    def _totals_changed(self) -> None:
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, self.TOTAL), self.index(last, self.TOTAL))


def ranked_rows(state: VotingState) -> list[tuple[int, bool, Contribution, int]]:
    """(rank, tied, card, dots) for the cards on the ballot, most dots first."""
    return rank_cards(state.items, state.tally)  # the items are in ballot order


def rank_text(rank_: int, tied: bool) -> str:
    """ "3" or "3=" (a tie): the rank as the result list shows it."""
    return f"{rank_}=" if tied else str(rank_)


class RankingModel(QAbstractTableModel):
    RANK, TEXT, DOTS = range(3)

    def __init__(self, state: VotingState) -> None:
        super().__init__(state)
        self.state = state
        self._rows = ranked_rows(state)
        state.itemsReset.connect(self.refresh)
        state.tallyChanged.connect(self._tally_changed)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = ranked_rows(self.state)
        self.endResetModel()

    def _tally_changed(self, _card: int) -> None:
        # Results change only when voting is closed (a corrected show of hands, an undo):
        # re-ranking then is cheap and rare; while voting is open nothing here moves.
        if not self.state.is_open:
            self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Rank"), self.tr("Item"), self.tr("Dots"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rank_, tied, card, dots = self._rows[index.row()]
        if role == CARD_ID_ROLE:
            return card.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.TEXT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and tied:
            return self.tr("Tied with another item")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.RANK:
            return rank_text(rank_, tied)
        if index.column() == self.TEXT:
            return excerpt(card.text)
        return str(dots)
