// The browser player: plays the timeline the server computed and reports what happened; this
// module wires the controls and keys to the timeline, screen, dialogues and record modules.
import { hurts, confirmFirst, back, listen, step } from "./player-dialogues.js";
import { flush, queued, keepOffline } from "./player-record.js";
import { $, announce, render, tell, startSound, wake } from "./player-screen.js";
import {
  data, segments, outcomes, state, index, happened,
  begin, elapsed, active, tick, enter, pauseAt, resumeAt, stopCount, counting, playingOrPaused, techniqueName,
} from "./player-timeline.js";

let framing = false;

function start() {
  if (state !== "READY") return;
  begin();
  wake();
  frames();
  startSound();
  render();
}

function togglePause() {
  const now = elapsed();
  tick(now);
  if (step !== null) return;
  if (counting()) {
    stopCount();
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

// Skip this hold (or rest, or pain check): one part of the timeline.
function skip() {
  const now = elapsed();
  tick(now);
  if (!active() || step !== null) return;
  happened("skip", now);
  outcomes[index] = "SKIPPED";
  enter(index + 1, now);
  render();
}

// Skip: the rest of the technique on screen as one event; the server's player skips the same parts.
function skipTechnique() {
  const now = elapsed();
  tick(now);
  if (!active() || step !== null || !playingOrPaused()) return;
  const held = segments[index].techniqueId;
  const name = techniqueName();
  happened("skip_technique", now);
  let ahead = index;
  for (; ahead < segments.length && segments[ahead].techniqueId === held; ahead++) {
    if (outcomes[ahead] === null) outcomes[ahead] = "SKIPPED";
  }
  enter(ahead, now);
  render();
  if (active()) $("player-state").textContent = name + " skipped.";
}

function pop() {
  const now = elapsed();
  tick(now);
  if (!active() || step !== null) return;
  happened("pop", now);
  for (let ahead = index + 1; ahead < segments.length; ahead++) {
    if (segments[ahead].selfCrack) outcomes[ahead] = "SKIPPED";
  }
  tell(data.crackNoted);
  if (segments[index].selfCrack) {
    outcomes[index] = segments[index].kind === "CRACK_ATTEMPT" ? "DONE" : "SKIPPED";
    enter(index + 1, now);
  }
  render();
}

// Frames are asked for only while a session runs: an idle page asks the browser for nothing.
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
    if (playingOrPaused() && step === null) {
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

const CLICKS = { start, pause: togglePause, skip: skipTechnique, "skip-hold": skip, "pain-skip": skip, hurts, pop, symptom: KEYS.a, quit: KEYS.q };
for (const [id, action] of Object.entries(CLICKS)) $(id).addEventListener("click", action);
listen();

document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") {
    if (active()) wake();
    render();
  }
});
addEventListener("online", flush);
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
