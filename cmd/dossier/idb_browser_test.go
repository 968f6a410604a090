//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// idbTestMain is the tiny wasm program the IndexedDB tests run: app/libdb's
// self-test hook (app/libdb/libdbtest) and nothing else. It is added to
// the build through an overlay, so no file of it exists in the repository.
const idbTestMain = `package main

import (
	"github.com/dossierapp/dossier/app/libdb/libdbtest"
)

func main() {
	libdbtest.RegisterIDBSelfTest()
	select {}
}
`

const idbTestPage = `<!doctype html>
<meta charset="utf-8"><title>idb</title>
<script src="/wasm_exec.js"></script>
<script>
const go = new Go();
WebAssembly.instantiateStreaming(fetch("/idb.wasm"), go.importObject).then(r => go.run(r.instance));
</script>`

// buildIDBTestWasm builds idbTestMain for the browser into a temp folder
// and returns a handler serving it with a page that runs it.
func buildIDBTestWasm(t *testing.T) http.Handler {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mainGo := filepath.Join(dir, "main.go")
	if err := os.WriteFile(mainGo, []byte(idbTestMain), 0o644); err != nil {
		t.Fatal(err)
	}
	overlay, _ := json.Marshal(map[string]any{"Replace": map[string]string{
		filepath.Join(root, "cmd", "idbselftest", "main.go"): mainGo,
	}})
	if err := os.WriteFile(filepath.Join(dir, "overlay.json"), overlay, 0o644); err != nil {
		t.Fatal(err)
	}
	wasm := filepath.Join(dir, "idb.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-overlay", filepath.Join(dir, "overlay.json"), "-o", wasm, "./cmd/idbselftest")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the IndexedDB test wasm: %v\n%s", err, out)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	execJS := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js")
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, idbTestPage)
	})
	mux.HandleFunc("/wasm_exec.js", func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, execJS) })
	mux.HandleFunc("/idb.wasm", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/wasm")
		http.ServeFile(w, r, wasm)
	})
	return mux
}

// idb runs a self-test command in the tab and returns its answer.
func idb(t *testing.T, ctx context.Context, cmd string) string {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	out, err := chromedp.Run(tctx, chromedp.Evaluate[string](fmt.Sprintf("window.dossierIDBTest(%q)", cmd), chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("dossierIDBTest(%q): %v", cmd, err)
	}
	return out
}

func openIDBTestTab(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	chrome.Run(t, ctx, 30*time.Second, chromedp.Navigate(url))
	chrome.WaitFor(t, ctx, 30*time.Second, `typeof window.dossierIDBTest === "function"`, `document.body.innerText`)
}

// newTab opens a second tab in the browser of ctx. Its first action runs
// without a timeout: chromedp ties a tab's life to the context of its first
// action.
func newTab(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	ctx2, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx2); err != nil {
		t.Fatalf("opening a second tab: %v", err)
	}
	return ctx2
}

func idbIDs(t *testing.T, ctx context.Context) []string {
	t.Helper()
	out := idb(t, ctx, "ids")
	var ids []string
	if err := json.Unmarshal([]byte(out), &ids); err != nil {
		t.Fatalf("ids: %q", out)
	}
	sort.Strings(ids)
	return ids
}

func setQuota(t *testing.T, ctx context.Context, origin string, quota *float64) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err := chromedp.Run(tctx, func(ctx context.Context, tg *chromedp.Target) (cdp.Empty, error) {
		return cdp.Call(ctx, tg, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin, QuotaSize: quota})
	})
	if err != nil {
		t.Fatalf("overriding the storage quota: %v", err)
	}
}

// TestBrowserIndexedDB drives app/ui's IndexedDB library (idb.go) in
// Chromium: a lossless round trip, a snapshot that goes stale on every
// write, the bundled articles' values kept answered only for the same
// articles and pipeline, a real quota failure that loses
// nothing, two tabs writing at once, and a newer version in another tab.
func TestBrowserIndexedDB(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	h := buildIDBTestWasm(t)
	srv := startServer(t, h)
	ctx := chrome.Start(t)
	openIDBTestTab(t, ctx, srv.URL+"/")

	if out := idb(t, ctx, "roundtrip"); out != "ok" {
		t.Fatalf("round trip: %s", out)
	}
	if out := idb(t, ctx, "snapshot"); out != "ok" {
		t.Fatalf("snapshot: %s", out)
	}
	if out := idb(t, ctx, "bundle"); out != "ok" {
		t.Fatalf("bundle: %s", out)
	}

	// Quota: with the quota lowered to what is used plus 2 MB, a 4 MB
	// import fails clearly and the entries stored before are all there.
	if out := idb(t, ctx, "put keep 3"); out != "ok" {
		t.Fatal(out)
	}
	before := idbIDs(t, ctx)
	if len(before) != 3 {
		t.Fatalf("ids = %v", before)
	}
	var usage, quota int64
	fmt.Sscan(idb(t, ctx, "estimate"), &usage, &quota)
	q := float64(usage + 2<<20)
	setQuota(t, ctx, srv.URL, &q)
	var u2, q2 int64
	fmt.Sscan(idb(t, ctx, "estimate"), &u2, &q2)
	if q2 == int64(q) {
		// The browser honours the override: a real quota failure.
		out := idb(t, ctx, "big 4")
		checkQuotaFailure(t, ctx, "a 4 MB write over a real quota", out, before)
		setQuota(t, ctx, srv.URL, nil)
		if out := idb(t, ctx, "big 4"); out != "ok" {
			t.Errorf("with the quota restored, the same write answered %q", out)
		}
	} else {
		t.Logf("this Chromium ignores Storage.overrideQuotaForOrigin (quota %d after the override): only the simulated quota failure runs", q2)
	}
	// Simulated: IndexedDB throws QuotaExceededError on the third put of a
	// four-entry write, as Chromium does when the disk fills mid-way.
	chrome.Eval[bool](t, ctx, `(() => {
		const put = IDBObjectStore.prototype.put; let n = 0;
		IDBObjectStore.prototype.put = function (...a) {
			if (++n === 3) { IDBObjectStore.prototype.put = put; throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); }
			return put.apply(this, a);
		};
		return true;
	})()`)
	checkQuotaFailure(t, ctx, "a write failing with QuotaExceededError", idb(t, ctx, "big 4"), before)
	if out := idb(t, ctx, "reset"); out != "ok" {
		t.Fatal(out)
	}

	// Two tabs write at once; both see everything, each hears of the other's
	// changes.
	ctx2 := newTab(t, ctx)
	openIDBTestTab(t, ctx2, srv.URL+"/")
	idb(t, ctx, "watch")
	idb(t, ctx2, "watch")
	var wg sync.WaitGroup
	outs := make([]string, 2)
	for i, c := range []context.Context{ctx, ctx2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tctx, cancel := context.WithTimeout(c, 60*time.Second)
			defer cancel()
			outs[i], _ = chromedp.Run(tctx, chromedp.Evaluate[string](fmt.Sprintf("window.dossierIDBTest('put tab%d 40')", i+1), chromedp.EvalAwaitPromise))
		}()
	}
	wg.Wait()
	if outs[0] != "ok" || outs[1] != "ok" {
		t.Fatalf("concurrent puts: %q", outs)
	}
	ids1, ids2 := idbIDs(t, ctx), idbIDs(t, ctx2)
	if len(ids1) != 80 || strings.Join(ids1, " ") != strings.Join(ids2, " ") {
		t.Errorf("after concurrent writes: tab 1 sees %d entries, tab 2 sees %d (want 80 in both)", len(ids1), len(ids2))
	}
	chrome.WaitFor(t, ctx2, 10*time.Second, `window.dossierIDBTest("changes").then(n => +n >= 40)`, ``)
	chrome.WaitFor(t, ctx, 10*time.Second, `window.dossierIDBTest("changes").then(n => +n >= 40)`, ``)

	// A newer version opened in another tab is not blocked: both tabs close
	// their connection and say to reload.
	opened := chrome.Eval[string](t, ctx, `new Promise(res => {
		const q = indexedDB.open("dossier", 3); // libdb is at version 2
		q.onsuccess = () => { q.result.close(); res("opened"); };
		q.onblocked = () => res("blocked");
		q.onerror = () => res("error " + q.error);
	})`)
	if opened != "opened" {
		t.Errorf("opening version 3 in another tab: %s", opened)
	}
	for i, c := range []context.Context{ctx, ctx2} {
		if out := idb(t, c, "all"); !strings.Contains(out, "reload this page") {
			t.Errorf("tab %d after the upgrade: %q", i+1, out)
		}
	}
}

func checkQuotaFailure(t *testing.T, ctx context.Context, what, out string, before []string) {
	t.Helper()
	if !strings.HasPrefix(out, "quota: storage is full: ") || !strings.HasSuffix(out, " MB; nothing was changed") {
		t.Errorf("%s answered %q", what, out)
	}
	t.Logf("%s: %s", what, out)
	if after := idbIDs(t, ctx); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("after %s the library holds %v, want %v", what, after, before)
	}
}

// TestBrowserIndexedDBSemantics checks, in plain JavaScript, the IndexedDB
// behaviour idb.go relies on: an aborted transaction leaves earlier data
// alone, a failing request aborts its whole transaction, and writes from two
// tabs do not interleave within a transaction.
func TestBrowserIndexedDBSemantics(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	srv := startServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<!doctype html><title>idb</title>")
	}))
	ctx := chrome.Start(t)
	chrome.Run(t, ctx, 30*time.Second, chromedp.Navigate(srv.URL+"/"))
	const helpers = `
	const open = () => new Promise((res, rej) => {
		const q = indexedDB.open("semantics", 1);
		q.onupgradeneeded = () => q.result.createObjectStore("s", {keyPath: "id"});
		q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error);
	});
	const done = tx => new Promise(res => { tx.oncomplete = () => res("complete"); tx.onabort = () => res("abort " + (tx.error ? tx.error.name : "")); });
	const all = db => new Promise(res => { const q = db.transaction("s").objectStore("s").getAll(); q.onsuccess = () => res(q.result.map(r => r.id).sort().join(",")); });
	`
	got := chrome.Eval[string](t, ctx, `(async () => {`+helpers+`
		const db = await open();
		let tx = db.transaction("s", "readwrite");
		tx.objectStore("s").put({id: "a"}); tx.objectStore("s").put({id: "b"});
		await done(tx);
		// Puts then an abort: nothing of it stays.
		tx = db.transaction("s", "readwrite");
		tx.objectStore("s").put({id: "c"}); tx.objectStore("s").delete("a");
		tx.abort();
		const r1 = await done(tx);
		// A failing request (add of an existing key) aborts the others too.
		tx = db.transaction("s", "readwrite");
		tx.objectStore("s").put({id: "d"}); tx.objectStore("s").add({id: "b"});
		const r2 = await done(tx);
		return [r1, r2, await all(db)].join(" | ");
	})()`)
	if want := "abort  | abort ConstraintError | a,b"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}

	// Two tabs each write 50 two-record transactions at once; every record
	// arrives and each transaction's pair is whole.
	ctx2 := newTab(t, ctx)
	chrome.Run(t, ctx2, 30*time.Second, chromedp.Navigate(srv.URL+"/"))
	writer := func(tab string) string {
		return `(async () => {` + helpers + `
			const db = await open();
			const ps = [];
			for (let i = 0; i < 50; i++) {
				const tx = db.transaction("s", "readwrite");
				tx.objectStore("s").put({id: "` + tab + `-" + i + "-x"});
				tx.objectStore("s").put({id: "` + tab + `-" + i + "-y"});
				ps.push(done(tx));
			}
			const rs = await Promise.all(ps);
			return rs.filter(r => r !== "complete").length;
		})()`
	}
	var wg sync.WaitGroup
	fails := make([]int, 2)
	for i, c := range []context.Context{ctx, ctx2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tctx, cancel := context.WithTimeout(c, 30*time.Second)
			defer cancel()
			n, err := chromedp.Run(tctx, chromedp.Evaluate[int](writer(fmt.Sprintf("t%d", i+1)), chromedp.EvalAwaitPromise))
			if err != nil {
				t.Errorf("tab %d: %v", i+1, err)
				n = -1
			}
			fails[i] = n
		}()
	}
	wg.Wait()
	if fails[0] != 0 || fails[1] != 0 {
		t.Errorf("failed transactions per tab: %v", fails)
	}
	n := chrome.Eval[int](t, ctx2, `(async () => {`+helpers+` const db = await open(); return (await all(db)).split(",").length; })()`)
	if n != 2+200 {
		t.Errorf("after two tabs wrote: %d records, want 202", n)
	}
}
