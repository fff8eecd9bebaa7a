// What the player shows and says; it reads the timeline and changes none of it.
import { step, endedBecause, symptomChosen, invalid } from "./player-dialogues.js";
import { keep } from "./player-record.js";
import {
  data, segments, outcomes, events, state, index, startedAt, ending, readyUntil,
  elapsed, active, counting, tick, remaining,
} from "./player-timeline.js";

const KIND_WORDS = {
  GET_READY: "Get ready",
  HOLD: "Hold",
  REST: "Rest",
  SWITCH_SIDES: "Switch sides",
  REPETITIONS: "Slow repetitions",
  CONTINUOUS: "Keep going",
  CRACK_ATTEMPT: "One slow attempt",
};
const SKIP_WORDS = { HOLD: "Skip this hold", REST: "Skip this rest", PAIN_CHECK: "Skip this check" };

export const $ = (id) => document.getElementById(id);

let shownIndex = -1;
let shownStep = null;
let statedIndex = -1; // the part the words under the countdown were last set for
let audio = null;
let wakeLock = null;

function clock(millis) {
  const seconds = Math.ceil(millis / 1000);
  return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
}

function setText(id, text) {
  if ($(id).textContent !== text) $(id).textContent = text;
}

export function announce(text) {
  $("player-live").textContent = text;
}

export function tell(text) {
  $("player-state").textContent = text;
  announce(text);
}

function show(id, visible) {
  const element = $(id);
  if (element.hidden === !visible) return;
  if (!visible && element.contains(document.activeElement)) $("player-step").focus({ preventScroll: true });
  element.hidden = !visible;
}

export function focusPlayer() {
  ($("pause").hidden ? $("player-step") : $("pause")).focus({ preventScroll: true });
}

export function render() {
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
  setText("skip-hold", playing ? SKIP_WORDS[segments[index].kind] || "Skip this step" : SKIP_WORDS.HOLD);
  if (playing && index !== shownIndex) segmentChanged();
  prompt(prompting);
  const count = $("player-count");
  const left = remaining(now);
  count.dataset.remainingMs = String(left);
  count.dataset.index = String(index);
  const ready = counting() ? Math.max(1, Math.ceil((readyUntil - now) / 1000)) : 0;
  count.textContent = ready ? String(ready) : playing && !prompting ? clock(left) : "";
  count.classList.toggle("ready", ready > 0);
  setText("player-kind", ready ? "Get ready" : playing ? KIND_WORDS[segments[index].kind] || "Pain check" : "Ready");
  if (ready) {
    setText("player-state", "Get into position: it starts in " + ready + ".");
  } else if (state === "PAUSED") {
    $("player-state").textContent = "Paused: press Go on or Space when you are ready.";
  } else if (state === "PLAYING" && (index !== statedIndex || $("player-state").textContent.startsWith("Get into"))) {
    $("player-state").textContent = "";
  }
  statedIndex = index;
  if (playing) {
    const total = data.totalSeconds * 1000;
    let before = 0;
    for (let i = 0; i < index; i++) before += segments[i].seconds * 1000;
    const done = before + segments[index].seconds * 1000 - left;
    $("player-progress").value = Math.round((1000 * Math.min(done, total)) / total);
  }
}

// The server names each technique's drawing; a side, when there is one, is asked of it.
export function drawingOf(segment) {
  return data.techniques[segment.techniqueId].image + (segment.side ? "&side=" + segment.side : "");
}

function segmentChanged() {
  shownIndex = index;
  const segment = segments[index];
  const technique = data.techniques[segment.techniqueId];
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
    for (const line of technique.steps) {
      const item = document.createElement("li");
      item.textContent = line;
      words.append(item);
    }
  }
  const next = segments.find((other, ahead) => ahead > index && outcomes[ahead] === null);
  $("player-next").textContent = next ? "Next: " + next.label : "";
  const spoken =
    segment.kind === "PAIN_CHECK" ? segment.label : segment.label + ". " + segment.seconds + " seconds.";
  announce(spoken);
  chime();
  if ($("voice").checked && "speechSynthesis" in window) {
    speechSynthesis.cancel();
    speechSynthesis.speak(new SpeechSynthesisUtterance(spoken));
  }
}

function prompt(visible) {
  const form = $("pain-form");
  const wasHidden = form.hidden;
  setText("pain-title", segments[index].label);
  if (visible && wasHidden) {
    form.hidden = false;
    form.reset();
    invalid("pain-score", false);
    $("pain-score-0").focus({ preventScroll: true });
  } else if (!visible && !wasHidden) {
    const focused = form.contains(document.activeElement);
    form.hidden = true;
    if (focused) focusPlayer();
  }
}

function finished() {
  if (!$("player-end").hidden) return;
  $("player").hidden = true;
  $("player-end").hidden = false;
  if (wakeLock) wakeLock.release().catch(() => {});
  wakeLock = null;
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
  keep({ id: data.id, url: "/play/" + data.id + "/events", body: { startedAt, events } });
}

export function startSound() {
  try {
    audio = new AudioContext();
  } catch (e) {
    audio = null;
  }
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

export async function wake() {
  try {
    if ("wakeLock" in navigator && document.visibilityState === "visible") {
      wakeLock = await navigator.wakeLock.request("screen");
    }
  } catch (e) {
    wakeLock = null;
  }
}
