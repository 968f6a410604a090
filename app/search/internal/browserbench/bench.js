// The in-browser search benchmark: one page, one Chromium run, the same
// corpus and the same scripted keystrokes for every engine. The Go test
// (browserbench_test.go) serves this page and reads window.benchResult.
import MiniSearch from '/node_modules/minisearch/dist/es/index.js';
import Fuse from '/node_modules/fuse.js/dist/fuse.mjs';

const FUSE_BUDGET_MS = 60000; // Fuse.js is slow on long texts: cap its run.
const status = (s) => { document.getElementById('status').textContent = s; };
const tick = () => new Promise((r) => setTimeout(r, 0));

function parseJSONL(text) {
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

function heap() {
  return performance.memory ? performance.memory.usedJSHeapSize : 0;
}

function pct(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function loadGo() {
  const go = new Go();
  const r = await WebAssembly.instantiateStreaming(fetch('/bench.wasm'), go.importObject);
  go.run(r.instance);
  while (!globalThis.dossierReady) await tick();
  return r.instance.exports.mem;
}

const engines = (wasmMem) => [
  {
    name: 'dossier (Go wasm)',
    config: 'AND, prefix on last word, fuzzy (edit distance + subsequence), BM25F, limit 10',
    // Go gets the records packed in one string (the real app loads its
    // corpus in Go; this is only the benchmark's way to hand it over).
    build(recs) {
      const packed = recs.map((r) => `${r.id}\x1f${r.title}\x1f${r.text}\x1e`).join('');
      this.info = dossierBuild(packed);
    },
    search(q) { const r = dossierSearch(q, 10); return { ids: r.ids, matched: r.matched }; },
    mem() { const m = dossierMem(); return { goHeap: m.heapAlloc, wasmMemory: wasmMem.buffer.byteLength }; },
    free() { dossierFree(); },
  },
  ...['OR', 'AND'].map((combineWith) => ({
    name: `MiniSearch 7 (${combineWith})`,
    config: `fields title+text, prefix: true, fuzzy: 0.2, boost title 2, combineWith ${combineWith}`,
    build(recs) {
      this.ms = new MiniSearch({
        fields: ['title', 'text'],
        storeFields: ['title'],
        searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 }, combineWith },
      });
      this.ms.addAll(recs);
    },
    search(q) { const r = this.ms.search(q); return { ids: r.slice(0, 10).map((x) => x.id), matched: r.length }; },
    free() { this.ms = null; },
  })),
  {
    name: 'Fuse.js 7',
    config: 'keys title (weight 2) + text, default threshold 0.6, ignoreLocation: true',
    budget: FUSE_BUDGET_MS,
    build(recs) {
      this.fuse = new Fuse(recs, { keys: [{ name: 'title', weight: 2 }, 'text'], ignoreLocation: true });
    },
    search(q) { const r = this.fuse.search(q); return { ids: r.slice(0, 10).map((x) => x.item.id), matched: r.length }; },
    free() { this.fuse = null; },
  },
];

async function run() {
  status('loading wasm');
  const wasmMem = await loadGo();
  status('loading corpora');
  const bbc = parseJSONL(await (await fetch('/corpus/bbc.jsonl')).text());
  const reuters = parseJSONL(await (await fetch('/corpus/reuters21578-10k.jsonl')).text());
  const all = bbc.concat(reuters);
  const judged = await (await fetch('/judged.json')).json();
  const keys = dossierKeystrokes();
  const res = { docs: all.length, bbcDocs: bbc.length, keystrokes: keys.length, judgedQueries: judged.queries.length, engines: [] };
  const only = new URLSearchParams(location.search).get('only');
  for (const e of engines(wasmMem)) {
    if (only && !e.name.toLowerCase().startsWith(only)) continue;
    const r = { name: e.name, config: e.config };
    res.engines.push(r);
    // 1. Build on the whole corpus.
    status(`${e.name}: build`);
    await tick();
    const h0 = heap();
    let t = performance.now();
    e.build(all);
    r.buildMs = performance.now() - t;
    if (e.info) { r.convertMs = e.info.convertMs; r.indexMs = e.info.indexMs; r.terms = e.info.terms; }
    // A second build shows the cost once the engine's code is optimised
    // (V8 compiles wasm with a baseline compiler first and tiers up later).
    e.free();
    await tick();
    t = performance.now();
    e.build(all);
    r.rebuildMs = performance.now() - t;
    if (e.info) { r.reindexMs = e.info.indexMs; }
    r.jsHeapDelta = heap() - h0;
    if (e.mem) Object.assign(r, e.mem());
    // 2. Type the scripted queries one keystroke at a time.
    status(`${e.name}: keystrokes`);
    const times = [];
    let hits = 0;
    const start = performance.now();
    for (let i = 0; i < keys.length; i++) {
      if (e.budget && performance.now() - start > e.budget) break;
      t = performance.now();
      const out = e.search(keys[i]);
      times.push(performance.now() - t);
      hits += out.matched;
      if (i % 25 === 0) await tick();
    }
    times.sort((a, b) => a - b);
    r.keystrokesRun = times.length;
    r.p50 = pct(times, 0.5);
    r.p95 = pct(times, 0.95);
    r.max = times[times.length - 1];
    r.meanMatched = hits / Math.max(1, times.length);
    const finals = ['liason offise', 'pyongyng', 'tony blair election', 'goverment'];
    r.samples = Object.fromEntries(finals.map((q) => [q, e.search(q).matched]));
    e.free();
    await tick();
    // 3. Precision@10 on the judged BBC queries, over a BBC-only index.
    status(`${e.name}: judged queries`);
    e.build(bbc);
    let sum = 0;
    let n = 0;
    r.perQuery = {};
    const pstart = performance.now();
    for (const jq of judged.queries) {
      if (e.budget && performance.now() - pstart > e.budget) { r.pAt10Partial = true; break; }
      const rel = new Set(jq.relevant);
      const got = e.search(jq.q).ids.slice(0, 10);
      const p = got.filter((id) => rel.has(id)).length / 10;
      r.perQuery[jq.q] = p;
      sum += p;
      n++;
      await tick();
    }
    r.pAt10 = sum / Math.max(1, n);
    r.pAt10Queries = n;
    e.free();
    await tick();
  }
  return res;
}

run().then((res) => {
  globalThis.benchResult = JSON.stringify(res);
  document.getElementById('out').textContent = JSON.stringify(res, null, 1);
  status('done');
}).catch((err) => {
  globalThis.benchError = String(err && err.stack || err);
  status('error: ' + globalThis.benchError);
});
