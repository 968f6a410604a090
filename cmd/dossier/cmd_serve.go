//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func init() {
	register(command{name: "serve", summary: "serve the dossier on a local address", run: runServe})
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	articles := fs.String("articles", "testdata", "folder of articles (.txt, .md, .html), read recursively")
	web := fs.String("web", "", "folder of the app's static files (app.wasm, CSS, icons); default: those built into this binary, else ./web")
	cache := cacheFlag(fs)
	prebuilt := prebuiltFlag(fs)
	baseURL := fs.String("base-url", "", "public address of the site, e.g. https://example.org/dossier/, for link previews (og:url, og:image); without it they are left out")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	public, err := baseURLOf(*baseURL)
	if err != nil {
		fmt.Fprintln(stderr, "dossier serve:", err)
		return 2
	}
	s, err := openSite(*web, *articles, "", stderr, siteOptions{cache: cache.of(*articles, stderr), workers: serveWorkers(), noPrebuilt: !*prebuilt})
	if err != nil {
		fmt.Fprintln(stderr, "dossier serve:", err)
		return 1
	}
	s.baseURL = public
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "dossier serve:", err)
		return 1
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "Serving %d articles from %s on http://%s (version %s). Ctrl-C stops.\n",
		len(s.bundle.Articles), *articles, ln.Addr(), s.version)
	go func() {
		// The pages say how much is ready until then (startProcessing).
		s.proc.wait()
		fmt.Fprintf(stdout, "Processed %d articles in %.1f s (%d from the cache).\n", s.proc.total, s.proc.took.Seconds(), s.proc.fromCache)
	}()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "dossier serve:", err)
		return 1
	}
	return 0
}

// serveWorkers is how many articles serve processes at once: all
// processors but one, which stays free to answer, and for the browser
// that often runs on the same machine and processes the articles itself.
func serveWorkers() int { return max(1, runtime.GOMAXPROCS(0)-1) }
