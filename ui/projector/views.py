"""What the room sees in each phase (except voting, in vote.py).

Each view reads what it shows from the book and turns it into blocks. The rules
of the projector live here: only revealed contributions, never an author unless
the session shows names (an anonymous session never does), no settings.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from ui.projector.blocks import Block, BlockView
from ui.projector.paint import KIND_COLORS, Colors, TextBox, font, lay_out
from ui.state.context import WorkshopContext
from ui.state.round_timer import format_seconds
from workshop.journal import Change
from workshop.model import ActionStatus, Contribution, HeroType, Kind, Phase, Session


def shows_names(session: Session | None) -> bool:
    """Authors appear on the projector only in a session that records names."""
    return session is not None and not session.anonymous


def nice_date(iso: str | None) -> str:
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, "d MMM yyyy") if day.isValid() else iso


class ProjectorView(BlockView):
    """A phase view: ``refresh()`` re-reads the book; ``wants(change)`` says if it must."""

    tables: frozenset[str] = frozenset()

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @property
    def session(self) -> Session | None:
        book, sid = self.context.book, self.context.session_id
        if book is None or sid is None:
            return None
        try:
            return book.sessions.get(sid)
        except Exception:  # the session was just deleted
            return None

    def language(self) -> str | None:
        session = self.session
        return session.language if session is not None else None

    def wants(self, change: Change) -> bool:
        return any(row.table in self.tables for row in change.rows)

    def refresh(self) -> None:
        self.set_blocks(self.build(self.session))

    def build(self, session: Session | None) -> list[Block]:
        return []

    def card_block(self, card: Contribution, session: Session, section: str = "") -> Block:
        note = ""
        if shows_names(session):
            note = ", ".join(self.context.book.contributions.authors(card.id))
        return Block(card.id, card.text, note=note, accent=KIND_COLORS[card.kind], section=section)


class IdleView(ProjectorView):
    def refresh(self) -> None:
        self.empty_text = self.tr("Delight Workshop: the session will start shortly.")
        self.set_blocks([])


class ReviewView(ProjectorView):
    """Follow-up: first celebrate what was done since last time, then what is still open."""

    tables = frozenset({"actions", "sessions"})
    min_column = 760.0

    def build(self, session: Session | None) -> list[Block]:
        self.empty_text = self.tr("No actions from earlier sessions yet: a fresh start.")
        if session is None:
            return []
        book = self.context.book
        previous = book.sessions.previous(session.id)
        since = previous.date if previous else "0000-00-00"
        done_section = self.tr("Done since last time: thank you!")
        open_section = self.tr("Still to do")
        blocks = [
            Block(
                ("done", a.id),
                a.what,
                note=self._who(a.owner, None),
                badge="✓",
                accent=Colors.good,
                section=done_section,
            )
            for a in book.actions.closed_since(since, exclude_session=session.id)
            if a.status == ActionStatus.DONE
        ]
        for a in book.actions.open_actions(before_session=session.id):
            late = bool(a.due and a.due < session.date)
            blocks.append(
                Block(
                    ("open", a.id),
                    a.what,
                    badge="○",
                    note=self._who(a.owner, a.due, late),
                    accent=Colors.alert if late else Colors.accent,
                    section=open_section,
                )
            )
        return blocks

    def _who(self, owner: str | None, due: str | None, late: bool = False) -> str:
        parts = [owner] if owner else []
        if due:
            text = self.tr("was due %1") if late else self.tr("by %1")
            parts.append(text.replace("%1", nice_date(due)))
        return " · ".join(parts)


class HeroView(ProjectorView):
    """Warm-up: recent hero stories, routine delight first (it deserves the most credit)."""

    tables = frozenset({"contributions", "hero_credits"})
    min_column = 760.0

    def build(self, session: Session | None) -> list[Block]:
        self.empty_text = self.tr(
            "No hero stories yet. Who went the extra mile for a customer lately?"
        )
        if self.context.book is None:
            return []
        stories = [c for c in self.context.book.contributions.hero_stories(limit=24) if c.revealed]
        routine = self.tr("Everyday delight")
        recovery = self.tr("Great recoveries")
        blocks = []
        for kind, section, color in (
            (HeroType.ROUTINE, routine, Colors.good),
            (HeroType.RECOVERY, recovery, KIND_COLORS[Kind.VALUE]),
        ):
            for story in stories:
                if (story.hero_type or HeroType.ROUTINE) != kind:
                    continue
                note = ""
                if story.credited:
                    note = self.tr("Thanks to %1").replace("%1", ", ".join(story.credited))
                blocks.append(
                    Block(story.id, story.text, note=note, badge="★", accent=color, section=section)
                )
        return blocks


class WallView(ProjectorView):
    """Group: the revealed cards as a wall, by theme; pages turn by themselves."""

    tables = frozenset({"contributions", "themes", "sessions"})

    def build(self, session: Session | None) -> list[Block]:
        self.empty_text = self.tr("No ideas on the wall yet.")
        if session is None:
            return []
        book = self.context.book
        cards = [c for c in book.contributions.list(session.id) if c.revealed]
        themes = book.themes.list(session.id)
        blocks = []
        for theme in themes:
            blocks += [
                self.card_block(c, session, theme.name) for c in cards if c.theme_id == theme.id
            ]
        self.text_points = 30.0 if len(cards) <= 40 else 28.0  # a big wall: a little smaller
        known = {t.id for t in themes}
        loose = [c for c in cards if c.theme_id not in known]
        if loose:
            label = self.tr("Not grouped yet") if themes else ""
            blocks += [self.card_block(c, session, label) for c in loose]
        return blocks


class IdeateView(ProjectorView):
    """Ideate: the round's prompt, a large countdown, and the newest revealed ideas."""

    tables = frozenset({"contributions", "rounds", "sessions"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.single_page = True
        self.prompt = ""
        self.count_text = ""
        self._countdown = QRectF()
        context.timer.ticked.connect(self._tick)
        context.captureKindChanged.connect(self._on_capture_kind)

    def build(self, session: Session | None) -> list[Block]:
        self.prompt, self.count_text = "", ""
        if session is None:
            return []
        book = self.context.book
        everything = book.contributions.list(session.id)
        shown = [c for c in everything if c.revealed]
        # The round the console is capturing; else the kind of the latest card.
        kind = self.context.capture_kind or (everything[-1].kind if everything else None)
        rounds = book.sessions.rounds(session.id)
        if kind is not None:
            self.prompt = book.sessions.prompt_for(session.id, kind) or ""
        if not self.prompt and rounds:
            self.prompt = rounds[0].prompt
        if not self.prompt:
            self.prompt = self.tr("How could we delight our customers?")
        self.count_text = self.wall_count(shown, kind or Kind.DELIGHT)
        if session.silent_mode and len(shown) < len(everything):
            self.empty_text = self.tr("Ideas are collected quietly; they appear together.")
            self.count_text = self.tr("Collecting quietly")
        else:
            self.empty_text = self.tr("Say it, and it appears here.")
        return [self.card_block(c, session) for c in reversed(shown)]

    def wall_count(self, shown: list, kind: Kind) -> str:
        """How many cards of the round's kind are up, named as what they are."""
        n = sum(1 for c in shown if c.kind == kind)
        return {
            Kind.DELIGHT: lambda: self.tr("%n delight idea(s) on the wall", "", n),
            Kind.OBSTACLE: lambda: self.tr("%n obstacle(s) on the wall", "", n),
            Kind.HERO: lambda: self.tr("%n hero story/stories on the wall", "", n),
            Kind.VALUE: lambda: self.tr("%n value idea(s) on the wall", "", n),
        }[Kind(kind)]()

    def _on_capture_kind(self, _kind: str) -> None:
        self.refresh()

    CLOCK_POINTS = 130.0

    def _prompt_box(self, width: float, scale: float) -> TextBox:
        """The prompt in the largest size (50 down to 36 pt) that keeps it to three lines."""
        prompt_w, _ = self._split(width, scale)
        for points in (50, 44, 40, 36):
            box = lay_out(self.prompt, font(points, scale, bold=True), prompt_w)
            if box.layout.lineCount() <= 3:
                return box
        return box

    def top_height(self, width: float, scale: float) -> float:
        prompt = self._prompt_box(width, scale)
        clock = QFontMetricsF(font(self.CLOCK_POINTS, scale, bold=True)).lineSpacing()
        count = QFontMetricsF(font(30, scale)).lineSpacing()
        return max(prompt.height + count + 40 * scale, clock + 30 * scale)

    def _time_up_text(self) -> str:
        return self.tr("Time!")

    def _split(self, width: float, scale: float) -> tuple[float, float]:
        """The prompt's width and the clock's: room for "88:88" and for "Time!" alike."""
        metrics = QFontMetricsF(font(self.CLOCK_POINTS, scale, bold=True))
        clock_w = max(
            metrics.horizontalAdvance("88:88"), metrics.horizontalAdvance(self._time_up_text())
        )
        clock_w = min(clock_w, width * 0.5)  # a long translation: the font gives way instead
        return max(width * 0.45, width - clock_w - 40 * scale), clock_w

    def clock_font(self, text: str, width: float, scale: float) -> QFont:
        """The clock's font, as large as it is, or smaller until *text* fits *width* whole."""
        points = self.CLOCK_POINTS
        f = font(points, scale, bold=True)
        advance = QFontMetricsF(f).horizontalAdvance(text)
        if advance > width > 0:
            f.setPointSizeF(f.pointSizeF() * width / advance * 0.98)
        return f

    def paint_top(self, painter: QPainter, rect: QRectF) -> None:
        s = self.scale
        margin = 48 * s
        width = rect.width() - 2 * margin
        prompt_w, clock_w = self._split(width, s)
        prompt = self._prompt_box(width, s)
        self.draw_layout(painter, prompt, margin, 20 * s, Colors.text)
        count_f = font(30, s)
        count_h = QFontMetricsF(count_f).lineSpacing()
        count_rect = QRectF(margin, 20 * s + prompt.height + 8 * s, prompt_w, count_h)
        self.draw_line(painter, self.count_text, count_f, count_rect, Colors.muted)
        self._countdown = QRectF(
            rect.right() - margin - clock_w, 10 * s, clock_w, rect.height() - 20 * s
        )
        left = self.context.timer.seconds_left()
        color = Colors.alert if left <= 30 else Colors.accent
        text = format_seconds(left) if left > 0 else self._time_up_text()
        clock_f = self.clock_font(text, clock_w, s)
        right = Qt.AlignmentFlag.AlignRight
        self.draw_line(painter, text, clock_f, self._countdown, color, right)

    def _tick(self, _seconds: int) -> None:
        if self.isVisible() and not self._countdown.isEmpty():
            self.update(self._countdown.toAlignedRect())


class PlanView(ProjectorView):
    """Plan and wrap-up: the action plan (what, who, by when); the vote result until then."""

    tables = frozenset({"actions", "sessions", "votes", "contributions"})
    min_column = 760.0
    in_rows = True

    def build(self, session: Session | None) -> list[Block]:
        self.empty_text = self.tr("The action plan appears here as it is made.")
        if session is None:
            return []
        book = self.context.book
        actions = book.actions.list(session.id)
        if actions:
            section = self.tr("Our action plan")
            return [
                Block(
                    a.id,
                    a.what,
                    note=self._who(a.owner, a.due),
                    badge=str(n),
                    accent=Colors.good if a.status == ActionStatus.DONE else Colors.accent,
                    section=section,
                )
                for n, a in enumerate(actions, start=1)
            ]
        if session.phase != Phase.PLAN:
            return []
        from ui.projector.vote import result_blocks

        return result_blocks(self, book.votes.ranking(session.id), self.tr("Top voted"))

    def _who(self, owner: str | None, due: str | None) -> str:
        who = owner or self.tr("owner to be found")
        when = nice_date(due) if due else self.tr("date to be set")
        return self.tr("%1 · by %2").replace("%1", who).replace("%2", when)
