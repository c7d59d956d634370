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

async function fromCache(request) {
  const options = { ignoreSearch: true };
  return (await (await caches.open(PRECACHE)).match(request, options)) || (await (await caches.open(VISITED)).match(request, options));
}

// Online, the network answers (so a new edition shows at once) and each visited page is kept;
// offline, the copy of this edition answers, or a French notice for pages not kept.
async function respond(request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      caches.open(VISITED).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (error) {
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
  event.respondWith(respond(event.request));
});
