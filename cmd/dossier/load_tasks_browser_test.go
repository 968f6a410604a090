//go:build !wasm

package main

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// markTasksJS numbers the page's tasks that make performance marks and
// records, in window.dossierMarkTask, the task of each phase mark
// (ui.markPhase): a task ends when the JavaScript stack empties, which is
// when the microtask queued at its first mark runs, so marks made in one
// stretch of the page's thread share a number whatever the machine's load.
const markTasksJS = `window.dossierMarkTask = {};
(() => {
	let task = 0, open = false;
	const mark = performance.mark.bind(performance);
	performance.mark = (name, opts) => {
		if (!open) { open = true; task++; queueMicrotask(() => { open = false; }); }
		if (name.startsWith("dossier:")) window.dossierMarkTask[name.slice(8)] = task;
		return mark(name, opts);
	};
})();`

// TestBrowserLoadStepsInTasks checks that the steps between the worker's
// answer and the first render (ui.LoadBundled) each run in a task of their
// own: with the 10,000 Reuters stories they held the page's thread in one
// task of ~350 ms.
func TestBrowserLoadStepsInTasks(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	addScript(t, ctx, markTasksJS)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	waitTimeline(t, ctx)
	var tasks map[string]int
	if err := json.Unmarshal([]byte(chrome.Eval[string](t, ctx, `JSON.stringify(window.dossierMarkTask)`)), &tasks); err != nil {
		t.Fatal(err)
	}
	steps := []string{"first-docs", "copy-keys-warm", "set-bundled", "templates-applied", "prebuilt"}
	for i, name := range steps {
		if _, ok := tasks[name]; !ok {
			t.Fatalf("no mark %q: %v", name, tasks)
		}
		if i > 0 && tasks[name] == tasks[steps[i-1]] {
			t.Errorf("%s and %s ran in one task (%d): %v", steps[i-1], name, tasks[name], tasks)
		}
	}
}
