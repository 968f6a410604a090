//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWorkerDepsLeaveOutFmtAndJSON: the library worker's wasm builds
// neither encoding/json nor fmt (with them most of reflect) nor os: about
// 100 KB, 65 KB and 17 KB gzip. Its packages read and write JSON with
// app/internal/minijson, write messages with strconv and app/errwrap and
// hex with app/internal/hexstr (encoding/hex imports fmt, which imports
// os); a package of ours that imports one of them again, in a file the
// worker builds, brings them back.
func TestWorkerDepsLeaveOutFmtAndJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	cmd := exec.Command("go", "list", "-deps", "-tags", "importworker", "-f", "{{.ImportPath}}:{{range .Imports}} {{.}}{{end}}", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, ":")
		switch pkg {
		case "encoding/json", "fmt", "os", "encoding/hex":
			t.Errorf("the worker builds %s", pkg)
		}
		if !strings.HasPrefix(pkg, "github.com/dossierapp/") {
			continue
		}
		for _, imp := range strings.Fields(imports) {
			if imp == "fmt" || imp == "encoding/json" || imp == "os" || imp == "encoding/hex" {
				t.Errorf("%s imports %s in the worker's build", pkg, imp)
			}
		}
	}
}

// TestPageDepsLeaveOutIngest: the page's wasm (built without -tags
// importworker) builds neither app/ingest nor app/extract nor
// app/internal/charset, nor app/library/libfile, which imports them: the
// page never reads a file (the library worker does), yet their package
// initialisers (the extractor's word sets) and tables would cost it about
// 3 KB gzip and 5 KB brotli of its budget. app/library and
// app/workerproto, which the page links, reach file reading only through
// workerproto.Files.
func TestPageDepsLeaveOutIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		switch strings.TrimPrefix(pkg, "github.com/dossierapp/dossier/") {
		case "app/ingest", "app/extract", "app/internal/charset", "app/library/libfile":
			t.Errorf("the page builds %s", pkg)
		}
	}
}
