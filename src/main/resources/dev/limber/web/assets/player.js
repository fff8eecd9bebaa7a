// The browser player: plays the timeline the server computed and reports what happened.
// It mirrors the core player's clock rules only to show the right step; the server replays the
// events on the core player and decides every rule (whether a stop for pain is mild included: the
// page asks the server). Time comes from the clock, never from ticks. Nothing that ends a session
// happens on one key or one press: each opens a step that asks first.

const QUEUE = "limber.play.queue";
const GRADE_PATIENCE_MS = 8000;
// The terminal player's "get ready" count before the first timed exercise (cli/TerminalPlayer).
const READY_COUNT_MS = 3000;
const EXERCISES = ["HOLD", "REPETITIONS", "CONTINUOUS", "CRACK_ATTEMPT"];

const $ = (id) => document.getElementById(id);
const data = JSON.parse($("player-data").textContent);
const segments = data.segments;
const csrf = document.querySelector('meta[name="csrf-token"]').content;

let state = "READY"; // READY, PLAYING, PAUSED, AWAITING_PAIN, MILD_STOP, ENDED
let index = 0;
let segmentStart = 0;
let pausedAt = 0;
let origin = 0;
let startedAt = null;
let shownIndex = -1;
let shownStep = null;
let ending = null;
// The step open over the session: "hurts" (the three questions), "mild" (end or go on),
// "symptom" or "quit" (a confirming step); null while the session plays.
let step = null;
let returnStep = null; // the step a confirming step goes back to
let pausedForStep = false; // the confirming step paused the timer: going back resumes it
let opener = null; // what had the focus when a confirming step opened
let grading = false;
let painBefore = null;
let stops = 0;
let endedBecause = null; // why a stop for pain ended the session, in words
let symptomChosen = null;
let wakeLock = null;
let readyCounted = false; // the count runs once, before the first timed exercise
let readyUntil = 0; // while the count runs: when it ends (the session is paused until then)
let audio = null;
const outcomes = new Array(segments.length).fill(null);
const events = [];

const elapsed = () => Math.floor(performance.now() - origin);
const active = () => state !== "READY" && state !== "ENDED";


function enter(target, at) {
  readyUntil = 0;
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
  if (state === "PLAYING" && !readyCounted && EXERCISES.includes(segments[position].kind)) {
    // A pause and a resume, as the terminal does it: the server's replay counts the same time.
    readyCounted = true;
    pauseAt(at);
    readyUntil = at + READY_COUNT_MS;
  }
}

function counting() {
  return readyUntil !== 0 && state === "PAUSED";
}

function tick(now) {
  for (;;) {
    if (counting() && step === null && now >= readyUntil) {
      const until = readyUntil;
      readyUntil = 0;
      resumeAt(until);
      continue;
    }
    if (state !== "PLAYING") return;
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
  if (!active() || state === "AWAITING_PAIN" || state === "MILD_STOP") return 0;
  const at = state === "PAUSED" ? pausedAt : now;
  const left = segments[index].seconds * 1000 - (at - segmentStart);
  return Math.max(0, Math.min(segments[index].seconds * 1000, left));
}


function start() {
  if (state !== "READY") return;
  origin = performance.now();
  startedAt = new Date().toISOString();
  events.push({ kind: "start", at: 0 });
  enter(0, 0);
  wake();
  frames();
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
  if (step !== null) return;
  if (counting()) {
    readyUntil = 0;
    announce("Paused.");
  } else if (state === "PLAYING") {
    pauseAt(now);
    announce("Paused.");
  } else if (state === "PAUSED") {
    resumeAt(now);
    announce("Going on.");
  }
  render();
}

function pauseAt(now) {
  events.push({ kind: "pause", at: now });
  pausedAt = now;
  state = "PAUSED";
}

function resumeAt(now) {
  events.push({ kind: "resume", at: now });
  segmentStart += now - pausedAt;
  state = "PLAYING";
}

// Skip this hold (or rest, or pain check): one part of the timeline.
function skip() {
  const now = elapsed();
  tick(now);
  if (!active() || step !== null) return;
  events.push({ kind: "skip", at: now });
  outcomes[index] = "SKIPPED";
  enter(index + 1, now);
  render();
}

// Skip: the rest of the technique on screen as one event; the server's player skips the same parts.
function skipTechnique() {
  const now = elapsed();
  tick(now);
  if (!active() || step !== null || (state !== "PLAYING" && state !== "PAUSED")) return;
  const held = segments[index].techniqueId;
  const name = techniqueName();
  events.push({ kind: "skip_technique", at: now });
  let ahead = index;
  for (; ahead < segments.length && segments[ahead].techniqueId === held; ahead++) {
    if (outcomes[ahead] === null) outcomes[ahead] = "SKIPPED";
  }
  enter(ahead, now);
  render();
  if (active()) $("player-state").textContent = name + " skipped.";
}

function painAnswered(score) {
  const now = elapsed();
  if (state !== "AWAITING_PAIN" || step !== null) return;
  events.push({ kind: "pain", at: now, score });
  if (index === 0) painBefore = score;
  outcomes[index] = "DONE";
  enter(index + 1, now);
  render();
}

// It hurts: the technique stops at once (its timer paused), then one step asks the three questions.
function hurts() {
  const now = elapsed();
  tick(now);
  if (!active() || step !== null || state === "MILD_STOP") return;
  readyUntil = 0;
  if (state === "PLAYING") pauseAt(now);
  open("hurts");
  announce("Stopped. Three questions about the pain.");
}

// The server grades the stop as its replay will; without an answer the stop counts as not mild.
async function hurtsAnswered(score, easing, sharpOrSpreading) {
  if (step !== "hurts" || grading) return;
  grading = true;
  render();
  let grade;
  // A connection that hangs is no answer either: nobody waits long to be told what to do.
  const patience = new AbortController();
  const timer = setTimeout(() => patience.abort(), GRADE_PATIENCE_MS);
  try {
    const response = await fetch(data.grade, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ segmentIndex: index, painBefore, score, easing, sharpOrSpreading, earlierStop: stops > 0 }),
      credentials: "same-origin",
      signal: patience.signal,
    });
    grade = response.ok ? await response.json() : null;
  } catch (e) {
    grade = null;
  } finally {
    clearTimeout(timer);
  }
  grading = false;
  if (step !== "hurts") return; // ended meanwhile (a symptom)
  const now = elapsed();
  events.push({ kind: "hurts", at: now, score, easing, sharpOrSpreading });
  stops++;
  outcomes[index] = "SKIPPED";
  if (grade && grade.mild) {
    state = "MILD_STOP";
    const name = techniqueName();
    $("mild-text").textContent =
      "It is easing and it is not sharp, so it sounds mild. " + name + " rests for a week, and there is" +
      " no self-cracking meanwhile. Next time, Limber asks whether your back has settled.";
    $("mild-go-on").textContent = "Go on without " + name;
    open("mild");
    announce("A mild pain. End the session, or go on without " + name + ".");
    return;
  }
  if (grade) {
    endedBecause = "This is more than a mild pain: " + sentence(grade.whyNotMild);
  } else {
    // Offline: ended either way; the server, which knows, grades the stop when the events arrive.
    events.push({ kind: "end", at: now });
    endedBecause = "Limber could not check whether this pain is mild (you may be offline), so the session ends to be safe.";
  }
  step = null;
  end("STOPPED_FOR_PAIN");
  render();
}

function sentence(parts) {
  if (!parts.length) return "";
  const list = parts.length === 1 ? parts[0] : parts.slice(0, -1).join(", ") + " and " + parts[parts.length - 1];
  return list + ".";
}

function techniqueName() {
  const technique = segments[index].techniqueId ? data.techniques[segments[index].techniqueId] : null;
  return technique ? technique.name : "this technique";
}

function goOn() {
  if (state !== "MILD_STOP" || step !== "mild") return;
  const now = elapsed();
  const name = techniqueName();
  events.push({ kind: "go_on", at: now });
  const held = segments[index].techniqueId;
  for (let ahead = index + 1; ahead < segments.length; ahead++) {
    if (outcomes[ahead] === null && segments[ahead].techniqueId === held) outcomes[ahead] = "SKIPPED";
  }
  step = null;
  enter(index + 1, now);
  render();
  $("player-state").textContent = name + " is left out. Going on.";
  announce(name + " is left out. Going on.");
  focusPlayer();
}

function endAfterMildStop() {
  if (state !== "MILD_STOP" || step !== "mild") return;
  events.push({ kind: "end", at: elapsed() });
  step = null;
  end("STOPPED_FOR_PAIN");
  render();
}

function pop() {
  const now = elapsed();
  tick(now);
  if (!active() || step !== null) return;
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

// A confirming step (which symptom, or whether to quit) pauses a running timer; "back" restores it.
function confirmFirst(which) {
  const now = elapsed();
  tick(now);
  if (!active() || step === "symptom" || step === "quit") return;
  if (which === "quit" && step !== null) return;
  opener = document.activeElement;
  returnStep = step;
  pausedForStep = state === "PLAYING" || counting();
  if (state === "PLAYING") pauseAt(now);
  readyUntil = 0;
  open(which);
}

function back() {
  if (step !== "symptom" && step !== "quit") return;
  if (pausedForStep) resumeAt(elapsed());
  pausedForStep = false;
  const previous = returnStep;
  returnStep = null;
  if (previous !== null) {
    open(previous);
    return;
  }
  step = null;
  render();
  if (opener && opener.isConnected && !opener.closest("[hidden]") && opener !== document.body) opener.focus();
  else focusPlayer();
  announce(state === "PAUSED" ? "Back to the session, paused." : "Back to the session.");
}

function symptom(id) {
  if (step !== "symptom" || !data.symptoms[id]) return;
  events.push({ kind: "symptom", at: elapsed() });
  if (outcomes[index] === null) outcomes[index] = "SKIPPED";
  symptomChosen = data.symptoms[id];
  step = null;
  end("ENDED_FOR_SYMPTOMS");
  render();
}

function quit() {
  if (step !== "quit") return;
  events.push({ kind: "quit", at: elapsed() });
  outcomes[index] = "SKIPPED";
  step = null;
  end("QUIT");
  render();
}


function clock(millis) {
  const seconds = Math.ceil(millis / 1000);
  return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
}

const KIND_WORDS = {
  GET_READY: "Get ready",
  HOLD: "Hold",
  REST: "Rest",
  SWITCH_SIDES: "Switch sides",
  REPETITIONS: "Slow repetitions",
  CONTINUOUS: "Keep going",
  CRACK_ATTEMPT: "One slow attempt",
};

function kindWords(segment) {
  return KIND_WORDS[segment.kind] || "Pain check";
}

function setText(id, text) {
  if ($(id).textContent !== text) $(id).textContent = text;
}

function announce(text) {
  $("player-live").textContent = text;
}

function show(id, visible) {
  const element = $(id);
  if (element.hidden === !visible) return;
  if (!visible && element.contains(document.activeElement)) $("player-step").focus({ preventScroll: true });
  element.hidden = !visible;
}

function render() {
  const now = state === "READY" || state === "ENDED" ? 0 : elapsed();
  if (state === "PLAYING" || counting()) tick(now);
  if (state === "ENDED") {
    finished();
    return;
  }
  // Each new step starts at the top of the page, wherever the last one left the scroll.
  if (step !== shownStep) {
    shownStep = step;
    scrollTo(0, 0);
  }
  const playing = active();
  const free = playing && step === null;
  const prompting = state === "AWAITING_PAIN" && step === null;
  show("start", state === "READY");
  // At a pain check the timer's controls keep their places, unseen, so the bar does not move.
  for (const id of ["pause", "skip", "skip-hold"]) {
    show(id, free);
    $(id).classList.toggle("waiting", prompting);
  }
  show("hurts", free);
  show("pop", free);
  show("symptom", playing && step !== "symptom" && step !== "quit");
  show("quit", free);
  for (const name of ["hurts", "mild", "symptom", "quit"]) {
    show(name === "hurts" ? "hurts-form" : name + "-step", step === name);
  }
  // The pain check takes the drawing's place, so nothing below it moves when it comes.
  show("player-stage", step === null && !prompting);
  show("player-options", step === null);
  show("player-keys", step === null);
  $("pause").textContent = state === "PAUSED" && !counting() ? "Go on" : "Pause";
  setText("skip-hold", playing ? skipWords(segments[index]) : "Skip this hold");
  $("hurts-send").disabled = grading;
  $("hurts-send").textContent = grading ? "Checking…" : "Send my answers";
  if (playing && index !== shownIndex) segmentChanged();
  prompt(prompting);
  const count = $("player-count");
  const left = remaining(now);
  count.dataset.remainingMs = String(left);
  count.dataset.index = String(index);
  const ready = counting() ? Math.max(1, Math.ceil((readyUntil - now) / 1000)) : 0;
  count.textContent = ready ? String(ready) : playing && !prompting ? clock(left) : "";
  count.dataset.ready = String(ready);
  count.classList.toggle("ready", ready > 0);
  count.dataset.step = step || "";
  setText("player-kind", ready ? "Get ready" : playing ? kindWords(segments[index]) : "Ready");
  if (ready) {
    setText("player-state", "Get into position: it starts in " + ready + ".");
  } else if (state === "PAUSED") {
    $("player-state").textContent = "Paused: press Go on or Space when you are ready.";
  } else if (state === "PLAYING" && ($("player-state").dataset.index !== String(index) || readyWords())) {
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

function readyWords() {
  return $("player-state").textContent.startsWith("Get into position");
}

function skipWords(segment) {
  return { HOLD: "Skip this hold", REST: "Skip this rest", PAIN_CHECK: "Skip this check" }[segment.kind] || "Skip this step";
}

// The server names each technique's drawing; a side, when there is one, is asked of it.
function drawingOf(segment) {
  return data.techniques[segment.techniqueId].image + (segment.side ? "&side=" + segment.side : "");
}

function segmentChanged() {
  shownIndex = index;
  const segment = segments[index];
  const technique = segment.techniqueId ? data.techniques[segment.techniqueId] : null;
  $("player-step").textContent = segment.label;
  const image = $("player-image");
  if (technique) {
    const drawing = drawingOf(segment);
    if (image.getAttribute("src") !== drawing) image.src = drawing;
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
  const title = segments[index].label;
  if ($("pain-title").textContent !== title) $("pain-title").textContent = title;
  if (visible && wasHidden) {
    form.hidden = false;
    form.reset();
    invalid("pain-score", false);
    $("pain-score-0").focus({ preventScroll: true });
  } else if (!visible && !wasHidden) {
    const focused = form.contains(document.activeElement);
    form.hidden = true;
    if (focused) ($("pause").hidden ? $("player-step") : $("pause")).focus({ preventScroll: true });
  }
}

function finished() {
  if (!$("player-end").hidden) return;
  $("player").hidden = true;
  $("player-end").hidden = false;
  release();
  if (ending === "ENDED_FOR_SYMPTOMS") {
    $("end-symptom").textContent = symptomChosen.named;
    $("end-call-line").textContent = symptomChosen.callLine;
    $("end-advice-now").textContent = symptomChosen.advice;
    // The call line and the Call button already name the number: the general notice would repeat it.
    $("end-emergency-general").hidden = true;
    $("end-emergency").hidden = false;
    $("end-title").textContent = "Session ended: get help if you need it";
  } else if (ending === "STOPPED_FOR_PAIN") {
    $("end-title").textContent = "Session stopped because it hurts";
    if (endedBecause) {
      $("end-why-text").textContent = endedBecause;
      $("end-why").hidden = false;
    }
  }
  $("end-summary").textContent = "Sending what happened…";
  $("end-title").focus();
  chime();
  enqueue({ id: data.id, url: data.events, body: { startedAt, events } });
  flush();
}


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
  let review = null;
  for (const item of answer.advice) {
    const entry = document.createElement("li");
    entry.textContent = item.message;
    advice.append(entry);
    review = review || item.review;
  }
  // How to close the flag, once: only a kept session opens one, and only then is there a link.
  if (review) {
    $("end-review-link").href = review;
    $("end-review").hidden = false;
  }
  if (answer.emergencyNotice) {
    $("end-emergency-text").textContent = answer.emergencyNotice;
    $("end-emergency").hidden = false;
  }
  announce(answer.summary);
}


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

// The service worker keeps this page and its drawings: storing them off the page's thread keeps
// the first seconds free for the person (a page-side cache.addAll was a long task at load).
async function keepOffline() {
  if (!("serviceWorker" in navigator)) return;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    const worker = (await navigator.serviceWorker.ready).active;
    const images = [...new Set(segments.filter((s) => s.techniqueId).map(drawingOf))];
    const answer = await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      worker.postMessage({ keep: [location.pathname, ...images] }, [channel.port2]);
    });
    document.documentElement.dataset.offline = answer === "kept" ? "ready" : "unavailable";
  } catch (e) {
    document.documentElement.dataset.offline = "unavailable";
  }
}

// Work the first screen does not need waits until the page is loaded and the browser is idle.
function whenIdle(work) {
  const soon = () => ("requestIdleCallback" in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 200));
  if (document.readyState === "complete") soon();
  else addEventListener("load", soon, { once: true });
}


// Keys never end a session: A, S and Q only open the step that asks first; Escape goes back.
const KEYS = { n: skipTechnique, h: skip, p: hurts, c: pop, a: () => confirmFirst("symptom"), s: () => confirmFirst("symptom"), q: () => confirmFirst("quit") };

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
  if (event.key === "Escape" && (step === "symptom" || step === "quit")) {
    event.preventDefault();
    back();
    return;
  }
  const target = event.target;
  if (target.closest && target.closest("input, textarea, select")) return;
  if (event.key === " ") {
    if (target.closest && target.closest("button, a, summary")) return;
    if ((state === "PLAYING" || state === "PAUSED") && step === null) {
      event.preventDefault();
      togglePause();
    }
    return;
  }
  const action = KEYS[event.key.toLowerCase()];
  if (action && active()) {
    event.preventDefault();
    action();
  }
});

function open(which) {
  step = which;
  render();
  const first = {
    hurts: "hurts-score-0",
    mild: "mild-end",
    symptom: "symptom-back",
    quit: "quit-back",
  }[which];
  if (which === "hurts") resetHurts();
  $(first).focus();
}

function focusPlayer() {
  ($("pause").hidden ? $("player-step") : $("pause")).focus({ preventScroll: true });
}

function resetHurts() {
  if ($("hurts-form").dataset.open === String(stops)) return;
  $("hurts-form").dataset.open = String(stops);
  $("hurts-form").reset();
  $("hurts-error").hidden = true;
  for (const id of ["hurts-score", "hurts-easing", "hurts-sharp"]) invalid(id, false);
}

// Every radio of a fieldset marked invalid or not.
function invalid(id, yes) {
  for (const input of $(id).querySelectorAll("input")) {
    if (yes) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
}

function yesNo(name) {
  const checked = $("hurts-form").querySelector('input[name="' + name + '"]:checked');
  return checked ? checked.value === "yes" : null;
}

$("start").addEventListener("click", start);
$("pause").addEventListener("click", togglePause);
$("skip").addEventListener("click", skipTechnique);
$("skip-hold").addEventListener("click", skip);
$("hurts").addEventListener("click", hurts);
$("pop").addEventListener("click", pop);
$("symptom").addEventListener("click", () => confirmFirst("symptom"));
$("quit").addEventListener("click", () => confirmFirst("quit"));
$("pain-skip").addEventListener("click", skip);
$("mild-end").addEventListener("click", endAfterMildStop);
$("mild-go-on").addEventListener("click", goOn);
$("symptom-back").addEventListener("click", back);
$("quit-back").addEventListener("click", back);
$("quit-yes").addEventListener("click", quit);
for (const button of document.querySelectorAll("[data-symptom]")) {
  button.addEventListener("click", () => symptom(button.dataset.symptom));
}
// The 0-10 scale's score, or null when no number is chosen.
function scaleScore(id) {
  const checked = $(id).querySelector("input:checked");
  return checked ? Number(checked.value) : null;
}

// Digits choose on a 0-10 scale as they did in a number field ("1" then "0" is 10); Enter sends.
function typeOnScale(form, id) {
  let lastDigit = null;
  form.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey || !event.target.closest("#" + id)) return;
    if (event.key === "Enter") {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    if (!/^[0-9]$/.test(event.key)) {
      lastDigit = null;
      return;
    }
    event.preventDefault();
    const score = lastDigit === "1" && event.key === "0" && scaleScore(id) === 1 ? 10 : Number(event.key);
    lastDigit = score === 10 ? null : event.key;
    const choice = $(id + "-" + score);
    choice.checked = true;
    choice.focus({ preventScroll: true });
  });
}

typeOnScale($("pain-form"), "pain-score");
typeOnScale($("hurts-form"), "hurts-score");
$("pain-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const score = scaleScore("pain-score");
  if (score === null) {
    invalid("pain-score", true);
    $("pain-score-0").focus({ preventScroll: true });
    return;
  }
  invalid("pain-score", false);
  painAnswered(score);
});
$("hurts-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const score = scaleScore("hurts-score");
  const easing = yesNo("easing");
  const sharpOrSpreading = yesNo("sharpOrSpreading");
  const missing = [];
  if (score === null) missing.push(["hurts-score", "your pain from 0 to 10"]);
  if (easing === null) missing.push(["hurts-easing", "whether it is easing"]);
  if (sharpOrSpreading === null) missing.push(["hurts-sharp", "whether it is sharp or spreading"]);
  for (const id of ["hurts-score", "hurts-easing", "hurts-sharp"]) {
    invalid(id, missing.some(([other]) => other === id));
  }
  if (missing.length) {
    $("hurts-error").textContent = "Please answer " + sentence(missing.map(([, words]) => words));
    $("hurts-error").hidden = false;
    $(missing[0][0]).querySelector("input").focus();
    return;
  }
  $("hurts-error").hidden = true;
  hurtsAnswered(score, easing, sharpOrSpreading);
});

// Frames are asked for only while a session runs: an idle page asks the browser for nothing.
let framing = false;

function frame() {
  if (!active()) {
    framing = false;
    return;
  }
  render();
  requestAnimationFrame(frame);
}

function frames() {
  if (framing) return;
  framing = true;
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
render();
whenIdle(() => {
  flush();
  keepOffline();
});
