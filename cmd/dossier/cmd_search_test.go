//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// searchCLI runs `dossier search` with args from the module root.
func searchCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"search"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func TestSearchCLI(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata")
	tests := []struct {
		args []string
		want []string // sources, by base name prefix, best first
	}{
		{[]string{"--json", "--articles", dir, "liason offise"}, []string{"00", "00"}},
		{[]string{"--articles", dir, "--json", "Kaesong"}, []string{"001"}},
		{[]string{"--json", "--articles", dir, "Lavorv"}, []string{"002"}},
		{[]string{"--json", "--articles", dir, "--limit", "1", "Kim", "Jong-un"}, []string{"00"}},
		{[]string{"--json", "--articles", dir, "Remind me later"}, nil},
		{[]string{"--json", "--articles", dir, "paiment"}, nil},
	}
	for _, tc := range tests {
		code, out, errOut := searchCLI(t, tc.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errOut)
		}
		var got []map[string]any
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v: %v\n%s", tc.args, err, out)
		}
		if got == nil {
			t.Errorf("%v: null, want an array", tc.args)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%v: %d results, want %d\n%s", tc.args, len(got), len(tc.want), out)
			continue
		}
		for i, r := range got {
			for _, k := range []string{"source", "title", "date", "score", "snippet"} {
				if _, ok := r[k]; !ok {
					t.Errorf("%v: result without %q", tc.args, k)
				}
			}
			if src := filepath.Base(r["source"].(string)); !strings.HasPrefix(src, tc.want[i]) {
				t.Errorf("%v: result %d is %s, want %s…", tc.args, i, src, tc.want[i])
			}
		}
	}
	if code, _, _ := searchCLI(t, "--articles", dir); code != 2 {
		t.Errorf("no query: exit %d, want 2", code)
	}
	if code, _, _ := searchCLI(t, "--articles", filepath.Join(t.TempDir(), "missing"), "x"); code == 0 {
		t.Error("missing folder: exit 0")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
	code, out, _ := searchCLI(t, "--articles", dir, "Kaesong")
	if code != 0 || !strings.Contains(out, "Kaesong") {
		t.Errorf("text output: %d %q", code, out)
	}
}
