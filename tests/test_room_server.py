"""The room's server on a real socket on 127.0.0.1: protocol, headers, hostile requests."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.room_harness import RoomHarness
from workshop.book import Book
from workshop.model import Phase


@pytest.fixture
def served(book: Book, book_path: Path, session_id: int) -> Iterator[RoomHarness]:
    book.sessions.set_phase(session_id, Phase.IDEATE)
    harness = RoomHarness(book_path, session_id)
    yield harness
    harness.close()


def card(text: str, key: str = "") -> dict:
    return {"key": key or f"k-{abs(hash(text)):x}"[:60].ljust(8, "0"), "text": text}


def test_join_gives_a_strict_cookie_and_every_answer_strict_headers(served):
    status, data, response = served.request(
        "POST", "/api/join", {"code": served.room.code, "name": "Ann"}
    )
    assert status == 200 and "token" not in data
    cookie = response.getheader("Set-Cookie")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    for path in ("/", "/assets/room.js", "/api/state", "/nothing"):
        _s, _d, response = served.request("GET", path)
        csp = response.getheader("Content-Security-Policy")
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, path
        assert response.getheader("X-Content-Type-Options") == "nosniff"
        assert response.getheader("Access-Control-Allow-Origin") is None
    status, _d, response = served.request("OPTIONS", "/api/cards", headers={"Origin": "http://x"})
    assert status == 405 and response.getheader("Access-Control-Allow-Origin") is None


def test_a_phone_adds_edits_deletes_its_card_over_http(served):
    token = served.join("Ann")
    status, data, _ = served.request("POST", "/api/cards", card("Warm towels"), token=token)
    assert status == 201
    cid = data["result"]["id"]
    status, again, _ = served.request("POST", "/api/cards", card("Warm towels"), token=token)
    assert status == 200 and again["result"]["id"] == cid  # a retry is not a second card
    status, _d, _ = served.request(
        "PATCH", f"/api/cards/{cid}", {"text": "Hot towels"}, token=token
    )
    assert status == 200
    assert served.run(lambda: served.book.contributions.get(cid).text) == "Hot towels"
    status, state, _ = served.request("GET", "/api/state", token=token)
    assert [c["text"] for c in state["result"]["me"]["cards"]] == ["Hot towels"]
    assert served.request("DELETE", f"/api/cards/{cid}", token=token)[0] == 200
    assert served.run(lambda: served.book.contributions.list(served.room.session_id)) == []


def test_wrong_codes_until_429_then_even_the_right_code_waits(served):
    for attempt in range(10):
        status, data, _ = served.request("POST", "/api/join", {"code": "ZZZZZZ", "name": "Eve"})
        assert status == 403, attempt
        assert "\n" not in data["error"] and data["error"]
    status, data, _ = served.request("POST", "/api/join", {"code": served.room.code, "name": "Eve"})
    assert status == 429 and "wait" in data["error"]


def test_no_token_a_stale_token_and_a_closed_rooms_token_get_401(served):
    assert served.request("GET", "/api/state")[0] == 401
    assert served.request("GET", "/api/state", token="x" * 43)[0] == 401
    token = served.join("Ann")
    assert served.request("GET", "/api/state", token=token)[0] == 200
    served.run(served.room.close)
    status, data, _ = served.request("POST", "/api/cards", card("After"), token=token)
    assert status == 401 and data["error"]
    assert served.request("GET", "/api/events", token=token)[0] == 401


def test_another_sessions_and_another_phones_ids_are_refused(served):
    other_session = served.run(
        lambda: served.book.sessions.create("Other team", rounds=[("delight", "?")])
    )
    foreign = served.run(
        lambda: served.book.contributions.add(other_session, "delight", "Not yours")
    )
    ann, bob = served.join("Ann"), served.join("Bob")
    _s, data, _ = served.request("POST", "/api/cards", card("Ann's"), token=ann)
    anns = data["result"]["id"]
    served.run(lambda: served.book.sessions.set_phase(served.room.session_id, Phase.VOTE))
    served.run(lambda: served.book.votes.open_voting(served.room.session_id, method="phones"))
    for method, path, body in (
        ("PATCH", f"/api/cards/{foreign}", {"text": "Mine"}),
        ("DELETE", f"/api/cards/{foreign}", None),
        ("PATCH", f"/api/cards/{anns}", {"text": "Bob was here"}),
        ("DELETE", f"/api/cards/{anns}", None),
        ("POST", "/api/dots", {"card": foreign}),
        ("DELETE", f"/api/dots/{foreign}", None),
    ):
        status, data, _ = served.request(method, path, body, token=bob)
        assert status == 422, (method, path, data)
    texts = (
        served.run(lambda: served.book.contributions.get(foreign).text),
        served.run(lambda: served.book.contributions.get(anns).text),
    )
    assert texts == ("Not yours", "Ann's")
    assert served.run(lambda: served.book.votes.dots_cast(other_session)) == 0


def test_budget_and_phase_refusals_are_409(served):
    token = served.join("Ann")
    _s, data, _ = served.request("POST", "/api/cards", card("Idea"), token=token)
    cid = data["result"]["id"]
    assert served.request("POST", "/api/dots", {"card": cid}, token=token)[0] == 409  # not open
    sid = served.room.session_id
    served.run(lambda: served.book.sessions.set_phase(sid, Phase.VOTE))
    served.run(lambda: served.book.votes.open_voting(sid, dots_per_person=2, max_dots_per_item=1))
    assert served.request("POST", "/api/dots", {"card": cid}, token=token)[0] == 200
    status, data, _ = served.request("POST", "/api/dots", {"card": cid}, token=token)
    assert status == 409 and data["error"].startswith("At most 1")
    assert served.request("POST", "/api/cards", card("Late"), token=token)[0] == 409
    assert served.request("DELETE", f"/api/dots/{cid}", token=token)[0] == 200
    assert served.run(lambda: served.book.votes.dots_cast(sid)) == 0


def test_hostile_bodies_get_a_clear_error_and_change_nothing(served):
    token = served.join("Ann")
    megabyte = json.dumps({"key": "k" * 10, "text": "x" * 1_000_000}).encode()
    cases = [
        (megabyte, 413),
        (b"{not json", 422),
        (b"[1, 2, 3]", 422),
        (b"\xff\xfe", 422),
        (b"[" * 100_00 + b"]" * 100_00, 413),
        (json.dumps({"key": "k" * 10, "text": 5}).encode(), 422),
        (json.dumps({"key": "k" * 10, "text": "x" * 1001}).encode(), 422),
        (json.dumps({"key": "../../etc", "text": "x"}).encode(), 422),
        (json.dumps({"key": "k" * 10, "text": "x", "author": "Boss"}).encode(), 422),
        (json.dumps({"key": "k" * 10, "text": "x\u0000y"}).encode(), 422),
    ]
    for raw, expected in cases:
        status, data, _ = served.request("POST", "/api/cards", raw=raw, token=token)
        assert status == expected, (raw[:30], data)
        assert data["error"] and "\n" not in data["error"]
    status, _d, _ = served.request(
        "POST", "/api/cards", raw=b"text=hi", token=token, headers={"Content-Type": "text/plain"}
    )
    assert status == 422
    for path in ("/api/cards/abc", "/api/cards/99999999999999999999", "/api/cards/-1"):
        assert served.request("PATCH", path, {"text": "x"}, token=token)[0] in (404, 422), path
    assert served.run(lambda: served.book.contributions.list(served.room.session_id)) == []
    assert served.request("GET", "/api/state", token=token)[0] == 200  # still serving


def test_path_tricks_serve_nothing_outside_the_asset_folder(served):
    for path in (
        "/assets/../../pyproject.toml",
        "/assets/%2e%2e/%2e%2e/pyproject.toml",
        "/assets/..%2F..%2Fworkshop%2Fbook.py",
        "/assets/....//....//pyproject.toml",
        "/../../../etc/passwd",
        "/assets/%00room.js",
        "/assets/ROOM.JS",
    ):
        status, data, _ = served.request("GET", path)
        assert status in (400, 404), path
        assert b"[project]" not in data.get("_raw", b"") and "root:" not in json.dumps(str(data))
    status, _d, response = served.request("GET", "/assets/room.js")
    assert status == 200 and response.getheader("Content-Type").startswith("text/javascript")


def test_a_half_open_slow_request_does_not_stop_the_others(served):
    slow = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    slow.putrequest("POST", "/api/join")
    slow.putheader("Content-Type", "application/json")
    slow.putheader("Content-Length", "100")
    slow.endheaders()
    slow.send(b'{"code": ')  # and then nothing
    token = served.join("Ann")
    assert served.request("GET", "/api/state", token=token)[0] == 200
    slow.close()


def test_the_event_stream_tells_other_phones_at_once(served):
    ann, bob = served.join("Ann"), served.join("Bob")
    first = served.events(bob, 1)[0]
    assert first["type"] == "state" and first["me"]["name"] == "Bob"
    served.request("POST", "/api/cards", card("From Ann"), token=ann)
    later = served.events(bob, 1)[0]
    assert later["rev"] > first["rev"]
    assert "Ann" not in json.dumps(later)  # no author travels to other phones


def test_the_room_command_serves_follows_outside_changes_and_stops_on_sigterm(
    book: Book, book_path: Path, session_id: int
):
    book.sessions.set_phase(session_id, Phase.IDEATE)
    book.close()
    child = subprocess.Popen(
        [sys.executable, "-m", "ui.app.launcher", "room", str(book_path), "--host", "127.0.0.1",
         "--port", "0", "--session", str(session_id)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ},
    )  # fmt: skip
    try:
        line = child.stdout.readline().rstrip("\n")
        assert line.startswith("Join: http://127.0.0.1:") and "  code: " in line
        url, code = line[len("Join: ") :].split("  code: ")
        assert url.endswith(f"/?code={code}") and len(code) == 6
        port = int(url.split(":")[2].split("/")[0])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request(
            "POST", "/api/join", json.dumps({"code": code, "name": "Ann", "token_in_body": True}),
            {"Content-Type": "application/json"},
        )  # fmt: skip
        token = json.loads(conn.getresponse().read())["token"]
        with Book.open(book_path) as other:  # another program moves the session on
            other.sessions.set_phase(session_id, Phase.VOTE)
        deadline = time.monotonic() + 3
        phase = None
        while time.monotonic() < deadline and phase != "vote":
            conn.request("GET", "/api/state", headers={"X-Room-Token": token})
            phase = json.loads(conn.getresponse().read())["result"]["session"]["phase"]
            time.sleep(0.1)
        assert phase == "vote"
        child.send_signal(signal.SIGTERM)
        assert child.wait(10) == 0
        assert "closed" in child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()


def test_a_session_deleted_under_the_room_gives_a_clear_error_and_the_server_runs_on(served):
    token = served.join("Ann")
    served.run(lambda: served.book.sessions.delete(served.room.session_id))
    status, data, _ = served.request("GET", "/api/state", token=token)
    assert status == 422 and "no longer exists" in data["error"]
    assert served.request("GET", "/")[0] == 200


def test_the_event_stream_refuses_another_sites_page(served):
    token = served.join("Ann")
    status, data, _ = served.request(
        "GET", "/api/events", token=token, headers={"Origin": "http://evil.example"}
    )
    assert status == 403 and data["error"]


def test_a_port_in_use_is_a_clear_error_and_the_room_keeps_serving(served):
    from workshop.room.server import RoomServer

    clash = RoomServer(served.room, served.owner, "127.0.0.1", served.port)
    with pytest.raises(OSError):
        clash.start()
    assert clash._push_views not in served.owner.after
    token = served.join("Ann")
    assert served.request("GET", "/api/state", token=token)[0] == 200
