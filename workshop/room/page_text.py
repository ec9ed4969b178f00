"""The phone page's words, from the core's catalogue, in the session's language.

The page (``resources/room``) has the English built in; ``GET /api/strings`` sends
these, translated, with the plural forms the page needs and the language's plural
rule as a table, so a German session's phones read German (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..i18n import N_, _, current_language, is_rtl, ngettext, translations

# Keys the page's script and its data-t attributes use; the English is the page's own.
STRINGS: dict[str, str] = {
    "page_title": N_("Delight Workshop: the room"),
    "not_connected": N_("Not connected"),
    "connected": N_("Connected to the room"),
    "reconnecting": N_("Not connected: trying again…"),
    "no_connection": N_("No connection to the room: trying again…"),
    "answered": N_("The room answered {status}."),
    "join_title": N_("Join the room"),
    "code_label": N_("Join code (on the projector)"),
    "name_label": N_("Your name"),
    "anon_note": N_("This session is anonymous: nobody sees who wrote or voted what."),
    "join": N_("Join"),
    "your_card": N_("Your card"),
    "kind_delight": N_("Your delight idea"),
    "kind_obstacle": N_("The obstacle"),
    "kind_hero": N_("The hero story"),
    "kind_value": N_("Your value idea"),
    "way_label": N_("The way around it (what you do today)"),
    "customer_label": N_("Customer (optional)"),
    "add_card": N_("Add card"),
    "your_cards": N_("Your cards"),
    "none_yet": N_("None yet."),
    "write_first": N_("Write something on the card first."),
    "way_around": N_("Way around: {text}"),
    "customer": N_("Customer: {name}"),
    "card_text": N_("Card text"),
    "way_around_it": N_("The way around it"),
    "edit": N_("Edit"),
    "delete": N_("Delete"),
    "save": N_("Save"),
    "cancel": N_("Cancel"),
    "vote_title": N_("Vote"),
    "take_back": N_("Take back a dot"),
    "place": N_("Place a dot"),
    "voted": N_("I have voted"),
    "change_vote": N_("Change my vote"),
    "result_title": N_("The result"),
    "look": N_("Look at the screen"),
    "room_at": N_("The room is at: {phase}."),
    "voting_soon": N_("Voting opens soon."),
    "hands": N_("This vote is a show of hands."),
    "closed_title": N_("The room is closed"),
    "closed_text": N_("Thank you. Your cards and dots are saved in the facilitator's book."),
    "join_again": N_("Join again"),
    "removed": N_("The facilitator removed this phone from the room."),
}

# Texts counted with a number {n}: every plural form of the language is sent.
PLURALS: dict[str, Callable[[int], str]] = {
    "sending": lambda n: ngettext("Sending {n} card…", "Sending {n} cards…", n),
    "dots_left": lambda n: ngettext("{n} dot left", "{n} dots left", n),
    "vote_rules": lambda n: ngettext(
        "{n} dot each, at most {per_item} on one item.",
        "{n} dots each, at most {per_item} on one item.",
        n,
    ),
    "tally": lambda n: ngettext("{n} dot in all", "{n} dots in all", n),
    "dots": lambda n: ngettext("{n} dot", "{n} dots", n),
}
# The form of n is rule[n] below 200, else rule[100 + n % 100]: true of every
# shipped language's rule (Arabic's included) for any count a room reaches
# (French, Spanish and Portuguese have a form of their own for whole millions).
RULE_SIZE = 200
MILLION = 1_000_000


def _plural_index(n: int) -> int:
    rule = getattr(translations(current_language()), "plural", None)
    return int(rule(n)) if rule is not None else int(n != 1)


def page_strings() -> dict[str, Any]:
    """The page's words in the current language (call it inside ``language(...)``)."""
    code = current_language()
    rule = [_plural_index(n) for n in range(RULE_SIZE)]
    examples: dict[int, int] = {}
    for n in [*range(RULE_SIZE), MILLION]:
        examples.setdefault(_plural_index(n), n)
    # Every form by its index (the page never meets an index no count below 200 gives).
    forms = {
        key: [text(examples.get(i, 2)) for i in range(max(examples) + 1)]
        for key, text in PLURALS.items()
    }
    return {
        "lang": code.replace("_", "-"),
        "dir": "rtl" if is_rtl(code) else "ltr",
        "strings": {key: _(text) for key, text in STRINGS.items()},
        "plurals": forms,
        "rule": rule,
    }
