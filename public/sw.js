// Service worker of the Jeugdhulp scenarioplanner: after the first visit the
// app opens and works offline. At build time scripts/precache.mjs writes this
// file into dist/ with VERSION (a hash of every built file) and FILES (their
// names, which trunk hashes), so each build gets its own cache; the previous
// build's cache goes when the new worker takes over. The worker only caches
// the app's own files: it never reads or writes localStorage, so the working
// copy and the saved scenarios are untouched by an update.
const VERSION = 'ontwikkel';
const FILES = ['./'];
const PREFIX = 'jeugdhulp-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so a new build never keeps an old file.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// Cache first for the app's own files (a page address opens the app's
// index.html), the network for anything else.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const hit = await cache.match(request, { ignoreSearch: true })
      ?? (request.mode === 'navigate' ? await cache.match('./') : undefined);
    return hit ?? fetch(request);
  }));
});
