// The offline copy of the site. The build prepends `const MANIFEST = {…}` (see service-worker.ts).
// Every build gets its own cache, so an old copy is never mixed with a new search index.
/* global MANIFEST */
const PRECACHE = `observatoire-${MANIFEST.version}`;
const VISITED = `observatoire-visites-${MANIFEST.version}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(PRECACHE)
      .then((cache) => cache.addAll(MANIFEST.precache))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== PRECACHE && key !== VISITED).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// Clients (pages) that this worker answered from the copy because the network failed. A page
// asks at load time (see site.js): the browser's navigator.onLine cannot tell, since it stays
// true behind a captive portal, on a failing connection, or when only the site is down.
const servedFromCopy = new Set();

async function rememberServedFromCopy(clientId) {
  if (!clientId) return;
  servedFromCopy.add(clientId);
  // Forget pages that were closed, so the set stays as small as the open tabs.
  const open = new Set((await self.clients.matchAll({ includeUncontrolled: true })).map((client) => client.id));
  for (const id of servedFromCopy) if (id !== clientId && !open.has(id)) servedFromCopy.delete(id);
}

self.addEventListener("message", (event) => {
  const reply = event.ports[0];
  if (!reply || !event.data || event.data.type !== "servi-hors-connexion ?") return;
  const clientId = event.source && event.source.id;
  reply.postMessage({ fromCopy: servedFromCopy.has(clientId) });
});

async function fromCache(request) {
  const options = { ignoreSearch: true };
  return (await (await caches.open(PRECACHE)).match(request, options)) || (await (await caches.open(VISITED)).match(request, options));
}

// Online, the network answers (so a new edition shows at once) and each visited page is kept;
// offline, the copy of this edition answers, or a French notice for pages not kept.
async function respond(request, pageId) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      caches.open(VISITED).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (error) {
    if (request.mode === "navigate") rememberServedFromCopy(pageId);
    const cached = await fromCache(request);
    if (cached) return cached;
    if (request.mode === "navigate") {
      const notice = await (await caches.open(PRECACHE)).match(MANIFEST.offlinePage);
      if (notice) return notice;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(MANIFEST.base)) return;
  // A navigation creates a new page, whose id is known before the page exists.
  event.respondWith(respond(event.request, event.resultingClientId));
});
