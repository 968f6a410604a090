//go:build js && wasm

// Command wasm exposes the search index to the benchmark page
// (../index.html): it is built with GOOS=js GOARCH=wasm by the browserbench
// test and never shipped.
//
// JavaScript functions it defines on globalThis:
//
//	dossierKeystrokes() → [string]            the scripted typing session
//	dossierBuild(packed) → {docs, terms, convertMs, indexMs}  index "id\x1ftitle\x1ftext\x1e"...
//	dossierSearch(q, limit) → {ids, titles, snippets, matched}
//	dossierMem() → {heapAlloc, heapSys}       after a GC
//	dossierFree()                             drop the index
package main

import (
	"runtime"
	"strings"
	"syscall/js"
	"time"

	"github.com/dossierapp/dossier/app/search"
	"github.com/dossierapp/dossier/app/search/internal/benchdata"
)

var ix *search.Index

func main() {
	g := js.Global()
	g.Set("dossierKeystrokes", js.FuncOf(func(js.Value, []js.Value) any {
		keys := benchdata.AllKeystrokes()
		out := make([]any, len(keys))
		for i, k := range keys {
			out[i] = k
		}
		return out
	}))
	g.Set("dossierBuild", js.FuncOf(func(_ js.Value, args []js.Value) any {
		// The records arrive as one string, "id\x1ftitle\x1ftext\x1e" per
		// record: one copy from JS instead of three calls per record.
		t0 := time.Now()
		all := args[0].String()
		var docs []search.Doc
		for len(all) > 0 {
			rec, rest, _ := strings.Cut(all, "\x1e")
			all = rest
			id, rec, _ := strings.Cut(rec, "\x1f")
			title, text, _ := strings.Cut(rec, "\x1f")
			docs = append(docs, benchdata.Doc(benchdata.Record{ID: id, Title: title, Text: text}))
		}
		t1 := time.Now()
		ix = search.Build(docs)
		t2 := time.Now()
		return map[string]any{"docs": ix.Len(), "terms": ix.Terms(),
			"convertMs": float64(t1.Sub(t0).Microseconds()) / 1000, "indexMs": float64(t2.Sub(t1).Microseconds()) / 1000}
	}))
	g.Set("dossierSearch", js.FuncOf(func(_ js.Value, args []js.Value) any {
		hits, matched := ix.SearchCount(args[0].String(), search.Options{Limit: args[1].Int()})
		ids := make([]any, len(hits))
		titles := make([]any, len(hits))
		snippets := make([]any, len(hits))
		for i, h := range hits {
			ids[i], titles[i], snippets[i] = h.ID, h.Title, h.Snippet
		}
		return map[string]any{"ids": ids, "titles": titles, "snippets": snippets, "matched": matched}
	}))
	g.Set("dossierMem", js.FuncOf(func(js.Value, []js.Value) any {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return map[string]any{"heapAlloc": float64(m.HeapAlloc), "heapSys": float64(m.HeapSys)}
	}))
	g.Set("dossierFree", js.FuncOf(func(js.Value, []js.Value) any {
		ix = nil
		runtime.GC()
		return nil
	}))
	g.Set("dossierReady", true)
	select {}
}
