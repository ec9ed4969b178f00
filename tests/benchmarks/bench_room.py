"""The room under load: simulated phones over real HTTP and WebSocket on 127.0.0.1.

    python tests/benchmarks/bench_room.py [--phones 50] [--rounds 3] [--soak 60] [--quick]

Burst: N phones join ``delight-workshop room`` (its own process, as in a kiosk),
open their event streams, then all at once each adds 10 cards (one retried with
the same key), the facilitator opens voting from another program (the room
notices through ``PRAGMA data_version``), and all at once each places 5 dots and
tries a 6th. Checked in the book afterwards: every card exactly once, every dot
exactly once, nobody over the budget. Timed: each request (send to answer), and
each change reaching every other phone (send to the first event carrying its
revision). Targets: request p99 < 100 ms, event p99 < 250 ms.

Baselines, interleaved with the room in every round: a bare aiohttp server (its
own process) with the same routes that only echoes and broadcasts a counter
("echo"), and the same server committing one row per change to SQLite with
`synchronous = FULL` on one writer thread before it answers ("disk": the floor
of any server that answers only once the change is on disk).

Soak: 200 phones stay connected for a minute (``--quick``: 15 s); one card a
second; the server's memory (VmRSS) and the request/event latency per 5-second
window must stay flat.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

HOST = "127.0.0.1"
HEADER = "X-Room-Token"


# -- the baseline servers: same routes, no book ---------------------------------------
def echo_server(disk: Path | None = None) -> None:
    """Echo and broadcast a counter; with *disk*, first commit one row there per change.

    The disk variant is the floor of any server that answers only once a change is
    on disk: one writer thread, WAL, ``synchronous = FULL`` as in the book.
    """
    import sqlite3
    from concurrent.futures import ThreadPoolExecutor

    from aiohttp import web

    streams: set[web.WebSocketResponse] = set()
    state = {"rev": 0}
    writer = ThreadPoolExecutor(1)
    conn = None
    if disk is not None:
        conn = sqlite3.connect(disk, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT)")

    def commit(body: bytes) -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (body) VALUES (?)", [body.decode()])
        conn.execute("COMMIT")

    async def change(request: web.Request) -> web.Response:
        body = await request.read()
        if conn is not None:
            await asyncio.get_running_loop().run_in_executor(writer, commit, body)
        state["rev"] += 1
        text = json.dumps({"type": "state", "rev": state["rev"]})
        for ws in list(streams):
            await ws.send_str(text)
        return web.json_response({"ok": True, "rev": state["rev"]}, status=201)

    async def join(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "token": os.urandom(16).hex()})

    async def events(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=20)
        await ws.prepare(request)
        streams.add(ws)
        await ws.send_str(json.dumps({"type": "state", "rev": state["rev"]}))
        try:
            async for _message in ws:
                pass
        finally:
            streams.discard(ws)
        return ws

    app = web.Application()
    app.add_routes([web.post("/api/join", join), web.post("/api/cards", change),
                    web.post("/api/dots", change), web.get("/api/events", events)])  # fmt: skip

    async def serve() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, HOST, 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        print(f"Join: http://{HOST}:{port}/?code=ECHO00  code: ECHO00", flush=True)
        await asyncio.Event().wait()

    asyncio.run(serve())


def gui_server(book: Path, session: int) -> None:
    """The room served by the console's side (Qt main thread owns the book), offscreen.

    The Ideate and Vote pages and a 1920x1080 projector follow every change, as in
    a session. A line "vote" on stdin opens voting (the facilitator's click).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from ui.phases.ideate import build_ideate
    from ui.projector import ProjectorWindow
    from ui.room.controller import RoomController
    from ui.state.bridge import BookBridge
    from ui.state.context import WorkshopContext
    from ui.voting.page import VotePage
    from workshop.book import Book

    the_book = Book.open(book)
    context = WorkshopContext()
    context.set_book(BookBridge(the_book))
    context.set_session(session)
    windows = [build_ideate(context), VotePage(context), ProjectorWindow(context)]
    for window, size in zip(windows, ((1366, 768), (1366, 768), (1920, 1080)), strict=True):
        window.resize(*size)
        window.show()
    controller = RoomController.of(context)
    controller.open(HOST, port=0)
    print(f"Join: {controller.join_url}  code: {controller.code}", flush=True)

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "vote":
            the_book.sessions.set_phase(session, "vote")
            the_book.votes.open_voting(session, method="phones", dots_per_person=5,
                                       max_dots_per_item=3, secret=False)  # fmt: skip
        else:
            controller.close()
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    app.exec()
    the_book.close()


def start_server(kind: str, book: Path, session: int) -> tuple[subprocess.Popen, str, str]:
    if kind == "gui":
        cmd = [sys.executable, __file__, "--gui-server", str(book), "--session", str(session)]
    elif kind == "echo":
        cmd = [sys.executable, __file__, "--echo-server"]
    elif kind == "disk":
        cmd = [sys.executable, __file__, "--echo-server", "--disk", str(book) + ".echo.sqlite"]
    else:
        profile = (
            ["-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]]
            if os.environ.get("BENCH_PROFILE")
            else []
        )
        cmd = [sys.executable, *profile, "-m", "ui.app.launcher", "room", str(book),
               "--session", str(session), "--host", HOST, "--port", "0"]  # fmt: skip
    child = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    line = child.stdout.readline().strip()
    url, code = line[len("Join: ") :].split("  code: ")
    return child, url.split("?")[0].rstrip("/"), code


def stop(child: subprocess.Popen) -> None:
    try:
        child.stdin.write("quit\n")
        child.stdin.flush()
        child.wait(10)
    except (OSError, subprocess.TimeoutExpired):
        pass
    if child.poll() is None:
        child.terminate()
        child.wait(10)


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


# -- the simulated phones -------------------------------------------------------------
class Phone:
    def __init__(self, http: aiohttp.ClientSession, base: str, number: int) -> None:
        self.http, self.base, self.number = http, base, number
        self.token = ""
        self.received: list[tuple[int, float]] = []  # (rev, arrival)
        self.latest: dict = {}
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.reader: asyncio.Task | None = None

    async def join(self, code: str) -> None:
        body = {"code": code, "name": f"Phone person {self.number}", "token_in_body": True}
        async with self.http.post(f"{self.base}/api/join", json=body) as r:
            assert r.status == 200, await r.text()
            self.token = (await r.json())["token"]
        self.ws = await self.http.ws_connect(
            f"{self.base}/api/events", headers={HEADER: self.token}
        )
        self.reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        async for message in self.ws:
            if message.type == aiohttp.WSMsgType.TEXT:
                data = json.loads(message.data)
                if data.get("type") == "state":
                    self.received.append((data["rev"], time.perf_counter()))
                    self.latest = data

    async def post(self, path: str, body: dict, log: list) -> tuple[int, dict]:
        start = time.perf_counter()
        async with self.http.post(
            f"{self.base}{path}", json=body, headers={HEADER: self.token}
        ) as r:
            data = await r.json()
        end = time.perf_counter()
        log.append((start, end, data.get("rev"), self.number, r.status))
        return r.status, data

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await self.reader


def event_latencies(log: list, phones: list[Phone]) -> list[float]:
    """For each successful change and each other phone: send -> first event with its rev."""
    out: list[float] = []
    streams = []
    for phone in phones:
        revs = [rev for rev, _t in phone.received]
        times = [t for _rev, t in phone.received]
        streams.append((phone.number, revs, times))
    for start, _end, rev, sender, status in log:
        if rev is None or status not in (200, 201):
            continue
        for number, revs, times in streams:
            if number == sender:
                continue
            i = bisect.bisect_left(revs, rev)
            if i < len(revs):
                out.append(max(0.0, times[i] - start) * 1000)
    return out


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] if ordered else 0.0


async def burst(
    kind: str,
    base: str,
    code: str,
    book: Path,
    session: int,
    phones_n: int,
    seed: int,
    child: subprocess.Popen | None = None,
):
    rng = random.Random(seed)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:
        phones = [Phone(http, base, n) for n in range(phones_n)]
        await asyncio.gather(*(ph.join(code) for ph in phones))
        await asyncio.sleep(0.3)
        log: list = []

        async def write(ph: Phone) -> None:
            keys = [f"bench-{ph.number}-{i:02d}-{seed}" for i in range(10)]
            for i, key in enumerate(keys):
                body = {"key": key, "text": f"Card {i} from phone {ph.number} ({seed})"}
                status, _ = await ph.post("/api/cards", body, log)
                assert status == 201, status
            await ph.post("/api/cards", {"key": keys[3], "text": "a retry"}, log)  # same key

        await asyncio.gather(*(write(ph) for ph in phones))
        items: list[int] = []
        if kind in ("room", "gui"):
            from workshop.book import Book

            if kind == "gui":  # the facilitator clicks in the console
                child.stdin.write("vote\n")
                child.stdin.flush()
            else:
                with Book.open(book) as other:  # the facilitator, from another program
                    other.sessions.set_phase(session, "vote")
                    other.votes.open_voting(session, method="phones", dots_per_person=5,
                                            max_dots_per_item=3, secret=False)  # fmt: skip
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and not all(
                (ph.latest.get("vote") or {}).get("open") for ph in phones
            ):
                await asyncio.sleep(0.05)
            items = [c["id"] for c in phones[0].latest["vote"]["items"]]
        else:
            items = list(range(1, 500))

        async def vote(ph: Phone) -> list[int]:
            statuses = []
            for card in rng.sample(items, 5):
                statuses.append((await ph.post("/api/dots", {"card": card}, log))[0])
            statuses.append((await ph.post("/api/dots", {"card": items[0]}, log))[0])  # 6th
            return statuses

        votes = await asyncio.gather(*(vote(ph) for ph in phones))
        await asyncio.sleep(0.5)
        for ph in phones:
            await ph.close()
    requests = [(end - start) * 1000 for start, end, *_ in log]
    events = event_latencies(log, phones)
    return requests, events, votes


def check_book(book: Path, session: int, phones_n: int, seed: int) -> str:
    from workshop.book import Book

    with Book.open(book) as b:
        texts = [c.text for c in b.contributions.list(session) if f"({seed})" in c.text]
        expected = {f"Card {i} from phone {n} ({seed})" for n in range(phones_n) for i in range(10)}
        assert len(texts) == len(expected) and set(texts) == expected, "cards lost or doubled"
        usage: dict[str, int] = {}
        for (voter, _card), dots in b.votes.usage(session).items():
            usage[voter] = usage.get(voter, 0) + dots
        assert len(usage) == phones_n and all(u == 5 for u in usage.values()), "budget broken"
        assert b.votes.dots_cast(session) == 5 * phones_n, "dots lost or doubled"
    return f"{len(texts)} cards once each, {5 * phones_n} dots, nobody over 5"


def fresh_book(folder: Path, name: str) -> tuple[Path, int]:
    from workshop.book import Book

    path = folder / f"{name}.dwbook"
    with Book.create(path) as b:
        sid = b.sessions.create("Bench", rounds=[("delight", "How could we delight?")])
        b.sessions.set_phase(sid, "ideate")
    return path, sid


async def soak(base: str, code: str, pid: int | None, phones_n: int, seconds: float) -> list:
    windows: list[tuple[float, float, float, int]] = []
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        phones = [Phone(http, base, n) for n in range(phones_n)]
        for start in range(0, phones_n, 50):
            await asyncio.gather(*(ph.join(code) for ph in phones[start : start + 50]))
        started = time.monotonic()
        window_start = started
        log: list = []
        i = 0
        while time.monotonic() - started < seconds:
            writer = phones[i % phones_n]
            await writer.post("/api/cards", {"key": f"soak-{i:06d}", "text": f"Soak {i}"}, log)
            i += 1
            await asyncio.sleep(max(0.0, started + i * 1.0 - time.monotonic()))
            if time.monotonic() - window_start >= 5:
                await asyncio.sleep(0.3)
                events = event_latencies(log, phones)
                requests = [(e - s) * 1000 for s, e, *_ in log]
                windows.append(
                    (p(requests, 99), p(events, 99), len(events), rss_kb(pid) if pid else 0)
                )
                log.clear()
                for ph in phones:
                    ph.received.clear()
                window_start = time.monotonic()
        for ph in phones:
            await ph.close()
    return windows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--soak", type=float, default=60.0, help="seconds of the 200-phone soak")
    parser.add_argument("--soak-phones", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="one round, a 15-second soak")
    parser.add_argument("--echo-server", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--gui", action="store_true", help="also the console's room (Qt, offscreen) in each round"
    )
    parser.add_argument("--disk", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--gui-server", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--session", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.echo_server:
        echo_server(args.disk)
        return 0
    if args.gui_server:
        gui_server(args.gui_server, args.session)
        return 0
    if args.quick:
        args.rounds, args.soak = 1, 15.0
    folder = Path(tempfile.mkdtemp(prefix="bench-room-"))
    kinds = ("echo", "disk", "room", "gui") if args.gui else ("echo", "disk", "room")
    figures: dict[str, dict[str, list[float]]] = {k: {"req": [], "evt": []} for k in kinds}
    print(f"load: {os.getloadavg()[0]:.2f}  phones: {args.phones}  rounds: {args.rounds}")
    for round_ in range(args.rounds):
        order = kinds if round_ % 2 == 0 else tuple(reversed(kinds))
        for kind in order:
            book, sid = fresh_book(folder, f"{kind}{round_}")
            child, base, code = start_server(kind, book, sid)
            try:
                requests, events, votes = asyncio.run(
                    burst(kind, base, code, book, sid, args.phones, round_, child)
                )
            finally:
                stop(child)
            figures[kind]["req"].append(p(requests, 99))
            figures[kind]["evt"].append(p(events, 99))
            note = ""
            if kind in ("room", "gui"):
                refused = sum(1 for statuses in votes if statuses[-1] != 409)
                assert refused == 0, "a sixth dot was accepted"
                note = check_book(book, sid, args.phones, round_) + ", every 6th dot refused (409)"
            print(f"round {round_ + 1} {kind:4}: request p50 {p(requests, 50):6.1f} ms "
                  f"p99 {p(requests, 99):6.1f} ms | event p50 {p(events, 50):6.1f} ms "
                  f"p99 {p(events, 99):6.1f} ms ({len(events)} deliveries) {note}")  # fmt: skip

    def summary(kind: str, key: str) -> str:
        values = figures[kind][key]
        return f"{statistics.median(values):6.1f} ms (spread {min(values):.1f}-{max(values):.1f})"

    for key, name, target in (("req", "request p99", 100), ("evt", "event p99  ", 250)):
        print(f"{name}: echo {summary('echo', key)}, disk {summary('disk', key)}"
              f" (target < {target} ms)")  # fmt: skip
        for kind in kinds[2:]:
            value = statistics.median(figures[kind][key])
            ratios = ", ".join(
                f"{value / statistics.median(figures[base][key]):.2f}x {base}"
                for base in ("echo", "disk")
            )
            print(f"  {kind:4} {summary(kind, key)} = {ratios}")
    if args.soak <= 0:
        return 0

    book, sid = fresh_book(folder, "soak")
    child, base, code = start_server("room", book, sid)
    try:
        before = rss_kb(child.pid)
        windows = asyncio.run(soak(base, code, child.pid, args.soak_phones, args.soak))
    finally:
        stop(child)
    print(f"soak: {args.soak_phones} phones for {args.soak:.0f} s, one card a second; "
          f"server RSS before joining {before / 1024:.1f} MB")  # fmt: skip
    for n, (req, evt, count, rss) in enumerate(windows, start=1):
        print(f"  window {n:2} (5 s): request p99 {req:6.1f} ms, event p99 {evt:6.1f} ms "
              f"({count} deliveries), server RSS {rss / 1024:6.1f} MB")  # fmt: skip
    if len(windows) >= 2:
        growth = (windows[-1][3] - windows[0][3]) / 1024
        print(f"  RSS growth from the first to the last window: {growth:+.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
