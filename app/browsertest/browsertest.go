//go:build !wasm

// Package browsertest starts Debian's headless Chromium for the browser tests, with
// the flags this closed network needs, a fresh profile, and helpers for
// screenshots and waiting on page state.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Path finds the Chromium binary: $CHROMIUM, then the usual names on PATH.
func Path() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Flags are the command-line flags every test browser gets. Without the
// background-networking ones Chromium floods this closed network.
var Flags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
}

// Start launches a fresh headless Chromium (new --user-data-dir) and returns a
// chromedp context for one tab. Without Chromium the test is skipped, except
// when CI=true, where it fails. The browser stops when the test ends.
func Start(t testing.TB) context.Context {
	t.Helper()
	bin := Path()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("Chromium not found (install Debian's chromium: apt-get install -y chromium); browser tests must run in CI")
		}
		t.Skip("Chromium not found; install Debian's chromium to run the browser tests")
	}
	// A browser that fails to start (it happens now and then on a loaded
	// machine: the process exits before its DevTools endpoint is up) is
	// started again with a fresh profile, at most three times in all.
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		var ctx context.Context
		if ctx, err = launch(t, bin); err == nil {
			return ctx
		}
		t.Logf("starting Chromium %s, attempt %d: %v", bin, attempt, err)
	}
	t.Fatalf("starting Chromium %s: %v", bin, err)
	return nil
}

// launch starts one browser with a fresh --user-data-dir; it is stopped when
// the test ends, or at once if it did not start.
func launch(t testing.TB, bin string) (context.Context, error) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	for _, f := range Flags {
		opts = append(opts, chromedp.Flag(strings.TrimPrefix(f, "--"), true))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	// Start the browser now, on a context without deadline.
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		cancelAlloc()
		return nil, err
	}
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	return ctx, nil
}

// Run runs the actions with a timeout, failing the test on error. Actions
// that found their node just as the page rendered it again (a list redrawn
// by a message from the worker) run again: the node they found is gone,
// and what they did to it (a click) did not happen.
func Run(t testing.TB, ctx context.Context, timeout time.Duration, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		err := chromedp.Do(tctx, steps...)
		if err == nil {
			return
		}
		if !nodeLost(err) || tctx.Err() != nil {
			t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// nodeLost reports whether err says a node an action had found left the
// page before the action reached it.
func nodeLost(err error) bool {
	m := err.Error()
	return strings.Contains(m, "Could not find node with given id") || strings.Contains(m, "No node with given id found")
}

// Eval evaluates a JavaScript expression (awaiting promises) and returns its
// value, failing the test on error.
func Eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// WaitFor polls a JavaScript predicate until it is true, failing the test with
// what describe() returns when it does not become true within timeout.
func WaitFor(t testing.TB, ctx context.Context, timeout time.Duration, predicate, describe string) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var err error
	for {
		_, err = chromedp.Run(tctx, chromedp.Poll[bool](predicate, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
		// A navigation while polling (the service worker taking over and
		// reloading the page) destroys the context the poll ran in: poll
		// again in the new one until the timeout.
		if err == nil || tctx.Err() != nil || !contextLost(err) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		state := ""
		if describe != "" {
			state, _ = chromedp.Run(ctx, chromedp.Evaluate[string](describe))
		}
		t.Fatalf("waiting for %s: %v\npage state: %s", predicate, err, state)
	}
}

// ShotsDir is where screenshots go: $DOSSIER_SHOTS or /tmp/dossier-shots.
func ShotsDir() string {
	if d := os.Getenv("DOSSIER_SHOTS"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "dossier-shots")
}

// Screenshot saves a full-page PNG named name.png in ShotsDir and returns its path.
func Screenshot(t testing.TB, ctx context.Context, name string) string {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := ShotsDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	return path
}

// Viewport sets the window size, e.g. 390×844 for a phone.
func Viewport(t testing.TB, ctx context.Context, w, h int64, mobile bool) {
	t.Helper()
	var opts []chromedp.EmulateViewportOption
	if mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateScale(2))
	}
	Run(t, ctx, 10*time.Second, chromedp.EmulateViewport(w, h, opts...))
}

// Describe formats a value for failure messages.
func Describe(v any) string { return fmt.Sprintf("%+v", v) }

// contextLost reports whether err says the page's JavaScript context went
// away under a call (the page navigated).
func contextLost(err error) bool {
	m := err.Error()
	return strings.Contains(m, "Cannot find context with specified id") || strings.Contains(m, "Execution context was destroyed") ||
		strings.Contains(m, "Inspected target navigated or closed")
}
