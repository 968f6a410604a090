//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWorkerDepsLeaveOutFmtAndJSON: the library worker's wasm links neither
// encoding/json nor fmt (with them most of reflect): about 100 KB and 65 KB
// gzip. Its packages read and write JSON with app/internal/minijson and
// write messages with strconv and app/errwrap; a package of ours that
// imports fmt or encoding/json again, in a file the worker builds, brings
// them back.
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
		if pkg == "encoding/json" {
			t.Error("the worker links encoding/json")
		}
		if !strings.HasPrefix(pkg, "github.com/dossierapp/") {
			continue
		}
		for _, imp := range strings.Fields(imports) {
			if imp == "fmt" || imp == "encoding/json" {
				t.Errorf("%s imports %s in the worker's build", pkg, imp)
			}
		}
	}
}
