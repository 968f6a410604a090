//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// traceEvent is one event of a Chrome trace (the fields the tests read).
type traceEvent struct {
	Name string  `json:"name"`
	Cat  string  `json:"cat"`
	Ph   string  `json:"ph"`
	Pid  int     `json:"pid"`
	Tid  int     `json:"tid"`
	Ts   float64 `json:"ts"`  // µs
	Dur  float64 `json:"dur"` // µs, for complete events
}

// traceBrowser records a Chrome trace of the given categories while visit
// runs, and returns its events as JSON (the form Chrome's DevTools and
// Perfetto open: "[" + strings.Join(raw, ",") + "]").
func traceBrowser(t testing.TB, ctx context.Context, cats []string, visit func()) (raw []string) {
	t.Helper()
	var mu sync.Mutex
	done := make(chan struct{})
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if err := chromedp.Listen(lctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				raw = append(raw, string(v))
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	}); err != nil {
		t.Fatal(err)
	}
	call := func(f func(ctx context.Context, tg *chromedp.Target) error) {
		chrome.Run(t, ctx, 30*time.Second, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			return chromedp.Void{}, f(ctx, tg)
		})
	}
	call(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, tracing.Start, tracing.StartParams{
			TransferMode: tracing.StartTransferModeReportEvents,
			TraceConfig:  &tracing.TraceConfig{IncludedCategories: cats},
		})
		return err
	})
	visit()
	call(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, tracing.End, cdp.Empty{})
		return err
	})
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the trace did not complete")
	}
	mu.Lock()
	defer mu.Unlock()
	return append([]string(nil), raw...)
}

// traceEvents decodes the events of a trace (see traceBrowser).
func traceEvents(t testing.TB, raw []string) []traceEvent {
	t.Helper()
	var evs []traceEvent
	if err := json.Unmarshal([]byte("["+strings.Join(raw, ",")+"]"), &evs); err != nil {
		t.Fatal(err)
	}
	return evs
}
