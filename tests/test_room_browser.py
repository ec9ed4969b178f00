"""The phone page in a real browser (Debian's chromium, headless) at 390x844."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import phone_browser
from tests.room_harness import RoomHarness
from workshop.book import Book
from workshop.model import Phase

pytestmark = pytest.mark.slow


@pytest.fixture
def served(book: Book, book_path: Path, session_id: int) -> Iterator[RoomHarness]:
    book.sessions.set_phase(session_id, Phase.IDEATE)
    harness = RoomHarness(book_path, session_id)
    yield harness
    harness.close()


@pytest.fixture
def phone():
    driver = phone_browser()
    yield driver
    driver.quit()


def _wait(driver, condition, timeout: float = 5.0):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, timeout, ignored_exceptions=[StaleElementReferenceException])
    return wait.until(lambda d: condition(d))


def _texts(driver, selector: str) -> list[str]:
    """The text of every element matching *selector*, read in one go (the page redraws)."""
    return driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent)", selector
    )


def _join(phone, served: RoomHarness, name: str) -> None:
    from selenium.webdriver.common.by import By

    phone.get(served.server.join_url)  # the link the projector's QR code carries
    _wait(phone, lambda d: d.find_element(By.ID, "join-view").is_displayed())
    assert phone.find_element(By.ID, "code").get_attribute("value") == served.room.code
    phone.find_element(By.ID, "name").send_keys(name)
    phone.find_element(By.ID, "join-button").click()
    _wait(phone, lambda d: d.find_element(By.ID, "write-view").is_displayed())


def _write(phone, text: str) -> None:
    from selenium.webdriver.common.by import By

    phone.find_element(By.ID, "card-text").send_keys(text)
    phone.find_element(By.ID, "add-button").click()


def test_a_phone_joins_by_the_qr_link_writes_two_cards_votes_and_sees_the_tally(served, phone):
    from selenium.webdriver.common.by import By

    _join(phone, served, "Ann")
    assert phone.execute_script("return window.innerWidth") == 390
    _write(phone, "Fresh towels every day")
    _write(phone, "A kettle in every room")
    _wait(
        phone,
        lambda d: (
            _texts(d, "#my-cards .text") == ["Fresh towels every day", "A kettle in every room"]
        ),
    )
    sid = served.room.session_id
    stored = served.run(lambda: [(c.text, c.author) for c in served.book.contributions.list(sid)])
    assert stored == [("Fresh towels every day", "Ann"), ("A kettle in every room", "Ann")]
    # No horizontal scrolling on a phone; every button is a 44 px target.
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390

    def open_vote() -> None:
        served.book.sessions.set_phase(sid, Phase.VOTE)
        served.book.votes.open_voting(sid, method="phones", dots_per_person=3, secret=False)

    served.run(open_vote)
    _wait(phone, lambda d: d.find_element(By.ID, "vote-view").is_displayed())
    for button in phone.find_elements(By.CSS_SELECTOR, "#vote-view button"):
        assert button.size["height"] >= 44 and button.size["width"] >= 44
    phone.find_elements(By.CSS_SELECTOR, "#ballot .plus")[1].click()
    dots_left = lambda d: d.find_element(By.ID, "dots-left").text  # noqa: E731
    _wait(phone, lambda d: dots_left(d) == "2 dots left")
    assert _texts(phone, "#ballot .tally") == ["0 dots in all", "1 dot in all"]
    # Someone else votes from another phone: this phone's tally follows at once.
    bob = served.join("Bob")
    first = served.run(lambda: served.book.contributions.list(sid)[0].id)
    assert served.request("POST", "/api/dots", {"card": first}, token=bob)[0] == 200
    _wait(phone, lambda d: _texts(d, "#ballot .tally") == ["1 dot in all", "1 dot in all"])
    assert served.run(lambda: served.book.votes.tally(sid)) == {first: 1, first + 1: 1}
    phone.find_element(By.ID, "done-button").click()
    _wait(phone, lambda d: d.find_element(By.ID, "done-button").text == "Change my vote")
    served.run(lambda: served.book.votes.close_voting(sid))
    _wait(phone, lambda d: d.find_element(By.ID, "result-view").is_displayed())
    assert _texts(phone, "#result .text") == [
        "1=. Fresh towels every day",
        "1=. A kettle in every room",
    ]


HOSTILE = (
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    "<b>bold</b> &amp; {{7*7}}"
)


def test_markup_and_script_in_a_card_show_as_literal_text_and_never_run(served, phone):
    from selenium.webdriver.common.by import By

    _join(phone, served, '<i onmouseover="window.__pwned=3">Mallory</i>')
    _write(phone, HOSTILE)
    card = lambda d: d.find_elements(By.CSS_SELECTOR, "#my-cards .text")  # noqa: E731
    _wait(phone, lambda d: len(card(d)) == 1)
    assert card(phone)[0].get_attribute("textContent") == HOSTILE
    assert (
        phone.find_elements(By.CSS_SELECTOR, "#my-cards img, #my-cards script, #my-cards b") == []
    )
    sid = served.room.session_id
    served.run(lambda: served.book.sessions.set_phase(sid, Phase.VOTE))
    served.run(lambda: served.book.votes.open_voting(sid, method="phones"))
    _wait(phone, lambda d: d.find_element(By.ID, "vote-view").is_displayed())
    item = phone.find_element(By.CSS_SELECTOR, "#ballot .text")
    assert item.get_attribute("textContent") == HOSTILE
    assert phone.find_elements(By.CSS_SELECTOR, "#ballot img, #ballot script") == []
    assert phone.execute_script("return window.__pwned === undefined")
    assert served.run(lambda: served.book.contributions.list(sid)[0].text) == HOSTILE


def test_a_card_written_offline_is_sent_once_the_network_is_back(served, phone):
    from selenium.webdriver.common.by import By

    _join(phone, served, "Ann")
    offline = {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
    phone.execute_cdp_cmd("Network.enable", {})
    phone.execute_cdp_cmd("Network.emulateNetworkConditions", offline)
    _write(phone, "Written in the lift")
    _wait(phone, lambda d: d.find_element(By.ID, "outbox").text == "Sending 1 card…")
    sid = served.room.session_id
    assert served.run(lambda: served.book.contributions.list(sid)) == []
    phone.execute_cdp_cmd("Network.emulateNetworkConditions", {**offline, "offline": False})
    _wait(phone, lambda d: _texts(d, "#my-cards .text") == ["Written in the lift"], timeout=15)
    # Offline again, and the page reloaded once the network is back: the outbox
    # (kept in the phone's storage) still sends the card, once.
    phone.execute_cdp_cmd("Network.emulateNetworkConditions", offline)
    _write(phone, "Written in the car park")
    _wait(phone, lambda d: d.find_element(By.ID, "outbox").text == "Sending 1 card…")
    phone.execute_cdp_cmd("Network.emulateNetworkConditions", {**offline, "offline": False})
    phone.refresh()
    expected = ["Written in the lift", "Written in the car park"]
    _wait(phone, lambda d: _texts(d, "#my-cards .text") == expected, timeout=15)
    assert not phone.find_element(By.ID, "outbox").is_displayed()
    stored = served.run(lambda: [c.text for c in served.book.contributions.list(sid)])
    assert stored == expected


def test_an_edit_in_progress_survives_the_rooms_news_and_saves(served, phone):
    from selenium.webdriver.common.by import By

    _join(phone, served, "Ann")
    _write(phone, "Coffee in the lobby")
    _wait(phone, lambda d: _texts(d, "#my-cards .text") == ["Coffee in the lobby"])
    phone.find_element(By.CSS_SELECTOR, "#my-cards .edit").click()
    box = phone.find_element(By.CSS_SELECTOR, "#my-cards textarea")
    box.send_keys(" after eight")
    bob = served.join("Bob")  # the room goes on: other phones' cards arrive meanwhile
    for n in range(3):
        served.request(
            "POST", "/api/cards", {"key": f"bob-card-{n}", "text": f"Bob {n}"}, token=bob
        )
    time.sleep(0.5)
    box = phone.find_element(By.CSS_SELECTOR, "#my-cards textarea")
    assert box.get_attribute("value") == "Coffee in the lobby after eight"
    phone.find_element(By.CSS_SELECTOR, "#my-cards .edit").click()  # Save
    _wait(phone, lambda d: _texts(d, "#my-cards .text") == ["Coffee in the lobby after eight"])
    sid = served.room.session_id
    texts = served.run(lambda: [c.text for c in served.book.contributions.list(sid)])
    assert texts[0] == "Coffee in the lobby after eight"
