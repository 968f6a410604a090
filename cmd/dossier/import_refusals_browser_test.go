//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// TestBrowserImportRefusals imports, through the file input, good files
// with a file too large, one in an unknown encoding, one that is no
// article and one already imported, then pasted text and a dropped file:
// the page names each refused file and the duplicate, and counts the rest. Then it cancels a
// long import: what was stored before the cancel stays, and is counted.
func TestBrowserImportRefusals(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	main := `document.querySelector("main").innerText`
	status := `document.querySelector("#import-status").innerText`
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/import"))
	chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && document.querySelector("#import-files") !== null`, main)

	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ferry := "Ferry service resumes across the strait\n\nThe ferry across the Kerch strait resumed service after repairs to the pier, operators said.\n"
	first := []string{write("ferry.txt", []byte(ferry))}
	chrome.Run(t, ctx, 20*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-files"), first))
	chrome.WaitFor(t, ctx, 60*time.Second, `/Done: 1 imported/.test(`+status+`) && /\b1 imported article\b/.test(`+main+`)`, main)

	paths := []string{
		write("harvest.md", []byte("# Wheat harvest begins in Kherson\n\nFarmers near Kherson began the wheat harvest despite mines in the fields.\n")),
		write("huge.txt", []byte(strings.Repeat("The report runs on and on. ", (6<<20)/27+1))),
		write("garbage.txt", []byte("Caf\x81 \x8d\x8f\x90 \x9d au lait\n\nLe caf\x81 est \x8d bon.")),
		write("notes.pdf", []byte("%PDF-1.4 not an article")),
		write("ferry-again.txt", []byte(ferry)),
	}
	chrome.Run(t, ctx, 20*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-files"), paths))
	wants := []string{
		"huge.txt: file too large (limit 5.0 MB): 6.0 MB",
		"garbage.txt: text encoding not recognised (",
		"; save it as UTF-8",
		"notes.pdf: not an article file (.txt, .md, .markdown, .html, .htm or .mhtml)",
		"ferry-again.txt: already in your library",
	}
	all := `/Done: 1 imported/.test(` + status + `) && /\b2 imported articles/.test(` + main + `)`
	for _, w := range wants {
		all += ` && ` + status + `.includes(` + strconvQuote(w) + `)`
	}
	chrome.WaitFor(t, ctx, 60*time.Second, all, status)
	chrome.Screenshot(t, ctx, "import-refused")

	chrome.Eval[bool](t, ctx, `(() => { const a = document.querySelector("#import-paste"); a.value = "Floods in the valley\n\nThe river rose two metres overnight, the mayor said."; a.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
	chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS("#import-paste-add")))
	chrome.WaitFor(t, ctx, 60*time.Second, `/Done: 1 imported/.test(`+status+`) && /\b3 imported articles/.test(`+main+`) && `+main+`.includes("Floods in the valley")`, main)
	chrome.Screenshot(t, ctx, "import-refusals")

	// A file dropped on the drop zone.
	chrome.Eval[bool](t, ctx, `(() => {
		const dt = new DataTransfer();
		dt.items.add(new File(["# Dropped report on the dam\n\nThe dam held through the storm, engineers said.\n"], "dropped.md"));
		document.querySelector("#import-drop").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true;
	})()`)
	chrome.WaitFor(t, ctx, 60*time.Second, `/Done: 1 imported/.test(`+status+`) && `+importedCount+` === 4 && `+main+`.includes("dropped.md")`, main)

	// A long import, cancelled as soon as it shows its progress.
	var many []string
	for i := range 400 {
		many = append(many, write(fmt.Sprintf("dispatch-%03d.txt", i), []byte(fmt.Sprintf(
			"Dispatch number %d from the river port\n\nBarge %d reached the river port on Tuesday with grain, the harbour master said. "+
				"Loading took most of the day, and the crew of barge %d left again before dark.\n", i, i, i))))
	}
	chrome.Run(t, ctx, 60*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-files"), many))
	chrome.WaitFor(t, ctx, 60*time.Second, `document.querySelector("#import-cancel") !== null`, main)
	chrome.Screenshot(t, ctx, "import-progress")
	chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS("#import-cancel")))
	chrome.WaitFor(t, ctx, 60*time.Second, `/Cancelled: \d+ imported/.test(`+status+`)`, main)
	m := regexp.MustCompile(`Cancelled: (\d+) imported`).FindStringSubmatch(chrome.Eval[string](t, ctx, status))
	n, _ := strconv.Atoi(m[1])
	if n >= len(many) {
		t.Fatalf("cancelled after %d of %d: the cancel stopped nothing", n, len(many))
	}
	chrome.WaitFor(t, ctx, 30*time.Second, fmt.Sprintf(`%s === %d`, importedCount, 4+n), main)
	chrome.Screenshot(t, ctx, "import-cancelled")
	t.Logf("cancelled with %d of %d imported", n, len(many))
	chrome.Run(t, ctx, 60*time.Second, chromedp.Reload())
	chrome.WaitFor(t, ctx, 60*time.Second, fmt.Sprintf(`document.documentElement.dataset.dossierLibrary === "1" && %s === %d`, importedCount, 4+n), main)
}

// importedCount is how many imported articles the import page lists: those
// it shows ("N imported articles", a page of them) and those not shown yet.
const importedCount = `(() => {
	const t = document.querySelector("main").innerText;
	const shown = /(\d+) imported articles?\./.exec(t), more = /\((\d+) not shown\)/.exec(t);
	return (shown ? +shown[1] : 0) + (more ? +more[1] : 0);
})()`
