//go:build browserbench

package browserbench

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dossierapp/dossier/app/search/internal/benchdata"
)

// chromium is Debian's Chromium.
const chromium = "/usr/bin/chromium"

// engineResult is one engine's figures, as bench.js reports them.
type engineResult struct {
	Name          string             `json:"name"`
	Config        string             `json:"config"`
	BuildMs       float64            `json:"buildMs"`
	ConvertMs     float64            `json:"convertMs"`
	IndexMs       float64            `json:"indexMs"`
	RebuildMs     float64            `json:"rebuildMs"`
	ReindexMs     float64            `json:"reindexMs"`
	Terms         int                `json:"terms"`
	JSHeapDelta   float64            `json:"jsHeapDelta"`
	GoHeap        float64            `json:"goHeap"`
	WasmMemory    float64            `json:"wasmMemory"`
	KeystrokesRun int                `json:"keystrokesRun"`
	P50           float64            `json:"p50"`
	P95           float64            `json:"p95"`
	Max           float64            `json:"max"`
	MeanMatched   float64            `json:"meanMatched"`
	Samples       map[string]int     `json:"samples"`
	PAt10         float64            `json:"pAt10"`
	PAt10Queries  int                `json:"pAt10Queries"`
	PerQuery      map[string]float64 `json:"perQuery"`
}

// result is the whole run.
type result struct {
	Docs          int            `json:"docs"`
	BBCDocs       int            `json:"bbcDocs"`
	Keystrokes    int            `json:"keystrokes"`
	JudgedQueries int            `json:"judgedQueries"`
	Engines       []engineResult `json:"engines"`
}

func TestBrowserBench(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s missing", chromium)
		}
		t.Skipf("%s missing", chromium)
	}
	corpora := benchdata.Dir()
	if corpora == "" {
		t.Skip("corpora not found: set DOSSIER_CORPORA or provide ../shared/corpora")
	}
	if _, err := os.Stat("node_modules/minisearch"); err != nil {
		t.Skip("node_modules missing: run `npm install --no-audit --no-fund` in app/search/internal/browserbench")
	}
	tmp := t.TempDir()
	wasm := filepath.Join(tmp, "bench.wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "./wasm")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the wasm: %v\n%s", err, out)
	}
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	goroot := strings.TrimSpace(string(out))

	mux := http.NewServeMux()
	file := func(path, name string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { http.ServeFile(w, r, name) })
	}
	file("/{$}", "index.html")
	file("/bench.js", "bench.js")
	file("/bench.wasm", wasm)
	file("/wasm_exec.js", filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
	file("/judged.json", "../../../../testdata/search/bbc_judged.json")
	mux.Handle("/node_modules/", http.StripPrefix("/node_modules/", http.FileServer(http.Dir("node_modules"))))
	mux.Handle("/corpus/", http.StripPrefix("/corpus/", http.FileServer(http.Dir(corpora))))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(tmp, "profile")),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	url := "http://" + ln.Addr().String() + "/"
	if only := os.Getenv("DOSSIER_BENCH_ONLY"); only != "" {
		url += "?only=" + only // e.g. "dossier", "minisearch", "fuse"
	}
	if _, err := chromedp.Run(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	pctx, pcancel := context.WithTimeout(ctx, 15*time.Minute)
	defer pcancel()
	if _, err := chromedp.Run(pctx, chromedp.Poll[bool](`!!(globalThis.benchResult || globalThis.benchError)`,
		chromedp.WithPollingInterval(time.Second), chromedp.WithPollingTimeout(15*time.Minute))); err != nil {
		t.Fatal(err)
	}
	if msg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`globalThis.benchError || ""`)); err != nil || msg != "" {
		t.Fatalf("benchmark page failed: %v %s", err, msg)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`globalThis.benchResult`))
	if err != nil {
		t.Fatal(err)
	}
	var res result
	if err := json.Unmarshal([]byte(raw), &res); err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("DOSSIER_BENCH_JSON"); out != "" {
		os.WriteFile(out, []byte(raw), 0o644)
	}
	printTable(os.Stdout, res)

	if len(res.Engines) == 0 {
		t.Fatal("no engine ran")
	}
	ours := res.Engines[0]
	if ours.P95 > 16 || ours.P50 > 5 {
		t.Errorf("dossier per-keystroke p50 %.2f ms, p95 %.2f ms: want ≤ 5 and ≤ 16", ours.P50, ours.P95)
	}
	// "Index ready ≤ 1 s after the corpus is loaded": the Go-side Build,
	// from documents in memory to a searchable index.
	if ours.IndexMs > 1000 {
		t.Errorf("dossier index build %.0f ms: want ≤ 1000", ours.IndexMs)
	}
	for _, e := range res.Engines[1:] {
		if strings.HasPrefix(e.Name, "MiniSearch") {
			if ours.P95 >= e.P95 {
				t.Errorf("dossier p95 %.2f ms not ahead of %s (%.2f ms)", ours.P95, e.Name, e.P95)
			}
			if ours.PAt10 < e.PAt10 {
				t.Errorf("dossier P@10 %.3f below %s (%.3f)", ours.PAt10, e.Name, e.PAt10)
			}
		}
	}
}

// printTable prints the comparison.
func printTable(w *os.File, res result) {
	fmt.Fprintf(w, "\nIn-browser search benchmark: %d articles (BBC + Reuters), %d keystrokes; P@10 over %d judged queries on BBC (%d articles)\n\n",
		res.Docs, res.Keystrokes, res.JudgedQueries, res.BBCDocs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "engine\tbuild ms\t2nd build ms\tp50 ms\tp95 ms\tmax ms\tkeys\tmean matched\tmemory MB\tP@10\t")
	for _, e := range res.Engines {
		mem := fmt.Sprintf("~%.0f (JS heap)", e.JSHeapDelta/1e6)
		build, rebuild := e.BuildMs, e.RebuildMs
		if e.GoHeap > 0 {
			mem = fmt.Sprintf("%.0f (Go heap; wasm mem %.0f)", e.GoHeap/1e6, e.WasmMemory/1e6)
			build, rebuild = e.IndexMs, e.ReindexMs
		}
		p := fmt.Sprintf("%.3f", e.PAt10)
		if e.PAt10Queries < res.JudgedQueries {
			p += fmt.Sprintf(" (%d q)", e.PAt10Queries)
		}
		fmt.Fprintf(tw, "%s\t%.0f\t%.0f\t%.2f\t%.2f\t%.1f\t%d\t%.0f\t%s\t%s\t\n",
			e.Name, build, rebuild, e.P50, e.P95, e.Max, e.KeystrokesRun, e.MeanMatched, mem, p)
	}
	tw.Flush()
	fmt.Fprintln(w)
	for _, e := range res.Engines {
		fmt.Fprintf(w, "%s: %s; final-query matches %v\n", e.Name, e.Config, e.Samples)
		if e.IndexMs > 0 {
			fmt.Fprintf(w, "  build ms = Go's search.Build (%d terms); handing the records from JS to Go and splitting paragraphs took another %.0f ms (%.0f ms the second time)\n",
				e.Terms, e.ConvertMs, e.RebuildMs-e.ReindexMs)
		}
	}
	fmt.Fprintln(w, "\nP@10 per query:")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "query")
	for _, e := range res.Engines {
		fmt.Fprintf(tw, "\t%s", e.Name)
	}
	fmt.Fprintln(tw)
	var qs []string
	for q := range res.Engines[0].PerQuery {
		qs = append(qs, q)
	}
	sortStrings(qs)
	for _, q := range qs {
		fmt.Fprint(tw, q)
		for _, e := range res.Engines {
			if v, ok := e.PerQuery[q]; ok {
				fmt.Fprintf(tw, "\t%.1f", v)
			} else {
				fmt.Fprint(tw, "\t-")
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
