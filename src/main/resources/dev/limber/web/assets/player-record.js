// What happened, queued on the device until the server has it, and the server's record shown.
import { $, announce, drawingOf } from "./player-screen.js";
import { data, segments } from "./player-timeline.js";

const QUEUE = "limber.play.queue";
const csrf = document.querySelector('meta[name="csrf-token"]').content;

let flushing = false;

export function post(url, body, signal) {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-Token": csrf },
    body: JSON.stringify(body),
    credentials: "same-origin",
    signal,
  });
}

export function queued() {
  try {
    return JSON.parse(localStorage.getItem(QUEUE) || "[]");
  } catch (e) {
    return [];
  }
}

function store(items) {
  localStorage.setItem(QUEUE, JSON.stringify(items));
}

export function keep(item) {
  store([...queued().filter((other) => other.id !== item.id), item]);
  flush();
}

export async function flush() {
  if (flushing) return;
  flushing = true;
  try {
    for (const item of queued()) {
      let response;
      try {
        response = await post(item.url, item.body);
      } catch (e) {
        if (item.id === data.id) {
          $("end-summary").textContent =
            "You are offline. What happened is saved on this device and will be sent when you are back online.";
        }
        continue;
      }
      const answer = await response.json().catch(() => ({}));
      if (response.ok || response.status >= 400) store(queued().filter((other) => other.id !== item.id));
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
  // A problem's detail is written for people; the fields its errors name are not.
  if (!response.ok) {
    summary.textContent =
      response.status === 409
        ? "This session was received before."
        : "The session could not be recorded: " + (answer.detail || "the server answered " + response.status);
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

// The service worker keeps this page and its drawings: storing them off the page's thread keeps
// the first seconds free for the person (a page-side cache.addAll was a long task at load).
export async function keepOffline() {
  if (!("serviceWorker" in navigator)) return;
  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    const worker = (await navigator.serviceWorker.ready).active;
    const images = [...new Set(segments.filter((segment) => segment.techniqueId).map(drawingOf))];
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
