// The timeline's clock and state: the core player's clock rules, mirrored only to show the right
// step (the server replays the events and decides every rule). Time comes from the clock, not ticks.
import { step } from "./player-dialogues.js";

// The terminal player's "get ready" count before the first timed exercise (cli/TerminalPlayer).
const READY_COUNT_MS = 3000;
const EXERCISES = ["HOLD", "REPETITIONS", "CONTINUOUS", "CRACK_ATTEMPT"];

export const data = JSON.parse(document.getElementById("player-data").textContent);
export const segments = data.segments;
export const outcomes = new Array(segments.length).fill(null);
export const events = [];

export let state = "READY"; // READY, PLAYING, PAUSED, AWAITING_PAIN, MILD_STOP, ENDED
export let index = 0;
export let startedAt = null;
export let ending = null;
export let readyUntil = 0; // while the count runs: when it ends (the session is paused until then)
let segmentStart = 0;
let pausedAt = 0;
let origin = 0;
let readyCounted = false; // the count runs once, before the first timed exercise

// What happened, in order, for the server's replay: at is milliseconds since the start.
export function happened(kind, at, details) {
  events.push({ kind, at, ...details });
}

export const elapsed = () => Math.floor(performance.now() - origin);
export const active = () => state !== "READY" && state !== "ENDED";
export const counting = () => readyUntil !== 0 && state === "PAUSED";
export const playingOrPaused = () => state === "PLAYING" || state === "PAUSED";

export function begin() {
  origin = performance.now();
  startedAt = new Date().toISOString();
  happened("start", 0);
  enter(0, 0);
}

export function enter(target, at) {
  readyUntil = 0;
  let position = target;
  while (position < segments.length && outcomes[position] !== null) position++;
  index = position;
  if (position >= segments.length) {
    end("FINISHED");
    happened("finish", at);
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

export function tick(now) {
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

export function end(how) {
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i] === null) outcomes[i] = "NOT_REACHED";
  ending = how;
  state = "ENDED";
}

export function remaining(now) {
  if (!active() || state === "AWAITING_PAIN" || state === "MILD_STOP") return 0;
  const at = state === "PAUSED" ? pausedAt : now;
  const left = segments[index].seconds * 1000 - (at - segmentStart);
  return Math.max(0, Math.min(segments[index].seconds * 1000, left));
}

export function pauseAt(now) {
  happened("pause", now);
  pausedAt = now;
  state = "PAUSED";
}

export function resumeAt(now) {
  happened("resume", now);
  segmentStart += now - pausedAt;
  state = "PLAYING";
}

export function stopCount() {
  readyUntil = 0;
}

export function mildStop() {
  state = "MILD_STOP";
}

export function techniqueName() {
  const technique = data.techniques[segments[index].techniqueId];
  return technique ? technique.name : "this technique";
}
