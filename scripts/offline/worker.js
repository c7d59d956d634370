// The offline copy of the site. The build prepends `const MANIFEST = {…}` (see service-worker.ts).
// Every build gets its own cache, so an old copy is never mixed with a new search index.
/* global MANIFEST */
const PRECACHE = `observatoire-${MANIFEST.version}`;
const VISITED = `observatoire-visites-${MANIFEST.version}`;

// Text (pages, styles, scripts, data) is kept gzipped: a dossier takes a sixth to a tenth of
// its size on the reader's device, so the budget holds many more pages. The build counts the
// same compressed sizes (service-worker.ts); Pagefind's files and images are compressed already.
const GZIPPED = "x-observatoire-gzip";
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|atom\+xml|schema\+json|manifest\+json)|image\/svg\+xml)/;

async function storable(response) {
  const type = response.headers.get("content-type") || "";
  if (typeof CompressionStream === "undefined" || !response.body || !COMPRESSIBLE.test(type)) return response;
  const headers = new Headers(response.headers);
  headers.set(GZIPPED, "1");
  headers.delete("content-length");
  headers.delete("content-encoding");
  const body = await new Response(response.body.pipeThrough(new CompressionStream("gzip"))).blob();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function readable(response) {
  if (!response || response.headers.get(GZIPPED) !== "1") return response;
  const headers = new Headers(response.headers);
  headers.delete(GZIPPED);
  return new Response(response.body.pipeThrough(new DecompressionStream("gzip")), { status: response.status, statusText: response.statusText, headers });
}

// Like cache.addAll, all or nothing, but each file stored as `storable` makes it; a few
// requests at a time, so that thousands of files do not queue in the browser at once.
async function precache(urls) {
  const cache = await caches.open(PRECACHE);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) throw new TypeError(`Copie hors connexion : ${url} a répondu ${response.status}`);
      await cache.put(url, await storable(response));
    }
  };
  try {
    await Promise.all(Array.from({ length: 6 }, worker));
  } catch (error) {
    // A half-filled copy must not be taken for this edition's copy at the next try.
    await caches.delete(PRECACHE);
    throw error;
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache(MANIFEST.precache).then(() => self.skipWaiting()));
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
  return readable((await (await caches.open(PRECACHE)).match(request, options)) || (await (await caches.open(VISITED)).match(request, options)));
}

// Online, the network answers (so a new edition shows at once) and each visited page is kept;
// offline, the copy of this edition answers, or a French notice for pages not kept.
async function respond(request, pageId) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      Promise.all([caches.open(VISITED), storable(copy)]).then(([cache, stored]) => cache.put(request, stored));
    }
    return response;
  } catch (error) {
    if (request.mode === "navigate") rememberServedFromCopy(pageId);
    const cached = await fromCache(request);
    if (cached) return cached;
    if (request.mode === "navigate") {
      const notice = await (await caches.open(PRECACHE)).match(MANIFEST.offlinePage);
      if (notice) return readable(notice);
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
