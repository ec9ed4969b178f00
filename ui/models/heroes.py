"""Recent hero stories of the whole book, newest first, for the warm-up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ui.models.bound import BoundModel
from ui.models.dates import long_date, short_date
from ui.models.labels import excerpt, hero_type_label, plain_tooltip
from workshop.journal import Change
from workshop.model import Contribution, Kind

RECENT_STORIES = 50


class HeroStoryModel(BoundModel):
    headers = ("Story", "Type", "Date")
    tables = ("contributions", "hero_credits")
    per_session = False

    def fetch(self) -> list[Contribution]:
        if self.book is None:
            return []
        return self.book.contributions.hero_stories(limit=RECENT_STORIES)

    def concerns(self, change: Change) -> bool:
        if change.touches("hero_credits"):
            return True
        for row in change.of("contributions"):
            for image in (row.before, row.after):
                if image and image.get("kind") == Kind.HERO.value:
                    return True
        return False

    def cell(self, item: Contribution, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            kind = hero_type_label(item.hero_type) if item.hero_type else ""
            when = short_date(item.story_date or item.created_at[:10])
            return (excerpt(item.text), kind, when)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return plain_tooltip(long_date(item.story_date or item.created_at[:10]))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain_tooltip(item.text)
        return None
