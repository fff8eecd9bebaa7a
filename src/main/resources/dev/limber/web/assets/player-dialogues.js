// The steps that ask: pain, mild stop, symptom, quit. Nothing that ends a session happens on one
// key or one press: each opens a step that asks first.
import { post } from "./player-record.js";
import { $, announce, tell, render, focusPlayer } from "./player-screen.js";
import {
  data, segments, outcomes, state, index, happened,
  elapsed, active, counting, tick, enter, end, pauseAt, resumeAt, stopCount, mildStop, techniqueName,
} from "./player-timeline.js";

const GRADE_PATIENCE_MS = 8000;
const HURTS_FIELDS = ["hurts-score", "hurts-easing", "hurts-sharp"];

// The step open over the session: "hurts" (the three questions), "mild" (end or go on),
// "symptom" or "quit" (a confirming step); null while the session plays.
export let step = null;
export let endedBecause = null; // why a stop for pain ended the session, in words
export let symptomChosen = null;
let returnStep = null; // the step a confirming step goes back to
let pausedForStep = false; // the confirming step paused the timer: going back resumes it
let opener = null; // what had the focus when a confirming step opened
let grading = false;
let painBefore = null;
let stops = 0;

function open(which) {
  step = which;
  render();
  const first = { hurts: "hurts-score-0", mild: "mild-end", symptom: "symptom-back", quit: "quit-back" }[which];
  if (which === "hurts") resetHurts();
  $(first).focus();
}

function close(how) {
  step = null;
  end(how);
  render();
}

function painAnswered(score) {
  const now = elapsed();
  if (state !== "AWAITING_PAIN" || step !== null) return;
  happened("pain", now, { score });
  if (index === 0) painBefore = score;
  outcomes[index] = "DONE";
  enter(index + 1, now);
  render();
}

// It hurts: the technique stops at once (its timer paused), then one step asks the three questions.
export function hurts() {
  const now = elapsed();
  tick(now);
  if (!active() || step !== null || state === "MILD_STOP") return;
  stopCount();
  if (state === "PLAYING") pauseAt(now);
  open("hurts");
  announce("Stopped. Three questions about the pain.");
}

function checking(yes) {
  grading = yes;
  $("hurts-send").disabled = yes;
  $("hurts-send").textContent = yes ? "Checking…" : "Send my answers";
}

// The server grades the stop as its replay will; without an answer the stop counts as not mild.
async function hurtsAnswered(score, easing, sharpOrSpreading) {
  if (step !== "hurts" || grading) return;
  checking(true);
  let grade;
  // A connection that hangs is no answer either: nobody waits long to be told what to do.
  const patience = new AbortController();
  const timer = setTimeout(() => patience.abort(), GRADE_PATIENCE_MS);
  try {
    const body = { segmentIndex: index, painBefore, score, easing, sharpOrSpreading, earlierStop: stops > 0 };
    const response = await post("/play/" + data.id + "/grade", body, patience.signal);
    grade = response.ok ? await response.json() : null;
  } catch (e) {
    grade = null;
  } finally {
    clearTimeout(timer);
  }
  checking(false);
  if (step !== "hurts") return; // ended meanwhile (a symptom)
  const now = elapsed();
  happened("hurts", now, { score, easing, sharpOrSpreading });
  stops++;
  outcomes[index] = "SKIPPED";
  if (grade && grade.mild) {
    mildStop();
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
    happened("end", now);
    endedBecause = "Limber could not check whether this pain is mild (you may be offline), so the session ends to be safe.";
  }
  close("STOPPED_FOR_PAIN");
}

function sentence(parts) {
  if (!parts.length) return "";
  const list = parts.length === 1 ? parts[0] : parts.slice(0, -1).join(", ") + " and " + parts[parts.length - 1];
  return list + ".";
}

function goOn() {
  if (state !== "MILD_STOP" || step !== "mild") return;
  const now = elapsed();
  const name = techniqueName();
  happened("go_on", now);
  const held = segments[index].techniqueId;
  for (let ahead = index + 1; ahead < segments.length; ahead++) {
    if (outcomes[ahead] === null && segments[ahead].techniqueId === held) outcomes[ahead] = "SKIPPED";
  }
  step = null;
  enter(index + 1, now);
  render();
  tell(name + " is left out. Going on.");
  focusPlayer();
}

function endAfterMildStop() {
  if (state !== "MILD_STOP" || step !== "mild") return;
  happened("end", elapsed());
  close("STOPPED_FOR_PAIN");
}

// A confirming step (which symptom, or whether to quit) pauses a running timer; "back" restores it.
export function confirmFirst(which) {
  const now = elapsed();
  tick(now);
  if (!active() || step === "symptom" || step === "quit") return;
  if (which === "quit" && step !== null) return;
  opener = document.activeElement;
  returnStep = step;
  pausedForStep = state === "PLAYING" || counting();
  if (state === "PLAYING") pauseAt(now);
  stopCount();
  open(which);
}

export function back() {
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
  happened("symptom", elapsed());
  if (outcomes[index] === null) outcomes[index] = "SKIPPED";
  symptomChosen = data.symptoms[id];
  close("ENDED_FOR_SYMPTOMS");
}

function quit() {
  if (step !== "quit") return;
  happened("quit", elapsed());
  outcomes[index] = "SKIPPED";
  close("QUIT");
}

function resetHurts() {
  if ($("hurts-form").dataset.open === String(stops)) return;
  $("hurts-form").dataset.open = String(stops);
  $("hurts-form").reset();
  $("hurts-error").hidden = true;
  for (const id of HURTS_FIELDS) invalid(id, false);
}

// Every radio of a fieldset marked invalid or not.
export function invalid(id, yes) {
  for (const input of $(id).querySelectorAll("input")) {
    if (yes) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
}

function yesNo(name) {
  const checked = $("hurts-form").querySelector('input[name="' + name + '"]:checked');
  return checked ? checked.value === "yes" : null;
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

function answerPain(event) {
  event.preventDefault();
  const score = scaleScore("pain-score");
  invalid("pain-score", score === null);
  if (score === null) $("pain-score-0").focus({ preventScroll: true });
  else painAnswered(score);
}

function answerHurts(event) {
  event.preventDefault();
  const score = scaleScore("hurts-score");
  const easing = yesNo("easing");
  const sharpOrSpreading = yesNo("sharpOrSpreading");
  const missing = [];
  if (score === null) missing.push(["hurts-score", "your pain from 0 to 10"]);
  if (easing === null) missing.push(["hurts-easing", "whether it is easing"]);
  if (sharpOrSpreading === null) missing.push(["hurts-sharp", "whether it is sharp or spreading"]);
  for (const id of HURTS_FIELDS) invalid(id, missing.some(([other]) => other === id));
  $("hurts-error").hidden = !missing.length;
  if (missing.length) {
    $("hurts-error").textContent = "Please answer " + sentence(missing.map(([, words]) => words));
    $(missing[0][0]).querySelector("input").focus();
    return;
  }
  hurtsAnswered(score, easing, sharpOrSpreading);
}

export function listen() {
  const clicks = { "mild-end": endAfterMildStop, "mild-go-on": goOn, "symptom-back": back, "quit-back": back, "quit-yes": quit };
  for (const [id, action] of Object.entries(clicks)) $(id).addEventListener("click", action);
  for (const button of document.querySelectorAll("[data-symptom]")) {
    button.addEventListener("click", () => symptom(button.dataset.symptom));
  }
  typeOnScale($("pain-form"), "pain-score");
  typeOnScale($("hurts-form"), "hurts-score");
  $("pain-form").addEventListener("submit", answerPain);
  $("hurts-form").addEventListener("submit", answerHurts);
}
