// The browser player: plays the timeline the server computed and reports what happened.
// It mirrors the core player's clock rules only to show the right step; the server replays the
// events on the core player and decides every rule. Time comes from the clock, never from ticks.

const QUEUE = "limber.play.queue";
const CACHE = "limber-v1";

const $ = (id) => document.getElementById(id);
const data = JSON.parse($("player-data").textContent);
const segments = data.segments;
const csrf = document.querySelector('meta[name="csrf-token"]').content;

let state = "READY"; // READY, PLAYING, PAUSED, AWAITING_PAIN, ENDED
let index = 0;
let segmentStart = 0;
let pausedAt = 0;
let origin = 0;
let startedAt = null;
let hurtingAt = null;
let shownIndex = -1;
let ending = null;
let wakeLock = null;
let audio = null;
const outcomes = new Array(segments.length).fill(null);
const events = [];

const elapsed = () => Math.floor(performance.now() - origin);
const active = () => state !== "READY" && state !== "ENDED";

// ---- the timeline's clock rules (as session.Player) ----

function enter(target, at) {
  let position = target;
  while (position < segments.length && outcomes[position] !== null) position++;
  index = position;
  if (position >= segments.length) {
    end("FINISHED", at);
    events.push({ kind: "finish", at });
    return;
  }
  segmentStart = at;
  state = segments[position].kind === "PAIN_CHECK" ? "AWAITING_PAIN" : "PLAYING";
}

function tick(now) {
  while (state === "PLAYING") {
    const segmentEnd = segmentStart + segments[index].seconds * 1000;
    if (now < segmentEnd) return;
    outcomes[index] = "DONE";
    enter(index + 1, segmentEnd);
  }
}

function end(how) {
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i] === null) outcomes[i] = "NOT_REACHED";
  ending = how;
  state = "ENDED";
}

function remaining(now) {
  if (!active() || state === "AWAITING_PAIN") return 0;
  const at = state === "PAUSED" ? pausedAt : now;
  const left = segments[index].seconds * 1000 - (at - segmentStart);
  return Math.max(0, Math.min(segments[index].seconds * 1000, left));
}

// ---- what the person does ----

function start() {
  if (state !== "READY") return;
  origin = performance.now();
  startedAt = new Date().toISOString();
  events.push({ kind: "start", at: 0 });
  enter(0, 0);
  wake();
  try {
    audio = new AudioContext();
  } catch (e) {
    audio = null;
  }
  render();
}

function togglePause() {
  const now = elapsed();
  tick(now);
  if (state === "PLAYING") {
    events.push({ kind: "pause", at: now });
    pausedAt = now;
    state = "PAUSED";
    announce("Paused.");
  } else if (state === "PAUSED") {
    events.push({ kind: "resume", at: now });
    segmentStart += now - pausedAt;
    state = "PLAYING";
    announce("Going on.");
  }
  render();
}

function skip() {
  const now = elapsed();
  tick(now);
  if (!active() || hurtingAt !== null) return;
  events.push({ kind: "skip", at: now });
  outcomes[index] = "SKIPPED";
  enter(index + 1, now);
  render();
}

function painAnswered(score) {
  const now = elapsed();
  if (hurtingAt !== null) {
    events.push({ kind: "hurts", at: hurtingAt, score });
    outcomes[index] = "SKIPPED";
    end("STOPPED_FOR_PAIN");
  } else if (state === "AWAITING_PAIN") {
    events.push({ kind: "pain", at: now, score });
    outcomes[index] = "DONE";
    enter(index + 1, now);
  }
  render();
}

function hurts() {
  const now = elapsed();
  tick(now);
  if (!active() || hurtingAt !== null) return;
  hurtingAt = now;
  announce("Stopped. How much does it hurt?");
  render();
}

function pop() {
  const now = elapsed();
  tick(now);
  if (!active() || hurtingAt !== null) return;
  events.push({ kind: "pop", at: now });
  for (let ahead = index + 1; ahead < segments.length; ahead++) {
    if (segments[ahead].selfCrack) outcomes[ahead] = "SKIPPED";
  }
  $("player-state").textContent = "Noted: something popped. No further self-crack attempt today.";
  announce("Noted: something popped. No further self-crack attempt today.");
  if (segments[index].selfCrack) {
    outcomes[index] = segments[index].kind === "CRACK_ATTEMPT" ? "DONE" : "SKIPPED";
    enter(index + 1, now);
  }
  render();
}

function symptom() {
  const now = elapsed();
  tick(now);
  if (!active()) return;
  events.push({ kind: "symptom", at: now });
  outcomes[index] = "SKIPPED";
  end("ENDED_FOR_SYMPTOMS");
  render();
}

function quit() {
  const now = elapsed();
  tick(now);
  if (!active() || hurtingAt !== null) return;
  events.push({ kind: "quit", at: now });
  outcomes[index] = "SKIPPED";
  end("QUIT");
  render();
}

// ---- drawing the page ----

function clock(millis) {
  const seconds = Math.ceil(millis / 1000);
  return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
}

function kindWords(segment) {
  switch (segment.kind) {
    case "GET_READY": return "Get ready";
    case "HOLD": return "Hold";
    case "REST": return "Rest";
    case "SWITCH_SIDES": return "Switch sides";
    case "REPETITIONS": return "Slow repetitions";
    case "CONTINUOUS": return "Keep going";
    case "CRACK_ATTEMPT": return "One slow attempt";
    default: return "Pain check";
  }
}

function announce(text) {
  $("player-live").textContent = text;
}

function show(id, visible) {
  const element = $(id);
  if (element.hidden === !visible) return;
  if (!visible && element.contains(document.activeElement)) $("player-step").focus();
  element.hidden = !visible;
}

function render() {
  const now = state === "READY" || state === "ENDED" ? 0 : elapsed();
  if (state === "PLAYING") tick(now);
  if (state === "ENDED") {
    finished();
    return;
  }
  const playing = active();
  const prompting = state === "AWAITING_PAIN" || hurtingAt !== null;
  show("start", state === "READY");
  show("pause", playing && !prompting);
  show("skip", playing && !prompting);
  show("hurts", playing && hurtingAt === null);
  show("pop", playing && hurtingAt === null);
  show("symptom", playing);
  show("quit", playing && hurtingAt === null);
  $("pause").textContent = state === "PAUSED" ? "Go on" : "Pause";
  if (playing && index !== shownIndex) segmentChanged();
  prompt(prompting);
  const count = $("player-count");
  const left = remaining(now);
  count.dataset.remainingMs = String(left);
  count.dataset.index = String(index);
  count.textContent = playing && !prompting ? clock(left) : "";
  if (hurtingAt !== null) {
    $("player-state").textContent = "Stopped because it hurts.";
  } else if (state === "PAUSED") {
    $("player-state").textContent = "Paused: press Go on or Space when you are ready.";
  } else if (state === "PLAYING" && $("player-state").dataset.index !== String(index)) {
    $("player-state").textContent = "";
  }
  $("player-state").dataset.index = String(index);
  if (playing) {
    const total = data.totalSeconds * 1000;
    let before = 0;
    for (let i = 0; i < index; i++) before += segments[i].seconds * 1000;
    const done = before + segments[index].seconds * 1000 - left;
    $("player-progress").value = Math.round((1000 * Math.min(done, total)) / total);
  }
}

function segmentChanged() {
  shownIndex = index;
  const segment = segments[index];
  const technique = segment.techniqueId ? data.techniques[segment.techniqueId] : null;
  $("player-kind").textContent = kindWords(segment);
  $("player-step").textContent = segment.label;
  const image = $("player-image");
  if (segment.image) {
    if (image.getAttribute("src") !== segment.image) image.src = segment.image;
    image.alt = "Drawing of " + technique.name + (segment.side ? ", " + segment.side.toLowerCase() + " side" : "");
  } else {
    image.src = "/assets/icon.svg";
    image.alt = "";
  }
  const words = $("player-words");
  words.replaceChildren();
  if (technique && segment.kind !== "REST" && segment.kind !== "SWITCH_SIDES") {
    for (const step of technique.steps) {
      const item = document.createElement("li");
      item.textContent = step;
      words.append(item);
    }
  }
  let next = null;
  for (let ahead = index + 1; ahead < segments.length; ahead++) {
    if (outcomes[ahead] === null) {
      next = segments[ahead];
      break;
    }
  }
  $("player-next").textContent = next ? "Next: " + next.label : "";
  const spoken =
    segment.kind === "PAIN_CHECK" ? segment.label : segment.label + ". " + segment.seconds + " seconds.";
  announce(spoken);
  chime();
  speak(spoken);
}

function prompt(visible) {
  const form = $("pain-form");
  const wasHidden = form.hidden;
  const title =
    hurtingAt !== null ? "It hurts: stopped. How much does it hurt now?" : segments[index].label;
  if ($("pain-title").textContent !== title) $("pain-title").textContent = title;
  $("pain-skip").hidden = hurtingAt !== null;
  if (visible && wasHidden) {
    form.hidden = false;
    $("pain-score").value = "";
    $("pain-score").focus();
  } else if (!visible && !wasHidden) {
    const focused = form.contains(document.activeElement);
    form.hidden = true;
    if (focused) $("pause").hidden ? $("player-step").focus() : $("pause").focus();
  }
}

function finished() {
  if (!$("player-end").hidden) return;
  $("player").hidden = true;
  $("player-end").hidden = false;
  release();
  if (ending === "ENDED_FOR_SYMPTOMS") {
    $("end-emergency-text").textContent = data.emergencyNotice;
    $("end-emergency").hidden = false;
    $("end-title").textContent = "Session ended: get help if you need it";
  } else if (ending === "STOPPED_FOR_PAIN") {
    $("end-title").textContent = "Session stopped because it hurts";
  }
  $("end-summary").textContent = "Sending what happened…";
  $("end-title").focus();
  chime();
  enqueue({ id: data.id, url: data.events, body: { startedAt, events } });
  flush();
}

// ---- sending the events, now or when the connection returns ----

function queued() {
  try {
    return JSON.parse(localStorage.getItem(QUEUE) || "[]");
  } catch (e) {
    return [];
  }
}

function enqueue(item) {
  const items = queued().filter((other) => other.id !== item.id);
  items.push(item);
  localStorage.setItem(QUEUE, JSON.stringify(items));
}

function dequeue(id) {
  localStorage.setItem(QUEUE, JSON.stringify(queued().filter((item) => item.id !== id)));
}

let flushing = false;

async function flush() {
  if (flushing) return;
  flushing = true;
  try {
    for (const item of queued()) {
      let response;
      try {
        response = await fetch(item.url, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-Token": csrf },
          body: JSON.stringify(item.body),
          credentials: "same-origin",
        });
      } catch (e) {
        if (item.id === data.id) {
          $("end-summary").textContent =
            "You are offline. What happened is saved on this device and will be sent when you are back online.";
        }
        continue;
      }
      const answer = await response.json().catch(() => ({}));
      if (response.ok || response.status >= 400) dequeue(item.id);
      if (item.id === data.id) closing(response, answer);
    }
  } finally {
    flushing = false;
  }
}

function closing(response, answer) {
  const summary = $("end-summary");
  const advice = $("end-advice");
  advice.replaceChildren();
  if (!response.ok) {
    summary.textContent =
      response.status === 409
        ? "This session was received before."
        : "The session could not be recorded: " +
          (answer.errors && answer.errors.length
            ? answer.errors.map((error) => error.field + ": " + error.message).join("; ")
            : answer.detail || "the server answered " + response.status);
    return;
  }
  summary.textContent = answer.summary;
  for (const item of answer.advice) {
    const entry = document.createElement("li");
    entry.textContent = item.message + " [" + item.rule + "]";
    if (item.review) {
      const link = document.createElement("a");
      link.href = item.review;
      link.textContent = "Record the visit in your journal";
      entry.append(" ", link);
    }
    advice.append(entry);
  }
  if (answer.emergencyNotice) {
    $("end-emergency-text").textContent = answer.emergencyNotice;
    $("end-emergency").hidden = false;
  }
  announce(answer.summary);
}

// ---- cues, wake lock, offline ----

function chime() {
  if (!audio || !$("chime").checked) return;
  try {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
  } catch (e) {
    // No sound is no harm: the words and the live region carry every change.
  }
}

function speak(text) {
  if (!$("voice").checked || !("speechSynthesis" in window)) return;
  speechSynthesis.cancel();
  speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

async function wake() {
  try {
    if ("wakeLock" in navigator && document.visibilityState === "visible") {
      wakeLock = await navigator.wakeLock.request("screen");
    }
  } catch (e) {
    wakeLock = null;
  }
}

function release() {
  if (wakeLock) wakeLock.release().catch(() => {});
  wakeLock = null;
}

async function keepOffline() {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    const cache = await caches.open(CACHE);
    const images = [...new Set(segments.filter((s) => s.image).map((s) => s.image))];
    await cache.addAll([location.pathname, ...images]);
    document.documentElement.dataset.offline = "ready";
  } catch (e) {
    document.documentElement.dataset.offline = "unavailable";
  }
}

// ---- keys and buttons ----

const KEYS = { n: skip, p: hurts, c: pop, a: symptom, s: symptom, q: quit };

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
  const target = event.target;
  if (target.closest && target.closest("input, textarea, select")) return;
  if (event.key === " ") {
    if (target.closest && target.closest("button, a, summary")) return;
    if (state === "PLAYING" || state === "PAUSED") {
      event.preventDefault();
      if (hurtingAt === null) togglePause();
    }
    return;
  }
  const action = KEYS[event.key.toLowerCase()];
  if (action && active()) {
    event.preventDefault();
    action();
  }
});

$("start").addEventListener("click", start);
$("pause").addEventListener("click", togglePause);
$("skip").addEventListener("click", skip);
$("hurts").addEventListener("click", hurts);
$("pop").addEventListener("click", pop);
$("symptom").addEventListener("click", symptom);
$("quit").addEventListener("click", quit);
$("pain-skip").addEventListener("click", skip);
$("pain-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const field = $("pain-score");
  const score = Number(field.value);
  if (field.value === "" || !Number.isInteger(score) || score < 0 || score > 10) {
    field.setAttribute("aria-invalid", "true");
    field.focus();
    return;
  }
  field.removeAttribute("aria-invalid");
  painAnswered(score);
});

function frame() {
  if (active()) render();
  requestAnimationFrame(frame);
}

document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") {
    if (active()) wake();
    render();
  }
});
window.addEventListener("online", flush);
// A queue left by a lost connection is tried again now and then, "online" or not.
setInterval(() => queued().length && flush(), 5000);
// Animation frames stop in a hidden tab; this keeps the time (and the chime) going there.
setInterval(() => active() && render(), 1000);

$("player").hidden = false;
requestAnimationFrame(frame);
render();
flush();
keepOffline();
