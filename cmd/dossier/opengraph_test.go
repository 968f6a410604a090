//go:build !wasm

package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func getPage(t *testing.T, h http.Handler, path string) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d", path, rec.Code)
	}
	return rec.Body.String()
}

// TestOpenGraph: without a public address the pages carry no og:url nor
// og:image (go-app would write the bare "https://"); with --base-url both
// are absolute URLs under it, in served and in built pages.
func TestOpenGraph(t *testing.T) {
	s := newTestSite(t, "")
	for _, p := range []string{"/", "/a/" + seedID, "/timeline"} {
		page := getPage(t, s, p)
		if strings.Contains(page, "og:url") || strings.Contains(page, "og:image") || strings.Contains(page, `"https://"`) {
			t.Errorf("%s without a base URL: %s", p, ogLines(page))
		}
		if !strings.Contains(page, `property="og:title"`) {
			t.Errorf("%s lost its other Open Graph tags", p)
		}
	}
	s.baseURL = "https://example.org/dossier"
	page := getPage(t, s, "/a/"+seedID)
	for _, want := range []string{
		`<meta property="og:url" content="https://example.org/dossier/a/` + seedID + `">`,
		`<meta property="og:image" content="https://example.org/dossier/web/icon-512.png?v=` + s.version + `">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("with a base URL, want %s; have %s", want, ogLines(page))
		}
	}

	// dossier build --base-url writes them into the static pages.
	out := filepath.Join(t.TempDir(), "site")
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // build's processing cache
	var stderr bytes.Buffer
	if code := run([]string{"build", "-o", out, "--web", webDir, "--articles", articlesDir, "--base-path", "/dossier/", "--base-url", "https://example.org/dossier/"}, io.Discard, &stderr); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr.String())
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(index), `<meta property="og:url" content="https://example.org/dossier/">`) {
		t.Errorf("built index.html: %s", ogLines(string(index)))
	}
	for _, bad := range []string{"example.org", "ftp://example.org/", "https://example.org/?x=1"} {
		stderr.Reset()
		if code := run([]string{"build", "-o", out, "--base-url", bad}, io.Discard, &stderr); code != 2 || !strings.Contains(stderr.String(), "--base-url") {
			t.Errorf("--base-url %q: exit %d, %q", bad, code, stderr.String())
		}
	}
}

func ogLines(page string) string {
	var out []string
	for _, l := range strings.SplitAfter(page, ">") {
		if strings.Contains(l, "og:") {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return strings.Join(out, " ")
}
