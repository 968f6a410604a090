//go:build !wasm

package browsertest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axeSource reads axe-core, installed by `npm ci` in this package's folder.
func axeSource(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(file), "node_modules", "axe-core", "axe.min.js")
	data, err := os.ReadFile(path)
	if err != nil {
		msg := "axe-core missing: run 'npm ci --prefix app/browsertest' (.ci/run does)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return string(data)
}

// Violation is one accessibility rule axe-core found broken.
type Violation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// String renders the violation with the elements it names.
func (v Violation) String() string {
	var sb strings.Builder
	sb.WriteString(v.ID + ": " + v.Help)
	for i, n := range v.Nodes {
		if i == 5 {
			sb.WriteString("\n    …")
			break
		}
		tb, _ := json.Marshal(n.Target)
		sb.WriteString("\n    " + string(tb) + " " + strings.ReplaceAll(n.Summary, "\n", " "))
	}
	return sb.String()
}

// Axe injects axe-core into the page and returns its WCAG 2 A/AA violations.
func Axe(t testing.TB, ctx context.Context) []Violation {
	t.Helper()
	src := axeSource(t)
	Eval[bool](t, ctx, src+";true")
	raw := Eval[string](t, ctx, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}).then(r => JSON.stringify(r.violations))`)
	var vs []Violation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		t.Fatalf("axe result: %v", err)
	}
	return vs
}

// ColorScheme emulates prefers-color-scheme ("light" or "dark").
func ColorScheme(t testing.TB, ctx context.Context, scheme string) {
	t.Helper()
	Run(t, ctx, 10*time.Second, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return err
	}))
}
