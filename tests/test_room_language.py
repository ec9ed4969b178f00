"""Issue 14: the phone page speaks the session's language (real sockets on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.room_harness import RoomHarness
from workshop.book import Book
from workshop.i18n import _, language, ngettext
from workshop.model import Phase


@pytest.fixture
def served(book: Book, book_path: Path, session_id: int) -> Iterator[RoomHarness]:
    book.sessions.set_phase(session_id, Phase.IDEATE)
    harness = RoomHarness(book_path, session_id)
    yield harness
    harness.close()


def set_language(served: RoomHarness, code: str | None) -> None:
    served.run(lambda: served.book.sessions.update(served.room.session_id, language=code))


def test_a_german_session_gives_the_phone_german_words_before_and_after_joining(served):
    set_language(served, "de")
    status, data, _r = served.request("GET", "/api/strings")  # asked before joining
    assert status == 200
    assert (data["lang"], data["dir"]) == ("de", "ltr")
    assert data["strings"]["vote_title"] == "Abstimmen"
    dots = data["plurals"]["dots"]
    assert dots[data["rule"][1]].format(n=1) == "1 Punkt"
    assert dots[data["rule"][2]].format(n=2) == "2 Punkte"
    token = served.join("Ann")
    _s, state, _r = served.request("GET", "/api/state", token=token)
    assert state["result"]["lang"] == "de"
    with language("de"):
        ideate = _("Ideate")
        empty = _("{what} cannot be empty.").format(what=_("The card"))
    assert ideate != "Ideate" and state["result"]["session"]["phase_label"] == ideate
    status, answer, _r = served.request(
        "POST", "/api/cards", {"key": "k-0000001", "text": "  "}, token=token
    )
    assert status == 422 and answer["error"] == empty and "darf nicht leer" in empty


def test_an_arabic_session_is_right_to_left_with_its_six_plural_forms(served):
    set_language(served, "ar")
    _s, data, _r = served.request("GET", "/api/strings")
    assert (data["lang"], data["dir"]) == ("ar", "rtl")
    assert len(data["plurals"]["dots"]) == 6
    assert [data["rule"][n] for n in (0, 1, 2, 3, 11, 100)] == [0, 1, 2, 3, 4, 5]


def test_a_session_without_a_language_follows_the_app_and_a_change_reaches_the_phones(served):
    _s, data, _r = served.request("GET", "/api/strings")
    assert data["lang"] == "en" and data["strings"]["vote_title"] == "Vote"
    token = served.join("Ann")
    set_language(served, "fr")
    _s, state, _r = served.request("GET", "/api/state", token=token)
    assert state["result"]["lang"] == "fr"  # the page asks for its words again
    _s, data, _r = served.request("GET", "/api/strings")
    assert data["lang"] == "fr"
    with language("fr"):
        two_dots = ngettext("{n} dot", "{n} dots", 2).format(n=2)
    assert two_dots != "2 dots" and data["plurals"]["dots"][data["rule"][2]].format(n=2) == two_dots


@pytest.mark.slow
def test_the_page_in_a_browser_takes_the_sessions_language_and_direction(served):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.browser import phone_browser

    set_language(served, "ar")
    with language("ar"):
        two_dots_left = ngettext("{n} dot left", "{n} dots left", 2).format(n=2)
        ideate = _("Ideate")
    driver = phone_browser()
    try:
        driver.get(served.server.join_url)
        wait = WebDriverWait(driver, 5)
        wait.until(lambda d: d.execute_script("return document.documentElement.dir") == "rtl")
        assert driver.execute_script("return document.documentElement.lang") == "ar"
        driver.find_element(By.ID, "name").send_keys("Ann")
        driver.find_element(By.ID, "join-button").click()
        wait.until(lambda d: d.find_element(By.ID, "write-view").is_displayed())
        assert driver.find_element(By.ID, "phase").text == ideate != "Ideate"
        # A count the page words itself comes in Arabic's form for two.
        text = driver.execute_script("return tn('dots_left', 2)")
        assert text == two_dots_left
        driver.save_screenshot("/tmp/room_ar.png")
    finally:
        driver.quit()
