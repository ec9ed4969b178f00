"""The voting board and the result, as the room sees them.

While voting is open the board shows a page of nine items, numbered as the voter
types them (the same page as the laptop), whose turn it is ("Voter 3 of 8" unless the session
shows names), the dots left, and the tallies unless votes are secret. A dot
changes one block's figure and repaints that block only. When voting closes the
ranked result appears; tied items share a rank ("2=").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from ui.projector.blocks import Block, BlockView
from ui.projector.paint import KIND_COLORS, Colors, font
from ui.projector.views import ProjectorView
from ui.state.context import WorkshopContext
from ui.voting.models import rank_text, ranked_rows
from ui.voting.state import PAGE_SIZE, VotingState
from workshop.journal import Change
from workshop.model import RankedItem, Session, VoteMode


def result_blocks(view: BlockView, ranking: Sequence[RankedItem], section: str) -> list[Block]:
    """The items that got dots, ranked; ties say so."""
    blocks = []
    for item in ranking:
        if item.dots <= 0 or not item.contribution.revealed:
            continue
        blocks.append(
            Block(
                item.contribution.id,
                item.contribution.text,
                note=view.tr("tied") if item.tied else "",
                badge=rank_text(item.rank, item.tied),
                side=str(item.dots),
                accent=KIND_COLORS[item.contribution.kind],
                section=section,
            )
        )
    return blocks


class VoteView(ProjectorView):
    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state = VotingState.of(context)
        self.results = False
        self._banner = QRectF()
        self._dots = QRectF()  # the dots-left area of the banner
        self._headline_painted: tuple[str, str, str] | None = None
        self.state.tallyChanged.connect(self._tally)
        self.state.turnChanged.connect(self._update_banner)
        self.state.dotsChanged.connect(self._update_banner)
        self.state.messageChanged.connect(self._update_banner)
        self.state.selectionChanged.connect(lambda: self.set_highlight(self.state.selected))
        for signal in (self.state.itemsReset, self.state.pageChanged, self.state.settingsChanged):
            signal.connect(self._rebuild)

    def wants(self, change: Change) -> bool:
        return False  # everything arrives through the voting state

    def _rebuild(self) -> None:
        if self.isVisible():
            self.refresh()

    def build(self, session: Session | None) -> list[Block]:
        state = self.state
        self.empty_text = self.tr("Nothing to vote on yet.")
        self.results = bool(session and not state.is_open and state.dots_cast() > 0)
        self.fit_one_page = not self.results
        self.in_rows = True
        self.min_column = 900.0 if self.results else 560.0
        self.min_columns = 1 if self.results else 2
        most = max(state.tally.values(), default=0)
        self.side_sample = "8" * max(2, len(str(most)))
        if session is None:
            return []
        if self.results:
            ranking = [
                RankedItem(r, tied, card, dots) for r, tied, card, dots in ranked_rows(state)
            ]
            return result_blocks(self, ranking, "")
        hidden = not state.is_open or state.tallies_hidden()
        return [
            Block(
                card.id,
                card.text,
                badge=state.number_label(n),
                side="" if hidden else self._tally_text(card.id),
                accent=KIND_COLORS[card.kind],
                highlight=card.id == state.selected,
            )
            for n, card in enumerate(state.page_items(), start=state.page * PAGE_SIZE)
        ]

    def side_sample_always(self) -> bool:
        return not self.results

    def _tally_text(self, card: int) -> str:
        return str(self.state.tally.get(card, 0))

    def _tally(self, card: int) -> None:
        if not self.isVisible():
            return
        if self.results:
            self.refresh()
        elif self.state.is_open and not self.state.tallies_hidden():
            text = self._tally_text(card)
            if len(text) > len(self.side_sample):
                self.refresh()  # a three-digit count needs a wider column
            else:
                self.set_side(card, text)

    # -- the banner: whose turn, dots left, or the result's title ------------------
    def top_height(self, width: float, scale: float) -> float:
        big = QFontMetricsF(font(54, scale, bold=True)).lineSpacing()
        small = QFontMetricsF(font(28, scale)).lineSpacing()
        return 16 * scale + big + 2 * small + 12 * scale

    def _update_banner(self, *_args: object) -> None:
        if not self.isVisible() or self._banner.isEmpty():
            return
        title, line = self._headline()
        if (title, line, self.state.message) == self._headline_painted and not self._dots.isEmpty():
            self.update(self._dots.toAlignedRect())  # only the dots left changed
        else:
            self.update(self._banner.toAlignedRect())

    def _headline(self) -> tuple[str, str]:
        state = self.state
        session = state.session
        if session is None:
            return "", ""
        if self.results:
            voters = state.voters_with_dots()
            line = self.tr("%n dot(s)", "", state.dots_cast())
            if voters:
                line = self.tr("%n dot(s) from %1 voters", "", state.dots_cast())
                line = line.replace("%1", str(voters))
            return self.tr("The result"), line
        limits = (
            self.tr("%1 dots each, at most %2 on one item")
            .replace("%1", str(session.dots_per_person))
            .replace("%2", str(session.max_dots_per_item))
        )
        if not state.is_open:
            return self.tr("Voting opens shortly"), limits
        if state.method == VoteMode.HANDS:
            return self.tr("Show of hands"), self.tr("Raise your hand for the item read out.")
        if state.method == VoteMode.PHONES:
            return self.tr("Vote on your phone"), limits
        if state.all_voted():
            return self.tr("Everyone has voted"), self.tr("The result follows when voting closes.")
        hint = self.tr("1-9: give a dot · Backspace: take it back · Enter: next person")
        return state.voter_label(), hint

    def paint_top(self, painter: QPainter, rect: QRectF) -> None:
        s = self.scale
        margin = 48 * s
        self._banner = QRectF(rect)
        title, line = self._headline()
        self._headline_painted = (title, line, self.state.message)
        big = font(54, s, bold=True)
        small = font(28, s)
        big_h = QFontMetricsF(big).lineSpacing()
        small_h = QFontMetricsF(small).lineSpacing()
        width = rect.width() - 2 * margin
        dots_w = 0.0
        state = self.state
        turn = (
            not self.results
            and state.is_open
            and state.method == VoteMode.TURNS
            and not state.all_voted()
        )
        self._dots = QRectF()
        if turn:
            dots_w = self._paint_dots(painter, rect.right() - margin, 16 * s, big_h, s)
        title_rect = QRectF(margin, 16 * s, width - dots_w, big_h)
        if self.dirty(title_rect):
            self.draw_line(painter, title, big, title_rect, Colors.text)
        y = 16 * s + big_h
        line_rect = QRectF(margin, y, width, small_h)
        if self.dirty(line_rect):
            self.draw_line(painter, line, small, line_rect, Colors.muted)
        note_rect = QRectF(margin, y + small_h, width, small_h)
        if not self.dirty(note_rect):
            return
        if state.message and not self.results:
            self.draw_line(painter, state.message, small, note_rect, Colors.alert)
        elif state.is_open and state.tallies_hidden():
            note = self.tr("The counts stay secret until voting closes.")
            self.draw_line(painter, note, small, note_rect, Colors.muted)

    def _paint_dots(
        self, painter: QPainter, right: float, top: float, height: float, s: float
    ) -> float:
        """Dots left as filled circles, then "3 left"; returns the width used."""
        state = self.state
        left, budget = state.dots_left(), state.budget()
        label_f = font(34, s, bold=True)
        label = self.tr("%1 left").replace("%1", str(left))
        widest = self.tr("%1 left").replace("%1", "8" * len(str(budget)))
        metrics = QFontMetricsF(label_f)
        label_w = max(metrics.horizontalAdvance(label), metrics.horizontalAdvance(widest)) + 12 * s
        diameter = min(height * 0.6, 44 * s)
        gap = diameter * 0.35
        shown = min(budget, 12)
        dots_w = shown * (diameter + gap)
        x = right - label_w - dots_w
        self._dots = QRectF(x - 4 * s, top, right - x + 4 * s, height)
        if not self.dirty(self._dots):
            return label_w + dots_w + 24 * s
        cy = top + height / 2
        for index in range(shown):
            painter.setPen(Colors.accent)
            painter.setBrush(Colors.accent if index < left else Colors.background)
            center = QPointF(x + index * (diameter + gap) + diameter / 2, cy)
            painter.drawEllipse(center, diameter / 2, diameter / 2)
        self.draw_line(
            painter, label, label_f, QRectF(right - label_w, top, label_w, height), Colors.accent
        )
        return label_w + dots_w + 24 * s
