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
