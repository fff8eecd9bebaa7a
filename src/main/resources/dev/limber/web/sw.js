// Limber's service worker: keeps the web app's assets, and every session page the player has
// loaded with its drawings, so a session can be played again without a connection. Writes are
// never cached; the player queues its events itself until it can send them.
const CACHE = "limber-v1";
// The player is its entry module and the four it imports: all are needed to play offline.
const PLAYER = ["player", "player-timeline", "player-screen", "player-dialogues", "player-record"];
const ASSETS = [
  "/assets/limber.css",
  ...PLAYER.map((name) => "/assets/" + name + ".js"),
  "/assets/icon.svg",
  "/assets/manifest.webmanifest",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// The player asks for its page and drawings to be kept: same-origin session pages and drawings only.
self.addEventListener("message", (event) => {
  const reply = event.ports[0];
  const asked = event.data && Array.isArray(event.data.keep) ? event.data.keep : [];
  const paths = asked
    .filter((path) => typeof path === "string")
    .map((path) => new URL(path, self.location.origin))
    .filter((url) => url.origin === self.location.origin && (kept(url.pathname) || drawing(url.pathname)));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(paths.map((url) => url.pathname + url.search)))
      .then(
        () => reply && reply.postMessage("kept"),
        () => reply && reply.postMessage("failed"),
      ),
  );
});

function kept(path) {
  return path.startsWith("/play/") || path.startsWith("/assets/");
}

function drawing(path) {
  return path.startsWith("/api/techniques/") && path.endsWith("/illustration.svg");
}

// Pages and assets: the network first (a new release shows at once), the cache when offline.
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

// Drawings change only with the catalog: the cache first.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (drawing(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (kept(url.pathname)) {
    event.respondWith(networkFirst(request));
  }
});
