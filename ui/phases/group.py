"""Group: put cards into themes, merge duplicates (keeping authors and votes), split them.

Drag cards between columns with the mouse, or select and press Ctrl+G to pick a
theme with the keyboard. Ctrl+click two cards, Ctrl+M merges them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.contributions import ContributionModel
from ui.models.labels import fill
from ui.models.themes import ThemeModel
from ui.phases import card_commands, register_page
from ui.phases.board import Board
from ui.state.context import WorkshopContext
from ui.widgets.basics import muted_label
from workshop.model import Phase, Theme


class GroupPage(QWidget):
    scrolls_itself = True  # the board scrolls; the page fits any window (see PhaseStack)

    def __init__(self, context: WorkshopContext) -> None:
        super().__init__()
        self.setObjectName("groupPage")
        self.context = context
        self.model = ContributionModel(context, self, live=False, outlines=True)
        self.themes = ThemeModel(context, self)
        self.board = Board(self.model, self._drop, self)
        self.board.on_title = self.rename_theme

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for text, tip, slot, name in (
            (self.tr("New theme…"), "Ctrl+Shift+G", self.new_theme, "newTheme"),
            (self.tr("Move to theme…"), "Ctrl+G", self.move_to_theme, "moveToTheme"),
            (self.tr("Merge duplicates"), "Ctrl+M", self.merge_selected, "mergeCards"),
            (self.tr("Split"), "Ctrl+Shift+M", self.split_selected, "splitCards"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(
            muted_label(
                self.tr(
                    "Drag cards onto a theme, or select them and press Ctrl+G. "
                    "Ctrl+click two duplicates, then Ctrl+M merges them."
                ),
                self,
            ),
            1,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.board, 1)

        for signal in (
            self.themes.rowsInserted,
            self.themes.rowsRemoved,
            self.themes.modelReset,
            self.themes.dataChanged,
            self.themes.layoutChanged,
        ):
            signal.connect(self._sync_columns)
        self._sync_columns()

    # -- visibility: the board follows changes only while it is shown -------------
    def showEvent(self, event: QShowEvent) -> None:
        self.model.set_live(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.model.set_live(False)
        super().hideEvent(event)

    def _sync_columns(self, *_args: object) -> None:
        self.board.sync_themes(self.themes.items())

    def focus_default(self) -> None:
        # The keyboard starts on the first card, but nothing is selected until the
        # facilitator selects it: a new theme then moves nothing by surprise.
        self.board.focus_first()

    # -- helpers -----------------------------------------------------------------
    def _ready(self) -> bool:
        c = self.context
        return c.book is not None and c.bridge is not None and c.session_id is not None

    def selected_contribution_ids(self) -> list[int]:
        return self.board.selected_ids()

    def _drop(self, ids: list[int], theme_id: int | None) -> None:
        if self._ready():
            self.context.bridge.run(self.context.book.contributions.set_theme, ids, theme_id)

    def _theme_by_name(self, name: str) -> int | None:
        for theme in self.themes.items():
            if theme.name == name:
                return theme.id
        return None

    def _create_theme(self, name: str) -> int | None:
        c = self.context
        return c.bridge.run(c.book.themes.create, c.session_id, name)

    # -- commands ------------------------------------------------------------------
    def move_to_theme(self) -> None:
        ids = self.selected_contribution_ids()
        if not ids or not self._ready():
            card_commands.status(self, self.tr("Select one or more cards first."))
            return
        none = self.tr("(No theme)")
        names = [none, *(t.name for t in self.themes.items())]
        current = 1 if len(names) > 1 else 0
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Move to theme"),
            self.tr("Theme, or type a new one:"),
            names,
            current,
            True,
        )
        name = name.strip()
        if not ok or not name:
            return self.focus_default()
        theme_id = None if name == none else self._theme_by_name(name)
        if name != none and theme_id is None:
            theme_id = self._create_theme(name)
            if theme_id is None:
                return self.focus_default()
        self._drop(ids, theme_id)
        self.focus_default()

    def new_theme(self) -> None:
        """A new, empty theme; cards the facilitator selected move into it, and it says so."""
        if not self._ready():
            return
        ids = self.selected_contribution_ids()
        if ids:
            question = self.tr("Name of the new theme, with %n selected card(s):", "", len(ids))
        else:
            question = self.tr("Name of the new theme:")
        name, ok = QInputDialog.getText(
            self, self.tr("New theme"), question, QLineEdit.EchoMode.Normal
        )
        if ok and name.strip():
            theme_id = self._create_theme(name)
            if theme_id is not None and ids:
                self._drop(ids, theme_id)
        self.focus_default()

    def _target_theme(self) -> Theme | None:
        """The theme the keyboard is in; else the only one; else the one the user picks."""
        theme = self.board.current_theme()
        if theme is not None:
            return theme
        themed = self.themes.items()
        if len(themed) <= 1:
            return themed[0] if themed else None
        names = [t.name for t in themed]
        name, ok = QInputDialog.getItem(
            self, self.tr("Choose a theme"), self.tr("Theme:"), names, 0, False
        )
        return themed[names.index(name)] if ok and name in names else None

    def rename_theme(self, theme: Theme | None = None) -> None:
        theme = theme if isinstance(theme, Theme) else self._target_theme()
        if theme is None or not self._ready():
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename theme"),
            self.tr("New name:"),
            QLineEdit.EchoMode.Normal,
            theme.name,
        )
        if ok and name.strip():
            self.context.bridge.run(self.context.book.themes.rename, theme.id, name)
        self.focus_default()

    def delete_theme(self) -> None:
        theme = self._target_theme()
        if theme is None or not self._ready():
            return
        name, theme_id = theme.name, theme.id
        self.context.bridge.run(self.context.book.themes.delete, theme_id)
        if self.themes.record(theme_id) is None:
            card_commands.status(
                self,
                fill(self.tr("Deleted the theme “%1”; its cards are not grouped now."), name),
            )
        self.focus_default()

    def merge_selected(self) -> None:
        ids = self.selected_contribution_ids()
        if len(ids) < 2 or not self._ready():
            card_commands.status(self, self.tr("Select two duplicates (Ctrl+click) to merge."))
            return
        target, *sources = ids  # the oldest card stays; the others fold into it
        self.context.bridge.run(self.context.book.contributions.merge, target, *sources)
        card_commands.status(
            self, self.tr("Merged: every author and vote is kept. Ctrl+Shift+M splits again.")
        )
        self._select(target)

    def split_selected(self) -> None:
        if not self._ready():
            return
        merged = [cid for cid in self.selected_contribution_ids() if self.model.duplicates(cid)]
        if merged:
            self.context.bridge.run(self.context.book.contributions.split, *merged)
        else:
            card_commands.status(self, self.tr("Select a merged card to split it."))

    def edit_selected(self) -> None:
        ids = self.selected_contribution_ids()
        if ids:
            card_commands.edit_card(self, self.context, ids[-1])

    def delete_selected(self) -> None:
        card_commands.delete_cards(self, self.context, self.selected_contribution_ids())

    def _select(self, cid: int) -> None:
        self.board.select_card(cid)


@register_page(Phase.GROUP)
def build_group(context: WorkshopContext) -> QWidget:
    return GroupPage(context)
