// The phone page of Delight Workshop's room. Plain script, no library, no build.
// User text only ever goes into the page through textContent.
"use strict";

const $ = (id) => document.getElementById(id);
const VIEWS = ["join-view", "write-view", "vote-view", "result-view", "wait-view", "closed-view"];
const OUTBOX_KEY = "delight-room-outbox";
// The page's words in English; /api/strings brings them in the session's language.
let TEXT = {
  not_connected: "Not connected", connected: "Connected to the room",
  reconnecting: "Not connected: trying again…", no_connection: "No connection to the room: trying again…",
  answered: "The room answered {status}.", your_card: "Your card",
  kind_delight: "Your delight idea", kind_obstacle: "The obstacle", kind_hero: "The hero story",
  kind_value: "Your value idea", write_first: "Write something on the card first.",
  way_around: "Way around: {text}", customer: "Customer: {name}", card_text: "Card text",
  way_around_it: "The way around it", save: "Save", cancel: "Cancel", edit: "Edit", delete: "Delete",
  voted: "I have voted", change_vote: "Change my vote", look: "Look at the screen",
  room_at: "The room is at: {phase}.", voting_soon: "Voting opens soon.",
  hands: "This vote is a show of hands.", removed: "The facilitator removed this phone from the room.",
};
let PLURALS = {
  sending: ["Sending {n} card…", "Sending {n} cards…"], dots_left: ["{n} dot left", "{n} dots left"],
  vote_rules: ["{n} dot each, at most {per_item} on one item.", "{n} dots each, at most {per_item} on one item."],
  tally: ["{n} dot in all", "{n} dots in all"], dots: ["{n} dot", "{n} dots"],
};
let pluralRule = (n) => (n === 1 ? 0 : 1);
let language = "";

function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => (values && name in values ? String(values[name]) : whole));
}

function t(key, values) {
  return fill(TEXT[key] || key, values);
}

function tn(key, n, values) {
  const forms = PLURALS[key];
  return fill(forms[Math.min(pluralRule(n), forms.length - 1)] || forms[forms.length - 1], { n, ...values });
}

// The session's language: words, plural rule, <html lang dir>. Kept in English if it fails.
async function loadStrings() {
  let data;
  try { data = await api("GET", "/api/strings"); } catch (_error) { return; }
  if (!data || typeof data.strings !== "object") return;
  TEXT = { ...TEXT, ...data.strings };
  if (data.plurals && typeof data.plurals === "object") PLURALS = { ...PLURALS, ...data.plurals };
  if (Array.isArray(data.rule) && data.rule.length >= 200) {
    const rule = data.rule;
    pluralRule = (n) => rule[n < rule.length ? n : 100 + (n % 100)];
  }
  language = data.lang || "";
  document.documentElement.lang = data.lang || "en";
  document.documentElement.dir = data.dir === "rtl" ? "rtl" : "ltr";
  document.title = t("page_title");
  for (const element of document.querySelectorAll("[data-t]")) element.textContent = t(element.dataset.t);
  for (const element of document.querySelectorAll("[data-t-label]")) {
    element.setAttribute("aria-label", t(element.dataset.tLabel));
    if (element.title) element.title = element.getAttribute("aria-label");
  }
  for (const template of document.querySelectorAll("template")) {
    for (const element of template.content.querySelectorAll("[data-t]")) element.textContent = t(element.dataset.t);
    for (const element of template.content.querySelectorAll("[data-t-label]")) {
      element.setAttribute("aria-label", t(element.dataset.tLabel));
    }
  }
  drawnCards = ""; drawnItems = "";
  if (state) render(state);
}

let state = null;
let socket = null;
let ended = false;      // closed room or removed phone: no more reconnecting
let backoff = 500;
let lastMessageAt = 0;
let timerBase = null;   // {seconds, running, at}
let lastTimerKey = "";
let editing = null;     // id of the card being edited
let flushing = false;
let drawnCards = "";    // what the card list and the ballot show, to redraw only on change
let drawnItems = "";
let editOnScreen = null;  // the card whose edit box is drawn

function newKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);  // available on plain HTTP, unlike randomUUID
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function show(id) {
  for (const view of VIEWS) $(view).hidden = view !== id;
}

function say(text) {
  $("message").textContent = text || "";
  $("message").hidden = !text;
}

class ApiError extends Error {
  constructor(message, status) { super(message); this.status = status; }
}

async function api(method, path, body) {
  const init = { method, credentials: "same-origin", headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (_error) {
    throw new ApiError(t("no_connection"), 0);
  }
  let data = {};
  try { data = await response.json(); } catch (_error) { data = {}; }
  if (!response.ok) throw new ApiError(data.error || t("answered", { status: response.status }), response.status);
  return data;
}

function failed(error) {
  if (error.status === 401) { toJoin(); }
  say(error.message);
}

// -- joining -------------------------------------------------------------------
async function toJoin() {
  state = null;
  if (socket) { ended = true; socket.close(); }
  const code = new URLSearchParams(location.search).get("code");
  if (code && !$("code").value) $("code").value = code;
  try {
    const hello = await api("GET", "/api/hello");
    $("name-row").hidden = !hello.needs_name;
    $("name").required = hello.needs_name;
    $("anon-note").hidden = hello.needs_name;
  } catch (_error) { /* the form still works */ }
  show("join-view");
  ($("code").value ? $("name") : $("code")).focus();
}

$("join-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  say("");
  $("join-button").disabled = true;
  try {
    const body = { code: $("code").value };
    if (!$("name-row").hidden) body.name = $("name").value;
    const data = await api("POST", "/api/join", body);
    history.replaceState(null, "", "/");
    ended = false;
    render(data.result);
    connect();
  } catch (error) {
    say(error.message);
  } finally {
    $("join-button").disabled = false;
  }
});

$("rejoin-button").addEventListener("click", () => { say(""); toJoin(); });

// -- the live stream -------------------------------------------------------------
function connect() {
  if (ended) return;
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  const ws = new WebSocket(scheme + location.host + "/api/events");
  socket = ws;
  ws.onopen = () => { backoff = 500; lastMessageAt = Date.now(); linkUp(true); flushOutbox(); };
  ws.onmessage = (event) => {
    lastMessageAt = Date.now();
    let message;
    try { message = JSON.parse(event.data); } catch (_error) { return; }
    if (message.type === "state") render(message);
    else if (message.type === "closed" || message.type === "removed") end(message.type);
  };
  ws.onclose = (event) => {
    linkUp(false);
    if (socket !== ws) return;
    socket = null;
    if (event.code === 4001 || ended) return;
    // 1006 on a refused upgrade: ask the API why (401 means join again).
    api("GET", "/api/state").then((data) => { render(data.result); later(); }, (error) => {
      if (error.status === 401) { end("closed"); } else { later(); }
    });
  };
}

function linkUp(up) {
  $("link").classList.toggle("up", up);
  $("link").title = up ? t("connected") : t("reconnecting");
  $("link").setAttribute("aria-label", $("link").title);
}

function later() {
  setTimeout(connect, backoff);
  backoff = Math.min(backoff * 2, 5000);
}

function end(why) {
  ended = true;
  state = null;
  if (socket) socket.close();
  say(why === "removed" ? t("removed") : "");
  show("closed-view");
}

// A half-open connection (Wi-Fi gone without a goodbye) is noticed within 30 s.
setInterval(() => {
  if (socket && socket.readyState === WebSocket.OPEN) {
    if (Date.now() - lastMessageAt > 30000) socket.close();
    else socket.send("ping");
  }
}, 10000);
window.addEventListener("online", () => { if (!socket && state) connect(); });

// -- cards: an outbox kept until the room confirms each card ----------------------
function outbox() {
  try { return JSON.parse(localStorage.getItem(OUTBOX_KEY) || "[]"); } catch (_error) { return []; }
}
function saveOutbox(items) {
  try { localStorage.setItem(OUTBOX_KEY, JSON.stringify(items)); } catch (_error) { /* private mode */ }
}

$("card-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  say("");
  const card = { key: newKey(), kind: state.round.kind, text: $("card-text").value };
  if (state.round.kind === "obstacle" && $("way-around").value.trim()) card.way_around = $("way-around").value;
  if (state.round.kind === "hero" && $("customer").value.trim()) card.customer = $("customer").value;
  if (!card.text.trim()) { say(t("write_first")); return; }
  saveOutbox([...outbox(), card]);
  $("card-text").value = ""; $("way-around").value = ""; $("customer").value = "";
  renderOutbox();
  await flushOutbox();
  $("card-text").focus();
});

async function flushOutbox() {
  if (flushing) return;
  flushing = true;
  try {
    while (outbox().length) {
      const card = outbox()[0];
      try {
        await api("POST", "/api/cards", card);
      } catch (error) {
        if (error.status === 0 || error.status >= 500 || error.status === 401) {
          if (error.status === 401) failed(error); else setTimeout(flushOutbox, Math.min(backoff, 3000));
          return;
        }
        // Refused for good (409, 413, 422): give the words back to be fixed or kept.
        if (!$("card-text").value) $("card-text").value = card.text;
        say(error.message);
      }
      saveOutbox(outbox().filter((item) => item.key !== card.key));
      renderOutbox();
    }
  } finally {
    flushing = false;
    renderOutbox();
  }
}

function renderOutbox() {
  const waiting = outbox().length;
  $("outbox").hidden = waiting === 0;
  $("outbox").textContent = tn("sending", waiting);
}

function cardItem(card) {
  const item = $("card-template").content.firstElementChild.cloneNode(true);
  item.dataset.id = card.id;
  const text = item.querySelector(".text");
  const way = item.querySelector(".way");
  text.textContent = card.text;
  way.textContent = card.way_around ? t("way_around", { text: card.way_around }) : (card.customer ? t("customer", { name: card.customer }) : "");
  const edit = item.querySelector(".edit");
  const del = item.querySelector(".delete");
  if (!card.editable) { edit.remove(); del.remove(); }
  if (editing === card.id) {
    const box = document.createElement("textarea");
    box.value = card.text; box.maxLength = 1000; box.rows = 3; box.setAttribute("aria-label", t("card_text"));
    text.replaceWith(box);
    editOnScreen = card.id;
    let wayBox = null;
    if (card.kind === "obstacle") {
      wayBox = document.createElement("textarea");
      wayBox.value = card.way_around || ""; wayBox.maxLength = 1000; wayBox.rows = 2;
      wayBox.setAttribute("aria-label", t("way_around_it"));
      way.replaceWith(wayBox);
    }
    edit.textContent = t("save");
    del.textContent = t("cancel");
    edit.onclick = async () => {
      const body = { text: box.value };
      if (wayBox) body.way_around = wayBox.value;
      try {
        await api("PATCH", `/api/cards/${card.id}`, body);
        editing = null; drawnCards = ""; say(""); refresh(true);
      }
      catch (error) { failed(error); }
    };
    del.onclick = () => { editing = null; drawnCards = ""; render(state); };
    setTimeout(() => box.focus(), 0);
  } else {
    edit.onclick = () => { editing = card.id; drawnCards = ""; render(state); };
    del.onclick = async () => {
      try { await api("DELETE", `/api/cards/${card.id}`); say(""); refresh(); }
      catch (error) { failed(error); }
    };
  }
  return item;
}

// -- voting ------------------------------------------------------------------------
function ballotItem(card) {
  const item = $("item-template").content.firstElementChild.cloneNode(true);
  item.dataset.id = card.id;
  item.querySelector(".text").textContent = card.text;
  item.querySelector(".way").textContent = card.way_around ? t("way_around", { text: card.way_around }) : "";
  item.querySelector(".plus").onclick = () => dot("POST", "/api/dots", { card: card.id });
  item.querySelector(".minus").onclick = () => dot("DELETE", `/api/dots/${card.id}`);
  return item;
}

// Counts and buttons change in place: a finger on a button keeps its button
// while the room's dots arrive several times a second.
function updateBallotItem(item, card, vote, mine) {
  const given = mine[String(card.id)] || 0;
  item.querySelector(".count").textContent = String(given);
  const tally = vote.tally ? (vote.tally[String(card.id)] || 0) : null;  // null: secret
  item.querySelector(".tally").textContent = tally === null ? "" : tn("tally", tally);
  const plus = item.querySelector(".plus");
  const minus = item.querySelector(".minus");
  plus.disabled = !vote.open || state.me.dots_left <= 0 || given >= vote.per_item;
  minus.disabled = !vote.open || given <= 0;
}

async function dot(method, path, body) {
  try { await api(method, path, body); say(""); refresh(); } catch (error) { failed(error); }
}

$("done-button").addEventListener("click", async () => {
  try { await api("POST", "/api/done", { done: !state.me.done }); say(""); refresh(); }
  catch (error) { failed(error); }
});

async function refresh(always) {
  if (!always && socket && socket.readyState === WebSocket.OPEN) return;  // the stream brings the news
  try { render((await api("GET", "/api/state")).result); } catch (error) { failed(error); }
}

// -- drawing the state ---------------------------------------------------------------
function render(next) {
  if (!next || ended) return;
  if (state && next.rev < state.rev && next.me && state.me && next.me.id === state.me.id) return;
  if (next.vote && !next.vote.items) {  // unchanged since the last message: keep them
    const same = state && state.vote && state.vote.items_version === next.vote.items_version;
    next.vote.items = same ? state.vote.items : [];
    if (!same) refresh(true);
  }
  if (next.lang && language && next.lang.replace("_", "-") !== language) {
    language = next.lang.replace("_", "-");  // the facilitator changed the session's language
    loadStrings();
  }
  state = next;
  $("title").textContent = next.session.title;
  $("phase").textContent = next.session.phase_label;
  const timerKey = JSON.stringify(next.timer);
  if (timerKey !== lastTimerKey) {  // the countdown runs here between the room's changes
    lastTimerKey = timerKey;
    timerBase = next.timer ? { seconds: next.timer.seconds_left, running: next.timer.running, at: Date.now() } : null;
  }
  tick();
  const phase = next.session.phase;
  if (phase === "ideate") renderWrite(next);
  else if (next.vote && next.vote.open && next.vote.phones_allowed && phase === "vote") renderVote(next);
  else if (next.result) renderResult(next);
  else renderWait(next);
}

function renderWrite(s) {
  show("write-view");
  $("round-label").textContent = s.round.label;
  $("prompt").textContent = s.round.prompt;
  $("prompt").hidden = !s.round.prompt;
  $("card-text-label").textContent = TEXT[`kind_${s.round.kind}`] || t("your_card");
  $("way-row").hidden = s.round.kind !== "obstacle";
  $("customer-row").hidden = s.round.kind !== "hero";
  // Redrawn only when this phone's cards changed, and never under an edit in progress.
  const cardsKey = JSON.stringify(s.me.cards);
  if (editing !== null && !s.me.cards.some((card) => card.id === editing && card.editable)) {
    editing = null;  // deleted, revealed or merged meanwhile: the edit ends
    drawnCards = "";
  }
  const keepEdit = editing !== null && editOnScreen === editing;
  if (cardsKey !== drawnCards && !keepEdit) {
    drawnCards = cardsKey;
    editOnScreen = null;
    $("my-cards").replaceChildren(...s.me.cards.map(cardItem));
  }
  $("no-cards").hidden = s.me.cards.length > 0;
  renderOutbox();
}

function renderVote(s) {
  show("vote-view");
  const vote = s.vote;
  const left = s.me.dots_left;
  $("dots-left").textContent = tn("dots_left", left);
  $("vote-rules").textContent = tn("vote_rules", vote.budget, { per_item: vote.per_item });
  const itemsKey = JSON.stringify(vote.items);
  if (itemsKey !== drawnItems) {
    drawnItems = itemsKey;
    $("ballot").replaceChildren(...vote.items.map(ballotItem));
  }
  const rows = $("ballot").children;
  vote.items.forEach((card, index) => updateBallotItem(rows[index], card, vote, s.me.mine || {}));
  $("done-button").textContent = s.me.done ? t("change_vote") : t("voted");
}

function renderResult(s) {
  show("result-view");
  $("result").replaceChildren(...s.result.map((row) => {
    const item = document.createElement("li");
    item.className = "item";
    const what = document.createElement("div");
    what.className = "what";
    const text = document.createElement("p");
    text.className = "text";
    text.textContent = `${row.rank}${row.tied ? "=" : ""}. ${row.text}`;
    what.append(text);
    const dots = document.createElement("div");
    dots.className = "dots";
    dots.textContent = String(row.dots);
    dots.title = tn("dots", row.dots);
    item.append(what, dots);
    return item;
  }));
}

function renderWait(s) {
  show("wait-view");
  const phase = s.session.phase;
  $("wait-title").textContent = t("look");
  let text = t("room_at", { phase: s.session.phase_label });
  if (phase === "vote" && s.vote && !s.vote.open) text = t("voting_soon");
  if (phase === "vote" && s.vote && s.vote.open && !s.vote.phones_allowed) text = t("hands");
  $("wait-text").textContent = text;
}

function tick() {
  const timer = $("timer");
  if (!timerBase) { timer.hidden = true; return; }
  let seconds = timerBase.seconds;
  if (timerBase.running) seconds = Math.max(0, seconds - Math.floor((Date.now() - timerBase.at) / 1000));
  timer.hidden = false;
  timer.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
setInterval(tick, 1000);

// -- start ---------------------------------------------------------------------------
(async () => {
  await loadStrings();
  renderOutbox();
  try {
    const data = await api("GET", "/api/state");
    render(data.result);
    connect();
  } catch (_error) {
    toJoin();
  }
})();
