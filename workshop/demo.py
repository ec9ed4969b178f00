"""A realistic demo: three finished sessions of a car dealership's service desk.

``write_demo(book)`` fills a book through the ordinary operations (so every
check of the core applies to it) and is used by ``delight-workshop demo``, the
app's first-run "try the demo" and the self-test. The earlier session's actions
are partly done, so the follow-up review has something to show. Between them,
a short recovery session wrote a small recovery playbook (``demo_playbook``).

Dates are relative to *today*: the latest session was a week ago, the earlier
one six weeks before it, and the latest actions fall due in the weeks ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from . import demo_playbook
from .model import ActionStatus, HeroType, Kind, ObstacleStatus, Phase

if TYPE_CHECKING:
    from .book import Book

FACILITATOR = "Sam Ortega"
TEAM = (
    "Maria Lopez",
    "Tom Becker",
    "Aisha Rahman",
    "Jonas Weber",
    "Priya Nair",
    "Kevin O'Neill",
    "Lena Kowalski",
)
EARLIER_TEAM = (*TEAM[:4], "Kevin O'Neill", "Dave Mensah")

ROUNDS = (
    (Kind.HERO, "Which customer did one of us delight lately, on an ordinary day? Tell it "
                "the way the customer would tell it."),
    (Kind.DELIGHT, "Picture a normal service visit. What small thing could we do that a "
                   "customer would mention to a friend?"),
    (Kind.OBSTACLE, "What stops us from doing that every time? Name the rule, the tool or "
                    "the habit, not the person."),
    (Kind.VALUE, "What could we offer that costs us little but that customers would value "
                 "more than a discount?"),
)  # fmt: skip
EARLIER_ROUNDS = (
    (Kind.OBSTACLE, "Which rule, form, system or shortage made it hard to help a customer "
                    "this month? Say what happened, not who did it."),
    (Kind.DELIGHT, "If that obstacle were gone tomorrow, what would you do for the "
                   "customer instead?"),
    (Kind.HERO, "Who went the extra mile for a customer since we last met?"),
    (Kind.VALUE, "What could we add that customers would notice and value?"),
)  # fmt: skip


class DemoSessions(NamedTuple):
    earlier: int
    latest: int
    recovery: int


class _DemoClock:
    """Stands in for the book's clock: each reading is a little later."""

    def __init__(self) -> None:
        self.current = datetime(2000, 1, 1)

    def at(self, day: date, hour: int = 9, minute: int = 0) -> None:
        self.current = datetime.combine(day, time(hour, minute))

    def __call__(self) -> datetime:
        self.current += timedelta(seconds=41)
        return self.current


def write_demo(book: Book, today: date | None = None) -> DemoSessions:
    """Write the two demo sessions into *book*; returns their ids.

    The demo's own operations are not left in the undo history of a book
    that had none (undoing a demo line by line makes no sense).
    """
    today = today or date.today()
    latest_day = today - timedelta(days=7)
    earlier_day = latest_day - timedelta(days=42)
    had_history = book.can_undo or book.can_redo
    clock = _DemoClock()
    saved_clock = book.clock
    book.clock = clock
    try:
        earlier = _earlier_session(book, clock, earlier_day)
        recovery_day = earlier_day + timedelta(days=3)
        recovery = demo_playbook.recovery_session(book, clock.at, recovery_day)
        _follow_up_between(book, clock, earlier, earlier_day, latest_day)
        demo_playbook.playbook_uses(book, clock.at, recovery_day)
        latest = _latest_session(book, clock, latest_day)
    finally:
        book.clock = saved_clock
    if not had_history:
        book.history.clear()
    return DemoSessions(earlier, latest, recovery)


# -- helpers -----------------------------------------------------------------
def _add_all(book: Book, sid: int, kind: Kind, items: Sequence[tuple[str, str]]) -> list[int]:
    return [book.contributions.add(sid, kind, text, author) for author, text in items]


def _vote(book: Book, sid: int, ballots: dict[str, Sequence[tuple[int, int]]]) -> None:
    for voter, dots in ballots.items():
        for cid, n in dots:
            book.votes.cast(sid, cid, voter, n)


# -- the earlier session: an obstacle hunt six weeks before ------------------
def _earlier_session(book: Book, clock: _DemoClock, day: date) -> int:
    clock.at(day, 8, 30)
    sid = book.sessions.create(
        "Service desk: obstacle hunt",
        date=day,
        facilitator=FACILITATOR,
        template="obstacle-hunt",
        rounds=EARLIER_ROUNDS,
        participants=EARLIER_TEAM,
        dots_per_person=3,
        max_dots_per_item=2,
    )
    clock.at(day, 9, 0)
    book.sessions.set_phase(sid, Phase.IDEATE)
    o_parts, o_loan, o_text = _add_all(book, sid, Kind.OBSTACLE, [
        ("Jonas Weber", "The parts counter closes at 4 pm, which is exactly when late jobs "
                        "need one more part. The car then stays overnight."),
        ("Kevin O'Neill", "The booking system does not show which loan cars are free, so we "
                          "promise cars we do not have and the customer finds out at the desk."),
        ("Maria Lopez", "Only the call centre may send text messages. From the desk we can "
                        "only phone, and customers at work do not pick up."),
    ])  # fmt: skip
    book.contributions.set_obstacle(
        o_parts, way_around="Ask the parts manager for a stay-late rota until 5:30 pm.",
        remover="Parts manager")  # fmt: skip
    book.contributions.set_obstacle(
        o_loan, way_around="A board behind the desk with every loan car and who has it.",
        remover="Dealer systems team (IT)")  # fmt: skip
    book.contributions.set_obstacle(
        o_text, way_around="Send texts from the dealership's messaging account on the desk "
                           "laptop.", remover="Marketing director")  # fmt: skip
    d_callback, d_water, d_board, d_ring = _add_all(book, sid, Kind.DELIGHT, [
        ("Aisha Rahman", "Ring customers three days after a big repair to ask whether "
                         "everything feels right."),
        ("Tom Becker", "A cold bottle of water in the cup holder when we hand the car back."),
        ("Kevin O'Neill", "Tell customers at booking which loan car they will get, and have it "
                          "ready at the door."),
        ("Dave Mensah", "When a job runs late, we call first, before the customer has to ask."),
    ])  # fmt: skip
    book.contributions.add(
        sid, Kind.HERO,
        "An older customer's car would not start in our car park after his service. Dave "
        "jump-started it, then followed him home in his own car to make sure he got there. "
        "His daughter wrote to thank us.",
        "Maria Lopez", hero_type=HeroType.RECOVERY, credited=["Dave Mensah"],
        customer="Mr Brennan", story_date=day - timedelta(days=9))  # fmt: skip
    book.contributions.add(
        sid, Kind.VALUE, "Free screenwash top-up and tyre pressure check, no appointment "
        "needed.", "Jonas Weber")  # fmt: skip
    clock.at(day, 9, 40)
    book.sessions.set_phase(sid, Phase.GROUP)
    waiting = book.themes.create(sid, "Waiting and loan cars")
    talking = book.themes.create(sid, "Talking to customers")
    book.contributions.set_theme([o_parts, o_loan, d_board], waiting)
    book.contributions.set_theme([o_text, d_callback, d_ring], talking)
    clock.at(day, 9, 55)
    book.sessions.set_phase(sid, Phase.VOTE)
    _vote(book, sid, {
        "Maria Lopez": [(o_text, 2), (d_callback, 1)],
        "Tom Becker": [(o_loan, 2), (d_water, 1)],
        "Aisha Rahman": [(d_callback, 2), (o_parts, 1)],
        "Jonas Weber": [(o_parts, 2), (o_loan, 1)],
        "Kevin O'Neill": [(o_loan, 2), (d_board, 1)],
        "Dave Mensah": [(d_ring, 2), (d_water, 1)],
    })  # fmt: skip
    clock.at(day, 10, 10)
    book.sessions.set_phase(sid, Phase.PLAN)
    book.actions.plan(
        sid, "Put up a loan-car board behind the desk and keep it current",
        owner="Kevin O'Neill", due=day + timedelta(days=7),
        first_step="Buy a whiteboard and list the nine loan cars by plate",
        help_needed="A spot on the wall behind the desk", contribution_id=o_loan)  # fmt: skip
    book.actions.plan(
        sid, "Stay-late rota at the parts counter until 5:30 pm",
        owner="Jonas Weber", due=day + timedelta(days=21),
        first_step="Count how many jobs waited for a part after 4 pm last month",
        help_needed="The parts manager's agreement and overtime budget",
        contribution_id=o_parts)  # fmt: skip
    book.actions.plan(
        sid, "Let the desk send text messages to customers",
        owner=FACILITATOR, due=day + timedelta(days=28),
        first_step="Ask marketing for a login to the messaging account",
        help_needed="Marketing director to allow texts from the desk",
        contribution_id=o_text)  # fmt: skip
    book.actions.plan(
        sid, "Follow-up call three days after every big repair",
        owner="Aisha Rahman", due=day + timedelta(days=21),
        first_step="Agree what counts as a big repair (over €500 or two days in the workshop)",
        help_needed="A daily list of cars handed back three days ago",
        contribution_id=d_callback)  # fmt: skip
    book.actions.plan(
        sid, "Bottle of water in the cup holder at handover",
        owner="Tom Becker", due=day + timedelta(days=14),
        first_step="Get a price for branded bottles", contribution_id=d_water)  # fmt: skip
    clock.at(day, 10, 30)
    book.sessions.set_phase(sid, Phase.WRAPUP)
    return sid


def _follow_up_between(
    book: Book, clock: _DemoClock, sid: int, earlier_day: date, latest_day: date
) -> None:
    """What happened to the earlier session's promises before the next session.

    The follow-up calls stay open: they are overdue by the next session.
    """
    board, rota, texts, _calls, water = (a.id for a in book.actions.list(sid))
    o_parts, o_loan, _o_text = (c.id for c in book.contributions.list(sid, Kind.OBSTACLE))
    clock.at(earlier_day + timedelta(days=5), 16, 20)
    book.actions.set_status(board, ActionStatus.DONE, note="Board is up and used every morning.")
    book.contributions.set_obstacle(o_loan, status=ObstacleStatus.IN_PROGRESS)
    clock.at(earlier_day + timedelta(days=12), 11, 5)
    book.actions.set_status(
        water, ActionStatus.DROPPED,
        note="Too costly per car; the thank-you card idea replaces it.")  # fmt: skip
    clock.at(earlier_day + timedelta(days=19), 17, 45)
    book.actions.set_status(rota, ActionStatus.DONE, note="Rota runs Monday to Thursday.")
    book.contributions.set_obstacle(o_parts, status=ObstacleStatus.REMOVED)
    clock.at(earlier_day + timedelta(days=30), 9, 15)
    book.actions.set_status(
        texts, ActionStatus.IN_PROGRESS, note="Marketing agreed; waiting for the login.",
        due=latest_day + timedelta(days=14))  # fmt: skip


# -- the latest session: a full delight workshop a week ago ------------------
def _latest_session(book: Book, clock: _DemoClock, day: date) -> int:
    clock.at(day, 8, 30)
    sid = book.sessions.create(
        "Service desk: delighting customers",
        date=day,
        facilitator=FACILITATOR,
        template="delight-ideas",
        rounds=ROUNDS,
        participants=TEAM,
        dots_per_person=5,
        max_dots_per_item=3,
    )
    clock.at(day, 9, 0)
    heroes = _hero_stories(book, sid, day)
    demo_playbook.link_recovery_story(book, heroes[2], (day - timedelta(days=20)).isoformat())
    clock.at(day, 9, 15)
    book.sessions.set_phase(sid, Phase.IDEATE)
    d = _add_all(book, sid, Kind.DELIGHT, [
        ("Tom Becker", "Text the customer a short video of what the technician found, "
                       "explained in plain words, before we ask them to approve extra work."),
        ("Maria Lopez", "Call every customer whose car is with us by noon with an update, even "
                        "when nothing has changed."),
        ("Lena Kowalski", "Leave a handwritten thank-you card on the passenger seat."),
        ("Jonas Weber", "Put the seat, mirrors and radio station back the way the customer "
                        "had them."),
        ("Kevin O'Neill", "Offer a lift to the station or the office in the shuttle for any job "
                          "over an hour, not only for all-day jobs."),
        ("Aisha Rahman", "A proper waiting corner: good coffee, phone chargers and a desk for "
                         "people who work from their laptop."),
        ("Tom Becker", "If we find a blown bulb or a split wiper blade, fix it (five minutes, a "
                       "few euros) and tell them, instead of adding it to the quote."),
        ("Priya Nair", "Send a photo of the worn part with the quote so people can see why it "
                       "needs replacing."),
        ("Priya Nair", "Offer first-time customers a two-minute look at the workshop, so they "
                       "see where their car goes."),
        ("Maria Lopez", "Note the little things about returning customers (the dog's name, how "
                        "they take their coffee) and use them."),
        ("Lena Kowalski", "A text the day before the appointment with the name of the advisor "
                          "who will meet them."),
        ("Jonas Weber", "Clean the windscreen and vacuum the driver's footwell on every visit, "
                        "not only on big services."),
        ("Aisha Rahman", "Walk the customer to their car at handover and show them what was "
                         "done."),
    ])  # fmt: skip
    o = _add_all(book, sid, Kind.OBSTACLE, [
        ("Tom Becker", "Extra work over €150 needs the workshop manager's signature. He is on "
                       "the floor half the day, so cars and customers wait for a signature."),
        ("Maria Lopez", "The desk cannot see the job status: we learn that a car is ready when "
                        "the customer is already standing in front of us."),
        ("Kevin O'Neill", "The shuttle driver only works mornings, so afternoon customers are "
                          "stuck."),
        ("Priya Nair", "Customers must sign a paper job card on arrival, even when they booked "
                       "and agreed everything online."),
        ("Lena Kowalski", "Survey scores count towards our bonus, so we feel pushed to ask "
                          "customers for top marks, and they notice."),
        ("Aisha Rahman", "Customers who pay by invoice wait for accounts, who leave at 3 pm."),
    ])  # fmt: skip
    _obstacle_details(book, o)
    v = _add_all(book, sid, Kind.VALUE, [
        ("Priya Nair", "Give every customer the direct number of their own advisor instead of "
                       "the switchboard."),
        ("Kevin O'Neill", "At handover, show one feature of the car they have never tried "
                          "(the app, lane assist, the seat memory)."),
        ("Maria Lopez", "A written price before work starts, and a promise that it will not go "
                        "up without a phone call."),
        ("Jonas Weber", "A free ten-point winter check with every booking in November, "
                        "explained in two minutes."),
        ("Aisha Rahman", "Keep the customer's winter tyres and remind them before the first "
                         "frost."),
    ])  # fmt: skip
    clock.at(day, 10, 5)
    book.sessions.set_phase(sid, Phase.GROUP)
    book.contributions.merge(d[0], d[7])  # the photo of the worn part is the same idea
    informed = book.themes.create(sid, "Keep customers informed")
    extras = book.themes.create(sid, "Little extras")
    waiting = book.themes.create(sid, "Less waiting")
    known = book.themes.create(sid, "Know the customer")
    book.contributions.set_theme([d[0], d[1], d[10], o[1], v[0], v[2]], informed)
    book.contributions.set_theme([d[2], d[3], d[5], d[11], v[1], v[3]], extras)
    book.contributions.set_theme([d[4], d[6], o[0], o[2], o[5]], waiting)
    book.contributions.set_theme([d[8], d[9], d[12], v[4], *heroes], known)
    clock.at(day, 10, 25)
    book.sessions.set_phase(sid, Phase.VOTE)
    _vote(book, sid, {
        "Maria Lopez": [(d[1], 3), (d[0], 2)],
        "Tom Becker": [(d[0], 3), (o[0], 2)],
        "Aisha Rahman": [(d[0], 2), (d[6], 2), (v[2], 1)],
        "Jonas Weber": [(d[6], 2), (o[0], 2), (d[3], 1)],
        "Priya Nair": [(v[0], 3), (d[0], 1), (d[8], 1)],
        "Kevin O'Neill": [(o[0], 2), (d[4], 2), (v[0], 1)],
        "Lena Kowalski": [(d[1], 2), (d[2], 2), (o[4], 1)],
    })  # fmt: skip
    clock.at(day, 10, 45)
    book.sessions.set_phase(sid, Phase.PLAN)
    _plan_latest(book, sid, day, d, o, v)
    clock.at(day, 11, 15)
    book.sessions.set_phase(sid, Phase.WRAPUP)
    return sid


def _hero_stories(book: Book, sid: int, day: date) -> list[int]:
    stories = [
        ("Maria Lopez", HeroType.ROUTINE, ["Aisha Rahman"], "Mrs Patel", 12,
         "Mrs Patel came in for an oil change with her little boy. Aisha found him crayons, "
         "then took them both to the window to watch the car go up on the lift. Mrs Patel "
         "wrote that it was the first garage visit that felt easy."),
        ("Tom Becker", HeroType.ROUTINE, ["Jonas Weber"], "Ms Okafor", 9,
         "Jonas rang Ms Okafor at 3 pm to say her brakes were done early, and offered to keep "
         "the car until after the school run so she would not have to rush. She had not "
         "expected a call at all."),
        ("Lena Kowalski", HeroType.RECOVERY, ["Maria Lopez", "Tom Becker"], "Mr Haddad", 20,
         "A part for Mr Haddad's car arrived damaged, so we could not keep the 4 pm promise. "
         "Maria called him at noon, apologised before he had to ask, brought a loan car to "
         "his office, and Tom delivered his car washed the next morning. He wrote to the "
         "dealer principal that he will be back."),
        ("Priya Nair", HeroType.ROUTINE, ["Kevin O'Neill"], "Mr Lindqvist", 5,
         "Kevin remembered that Mr Lindqvist's winter tyres were stored with us, rang him "
         "before the first frost and booked the change around his night shifts."),
    ]  # fmt: skip
    ids = []
    for author, hero_type, credited, customer, ago, text in stories:
        ids.append(book.contributions.add(
            sid, Kind.HERO, text, author, hero_type=hero_type, credited=credited,
            customer=customer, story_date=day - timedelta(days=ago)))  # fmt: skip
    return ids


def _obstacle_details(book: Book, o: list[int]) -> None:
    details = [
        ("Advisors approve up to €400 themselves when the customer has agreed in writing "
         "or by text.", "Workshop manager", ObstacleStatus.IN_PROGRESS),
        ("A screen at the desk showing the workshop's job board.", "Dealer systems team (IT)",
         ObstacleStatus.OPEN),
        ("Book a taxi on the dealership's account for afternoon customers.", "General manager",
         ObstacleStatus.OPEN),
        ("Print the card in advance so the customer only signs; the signature is a legal "
         "requirement.", "Head office (legal)", ObstacleStatus.WONT_FIX),
        ("Stop asking for scores; read the customers' comments together once a month "
         "instead.", "Dealer principal", ObstacleStatus.OPEN),
        ("Take card payment at the desk for invoice customers after 3 pm.", "Accounts manager",
         ObstacleStatus.OPEN),
    ]  # fmt: skip
    for cid, (way_around, remover, status) in zip(o, details, strict=True):
        book.contributions.set_obstacle(cid, way_around=way_around, remover=remover, status=status)


def _plan_latest(book: Book, sid: int, day: date, d: list[int], o: list[int], v: list[int]) -> None:
    plans = [
        (d[0], "Send a short video or photo of every extra repair with the quote",
         "Tom Becker", 21, "Try it for one week with two technicians' phones",
         "A workshop phone, and permission to send pictures from it"),
        (o[0], "Let advisors approve extra work up to €400 with the customer's written OK",
         FACILITATOR, 14, "Draft the rule with the workshop manager for Monday's meeting",
         "The dealer principal's signature on the new limit"),
        (d[1], "Noon update call for every car in the workshop", "Maria Lopez", 10,
         "Add a noon reminder to the desk calendar and a 'called' tick on the job board",
         "Someone to cover the desk phone from 12:00 to 12:30"),
        (d[6], "Fix five-minute items (bulbs, wiper blades) without asking, and tell the "
         "customer", "Jonas Weber", 28, "Agree the list of items and a price limit with the "
         "workshop", "The workshop manager's OK for the list"),
        (v[0], "Give every customer their advisor's direct number", "Priya Nair", 35,
         "Ask IT which desk extensions can take direct calls",
         "Direct-dial numbers from the phone provider"),
    ]  # fmt: skip
    for cid, what, owner, days, first_step, help_needed in plans:
        book.actions.plan(
            sid, what, owner=owner, due=day + timedelta(days=days), first_step=first_step,
            help_needed=help_needed, contribution_id=cid)  # fmt: skip
