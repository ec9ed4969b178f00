"""A session's cards (contributions), in capture order, with drag and drop.

Only cards are rows; duplicates merged into a card are kept aside so the card
can show every author. Changes are applied row by row from the core's row
images: capturing one idea inserts one row (no re-read of the session).
"""

from __future__ import annotations

import bisect
import json
import operator
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ui.models.base import FirstCustomRole
from ui.models.bound import BoundModel
from ui.models.labels import kind_label, plain_tooltip
from workshop.journal import Change, RowChange
from workshop.model import Contribution, Kind
from workshop.stores.contributions import contribution_from_row

MIME_TYPE = "application/x-delight-contribution-ids"
_card_id = operator.attrgetter("id")  # a C key for bisect: rows are found per painted card

KindRole = FirstCustomRole
AuthorsRole = FirstCustomRole + 1
ThemeRole = FirstCustomRole + 2
RevealedRole = FirstCustomRole + 3
DuplicatesRole = FirstCustomRole + 4  # how many duplicates are merged into the card
CardRole = FirstCustomRole + 5  # a CardFace: all a drawn card shows, in one call
# Roles that need a card's words (an outline is read in full for them).
_WORDS = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
     Qt.ItemDataRole.AccessibleTextRole, CardRole}
)  # fmt: skip
FULL_BATCH = 12  # outlines read in full at once: two screens of a board's column


class CardFace(NamedTuple):
    """What a card shows: its words and the line of details under them."""

    text: str
    kind: Kind
    authors: tuple[str, ...]
    duplicates: int  # merged into it
    revealed: bool


def encode_ids(ids: Iterable[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(json.dumps(list(ids)).encode()))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
    except ValueError:
        return []
    return [int(i) for i in ids if isinstance(i, int)]


class ContributionModel(BoundModel):
    headers = ("Contribution",)
    tables = ("contributions", "hero_credits")

    def __init__(
        self,
        context: Any,
        parent: Any = None,
        *,
        live: bool = True,
        newest_first: bool = False,
        outlines: bool = False,
    ) -> None:
        self._children: dict[int, list[Contribution]] = {}
        self.newest_first = newest_first
        # Read the cards without their words, and each card in full when it is first shown
        # (the Group board: its cost then follows the cards on screen, not in the session).
        self.outlines = outlines
        self._by_theme: dict[int | None, list[int]] | None = None
        self.kind_counts: Counter[Kind] = Counter()
        self.hidden = 0
        super().__init__(context, parent, live=live)

    # -- reading ---------------------------------------------------------------
    def fetch(self) -> list[Contribution]:
        if self.book is None or self.session_id is None:
            return []
        store = self.book.contributions
        everything = (
            store.outlines(self.session_id)
            if self.outlines
            else store.list(self.session_id, include_merged=True)
        )
        self._children = {}
        for c in everything:
            if c.merged_into is not None:
                self._children.setdefault(c.merged_into, []).append(c)
        cards = [c for c in everything if c.merged_into is None]
        return cards[::-1] if self.newest_first else cards

    def theme_keys(self, theme_id: int | None) -> list[int]:
        """Sort keys of the cards in *theme_id*, in row order (id, or -id newest first).

        Worked out for every theme in one pass when first asked after a change, so the
        board's columns do not each go through every card."""
        return list(self._theme_groups().get(theme_id, ()))

    def _theme_groups(self) -> dict[int | None, list[int]]:
        if self._by_theme is None:
            sign = -1 if self.newest_first else 1
            groups: dict[int | None, list[int]] = {}
            for card in self._items:
                groups.setdefault(card.theme_id, []).append(sign * card.id)
            self._by_theme = groups
        return self._by_theme

    def duplicates(self, card_id: int) -> list[Contribution]:
        return list(self._children.get(card_id, []))

    def authors(self, card: Contribution) -> list[str]:
        names: list[str] = []
        for c in (card, *self._children.get(card.id, [])):
            if c.author and c.author.casefold() not in {n.casefold() for n in names}:
                names.append(c.author)
        return names

    def full(self, card: Contribution) -> Contribution:
        """*card* with its words: an outline is read in full (once) and kept in its place.

        The outlines that follow it in its column are read in the same query: a column
        asks for its cards one after the other.
        """
        if card.text is not None or self.book is None:
            return card
        records = self.book.contributions.get_many(self._next_outlines(card))
        for record in records.values():
            self._keep_full(record)
        return records.get(card.id, card)  # (absent: deleted meanwhile, its change is coming)

    def _next_outlines(self, card: Contribution) -> list[int]:
        """*card*'s id and those of the outlines after it in its theme (or its siblings)."""
        if card.merged_into is not None:
            siblings = self._children.get(card.merged_into, [])
            return [card.id, *(c.id for c in siblings if c.text is None)][:FULL_BATCH]
        keys = self._theme_groups().get(card.theme_id, [])
        sign = -1 if self.newest_first else 1
        at = bisect.bisect_left(keys, sign * card.id)
        ids = [card.id]
        for key in keys[at + 1 :]:
            if len(ids) >= FULL_BATCH:
                break
            row = self.row_of(sign * key)
            if row is not None and self._items[row].text is None:
                ids.append(sign * key)
        return ids

    def _keep_full(self, record: Contribution) -> None:
        """Put a card's words on its outline (the same card: no signal).

        Only the words: where the card is (theme, merge) and what it is stay as the
        outline had them. The book may already hold a change the model has not applied
        yet; applying it must still find the card changed and say so.
        """
        outline = self._find(record.id)
        if outline is not None and outline.text is None:
            full = object.__new__(Contribution)  # a copy without dataclass checks: per card
            full.__dict__.update(record.__dict__)
            full.__dict__.update(
                kind=outline.kind,
                author=outline.author,
                theme_id=outline.theme_id,
                merged_into=outline.merged_into,
                revealed=outline.revealed,
            )
            if outline.merged_into is None:
                self._items[self.row_of(record.id)] = full
            else:
                siblings = self._children.get(outline.merged_into, [])
                self._children[outline.merged_into] = [
                    full if c.id == record.id else c for c in siblings
                ]

    def cell(self, item: Contribution, column: int, role: int) -> Any:
        if item.text is None and role in _WORDS:
            item = self.full(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role == CardRole:  # one call per card drawn or measured, not five
            return CardFace(
                item.text or "",
                item.kind,
                tuple(self.authors(item)),
                len(self._children.get(item.id, [])),
                bool(item.revealed),
            )
        if role == KindRole:
            return item.kind
        if role == AuthorsRole:
            return self.authors(item)
        if role == ThemeRole:
            return item.theme_id
        if role == RevealedRole:
            return item.revealed
        if role == DuplicatesRole:
            return len(self._children.get(item.id, []))
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips are rich text when they look like it: escape the user's words.
            children = [f"= {self.full(d).text}" for d in self._children.get(item.id, [])]
            return plain_tooltip(item.text, *children)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_label(item.kind)}: {item.text}"
        return None

    # -- applying changes ------------------------------------------------------
    def apply(self, change: Change) -> None:
        touched_cards: set[int] = set()
        refetch: set[int] = set()
        for row in change.rows:
            if row.table == "contributions":
                touched_cards |= self._apply_row(row)
            elif row.table == "hero_credits":
                image = row.after or row.before or {}
                refetch.add(int(image.get("contribution_id", 0)))
        for cid in refetch:
            if self.row_of(cid) is not None and self.book is not None:
                self.replace_item(self.book.contributions.get(cid))
        for cid in touched_cards - refetch:
            self._card_changed(cid)

    def _apply_row(self, row: RowChange) -> set[int]:
        image = row.after or row.before or {}
        if image.get("session_id") != self.session_id:
            return set()
        before = self._find(row.row_id)
        touched: set[int] = set()
        if before is not None and before.text is None and row.after is not None:
            touched.add(row.row_id)  # its words are read from the book: it may look the same
        if before is not None and before.merged_into is not None:
            siblings = self._children.get(before.merged_into, [])
            self._children[before.merged_into] = [c for c in siblings if c.id != row.row_id]
            touched.add(before.merged_into)
        if row.after is None:
            self.remove_key(row.row_id)
            self._children.pop(row.row_id, None)
            return touched
        credits = self.full(before).credited if before is not None else ()
        record = contribution_from_row(row.after, credits)
        if record.merged_into is None:
            if not self.replace_item(record):
                at = self._place(record.id)
                self.insert_item(at, record)
        else:
            self.remove_key(record.id)
            siblings = self._children.setdefault(record.merged_into, [])
            siblings.append(record)
            siblings.sort(key=lambda c: c.id)
            touched.add(record.merged_into)
        return touched

    # Cards are always sorted by id (capture order, or newest first), so a row is
    # found by bisection and inserting a card costs no re-indexing of the others.
    def _reindex(self, start: int = 0) -> None:
        pass

    def row_of(self, key: object) -> int | None:
        if not isinstance(key, int):
            return None
        row = self._place(key)
        if row < len(self._items) and self._items[row].id == key:
            return row
        return None

    # Counts per kind and of hidden cards, kept as rows come and go.
    def reset_items(self, items: Any) -> None:
        self._by_theme = None
        self.kind_counts = Counter(c.kind for c in items)
        self.hidden = sum(not c.revealed for c in items)
        super().reset_items(items)

    def insert_item(self, row: int, item: Contribution) -> None:
        self._by_theme = None
        self.kind_counts[item.kind] += 1
        self.hidden += not item.revealed
        super().insert_item(row, item)

    def remove_key(self, key: object) -> bool:
        self._by_theme = None
        old = self.record(key)
        if old is not None:
            self.kind_counts[old.kind] -= 1
            self.hidden -= not old.revealed
        return super().remove_key(key)

    def replace_item(self, item: Contribution) -> bool:
        self._by_theme = None
        old = self.record(item.id)
        if old is not None:
            self.kind_counts[old.kind] -= 1
            self.hidden -= not old.revealed
            self.kind_counts[item.kind] += 1
            self.hidden += not item.revealed
        return super().replace_item(item)

    def _reorder(self, order: list[Any]) -> None:
        self._by_theme = None
        super()._reorder(order)

    def _place(self, cid: int) -> int:
        """Row for a card: capture order (or newest first)."""
        if self.newest_first:
            return bisect.bisect_left(self._items, -cid, key=lambda c: -c.id)
        return bisect.bisect_left(self._items, cid, key=_card_id)

    def _find(self, cid: int) -> Contribution | None:
        found = self.record(cid)
        if found is not None:
            return found
        for siblings in self._children.values():
            for c in siblings:
                if c.id == cid:
                    return c
        return None

    def _card_changed(self, cid: int) -> None:
        row = self.row_of(cid)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- drag and drop ---------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            cid = self.key(self._items[index.row()])
            if index.isValid() and cid not in ids:
                ids.append(cid)
        return encode_ids(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    # -- convenience -----------------------------------------------------------
    def counts(self) -> dict[Kind, int]:
        return {kind: self.kind_counts.get(kind, 0) for kind in Kind}
