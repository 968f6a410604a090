//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAppJSEdits checks the loader script the server and a static build
// send: go-app's, with the wasm started after the first paint, compiled in
// a worker (else fetched straight into the compiler), all under the base
// path.
func TestAppJSEdits(t *testing.T) {
	s := newTestSite(t, "/sub/")
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	js := rec.Body.String()
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/javascript" {
		t.Fatalf("/app.js: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	for _, want := range []string{
		"dossierStartAfterPaint(goappInitWebAssembly);",
		`dossierInstantiate(instantiateStreaming, "/sub/web/app.wasm",`,
		`new Worker(goappEnv.GOAPP_STATIC_RESOURCES_URL + "/wasm-compile.js?v="`,
		`"GOAPP_STATIC_RESOURCES_URL":"/sub/web"`,
		`instantiateStreaming(fetch(url), imports)`,
	} {
		if !strings.Contains(js, want) {
			t.Errorf("/app.js lacks %s", want)
		}
	}
	for _, gone := range []string{"\ngoappInitWebAssembly();", `fetchWithProgress("`, "{{", "dossierPrefetch"} {
		if strings.Contains(js, gone) {
			t.Errorf("/app.js still has %q", gone)
		}
	}

	dir := t.TempDir()
	if _, err := s.build(dir); err != nil {
		t.Fatal(err)
	}
	built, err := os.ReadFile(filepath.Join(dir, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	if string(built) != js {
		t.Errorf("the static build's app.js differs from the served one")
	}
}

// TestAppJSEditsMustMatch makes sure a loader that no longer has the code
// the edits change is refused rather than served unedited.
func TestAppJSEditsMustMatch(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "goappInitWebAssembly();") })
	if _, err := editedAppJS(h); err == nil {
		t.Fatal("editedAppJS accepted a script without the code it edits")
	}
}

// TestPrerenderBooleanAttributes checks that the prerendered pages carry no
// false boolean attribute (go-app writes selected="false", which HTML reads
// as selected): the first screen shows the same controls as the app.
func TestPrerenderBooleanAttributes(t *testing.T) {
	s := newTestSite(t, "")
	for _, p := range []string{"/", "/a/" + seedID, "/timeline"} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		page := rec.Body.String()
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d", p, rec.Code)
		}
		for _, attr := range []string{"selected", "disabled", "checked", "hidden", "required", "multiple"} {
			if i := strings.Index(page, " "+attr+`="false"`); i >= 0 {
				t.Errorf("%s has %s=\"false\": …%s…", p, attr, page[max(0, i-80):i+len(attr)+9])
			}
		}
		// One selected option in each select (theme, publisher, sort), and
		// the text size buttons enabled at the default size.
		if n := strings.Count(page, " selected"); p == "/" && n != 3 {
			t.Errorf("%s has %d selected options, want 3", p, n)
		}
		for _, id := range []string{"text-smaller", "text-larger"} {
			if tag := tagWith(page, `id="`+id+`"`); strings.Contains(tag, " disabled") {
				t.Errorf("%s: %s", p, tag)
			}
		}
	}
}

// tagWith returns the start tag of page that contains attr.
func tagWith(page, attr string) string {
	i := strings.Index(page, attr)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(page[:i], "<")
	end := i + strings.Index(page[i:], ">")
	return page[start : end+1]
}
