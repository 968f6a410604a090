// Dossier's service worker (a go-app ServiceWorkerTemplate).
//
// Unlike go-app's default it installs and activates inside event.waitUntil,
// precaches every app file, the articles and the icons (failing loudly, with
// the URL, when one is missing), and answers every navigation from the cached
// app shell so that deep links such as /a/<id> open offline.
const cacheName = "dossier-{{.Version}}";
const version = "{{.Version}}";
const shellURL = "{{.Shell}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await Promise.all(resourcesToCache.map((url) => precache(cache, url)));
      await self.skipWaiting();
    })()
  );
});

// precache stores one resource. A redirected response (a host sending /sub to
// /sub/) is stored as a plain copy: browsers refuse redirected responses for
// navigations.
async function precache(cache, url) {
  const res = await fetch(url, { cache: "reload" });
  if (!res.ok) {
    throw new Error("precaching " + url + " failed: " + res.status);
  }
  const body = res.redirected ? await res.blob() : null;
  await cache.put(
    url,
    body ? new Response(body, { status: 200, headers: res.headers }) : res
  );
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(
        keys
          .filter((k) => k !== cacheName && k.startsWith("dossier-"))
          .map((k) => caches.delete(k))
      );
      // Older go-app caches ("app-<version>") from before this worker.
      await Promise.all(
        keys.filter((k) => k.startsWith("app-")).map((k) => caches.delete(k))
      );
      await self.clients.claim();
      const windows = await self.clients.matchAll({ type: "window" });
      for (const w of windows) {
        w.postMessage({ type: "dossier-updated", version: version });
      }
    })()
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "dossier-version" && event.source) {
    event.source.postMessage({ type: "dossier-version", version: version });
  }
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") {
    return;
  }
  if (req.mode === "navigate") {
    event.respondWith(navigate(req));
    return;
  }
  event.respondWith(cacheFirst(req));
});

// navigate answers a page load: the cached page when there is one, else the
// app shell (the app routes by URL once it runs), else the network.
async function navigate(req) {
  const cache = await caches.open(cacheName);
  const exact = await cache.match(req, { ignoreSearch: true });
  if (exact) {
    return exact;
  }
  const shell = await cache.match(shellURL);
  if (shell) {
    return shell;
  }
  return fetch(req);
}

async function cacheFirst(req) {
  const cached = await caches.match(req);
  if (cached) {
    return cached;
  }
  return fetch(req);
}
