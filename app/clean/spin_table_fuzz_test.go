//go:build !wasm

package clean

import (
	"os"
	"strings"
	"testing"
)

// smallSpinTable returns a table of a few lines of each kind of the real
// one, in its order (each section stays sorted): a seed small enough for
// the fuzzer to mutate.
func smallSpinTable() string {
	keep := map[byte]int{'#': 200, 'v': 5, 's': 40, 'r': 40, 'x': 3, 'y': 3, 'c': 3, 'g': 60, 't': 1, 'k': 5}
	var b strings.Builder
	for _, line := range strings.Split(embeddedSpinTable, "\n") {
		if line == "" {
			continue
		}
		if keep[line[0]] > 0 {
			keep[line[0]]--
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// FuzzSpinTable: the spin table reaches the library worker over the network
// (web/spin-table.dat, then from the service worker's cache), so a truncated
// or damaged copy must not make cleaning panic: Clean with any table still
// cleans a spun text.
func FuzzSpinTable(f *testing.F) {
	small := smallSpinTable()
	f.Add(small)
	f.Add(small[:len(small)/2])
	f.Add(embeddedSpinTable[:4096])
	f.Add("")
	f.Add("s\n")
	f.Add("t 1 2 x\ng a 1 b\nk\nc a b 1\n")
	spun, err := os.ReadFile("../../testdata/002_5d6c91d1d15ae6f8.txt")
	if err != nil {
		f.Fatal(err)
	}
	text := string(spun)
	repanic = true
	defer func() { repanic = false }()
	defer SetSpinTable(embeddedSpinTable)
	f.Fuzz(func(t *testing.T, table string) {
		SetSpinTable(table)
		r := Clean(text)
		if len(r.Blocks) == 0 {
			t.Fatalf("no blocks cleaned with a table of %d bytes", len(table))
		}
	})
}

// TestCheckSpinTable: the generated table passes; a truncated one, an error
// page served in its place and one whose lines are out of order are refused
// with an error, and cleaning goes on without repairs.
func TestCheckSpinTable(t *testing.T) {
	if err := checkSpinTable(embeddedSpinTable); err != nil {
		t.Fatalf("the generated table: %v", err)
	}
	if err := checkSpinTable(smallSpinTable()); err != nil {
		t.Fatalf("a few lines of each kind: %v", err)
	}
	g := strings.Index(embeddedSpinTable, "\ng ")
	next := g + 1 + strings.IndexByte(embeddedSpinTable[g+1:], '\n')
	after := next + 1 + strings.IndexByte(embeddedSpinTable[next+1:], '\n')
	swapped := embeddedSpinTable[:g+1] + embeddedSpinTable[next+1:after+1] + embeddedSpinTable[g+1:next+1] + embeddedSpinTable[after+1:]
	bad := map[string]string{
		"empty":        "",
		"truncated":    embeddedSpinTable[:len(embeddedSpinTable)/2],
		"error page":   "<!doctype html><title>502 Bad Gateway</title>\n",
		"out of order": swapped,
		"stray line":   embeddedSpinTable[:g+1] + "\n" + embeddedSpinTable[g+1:],
	}
	defer SetSpinTable(embeddedSpinTable)
	seed, err := os.ReadFile("../../testdata/002_5d6c91d1d15ae6f8.txt")
	if err != nil {
		t.Fatal(err)
	}
	spun := string(seed)
	for name, table := range bad {
		if err := checkSpinTable(table); err == nil {
			t.Errorf("%s: accepted", name)
		} else if !strings.HasPrefix(err.Error(), "spin table: ") {
			t.Errorf("%s: error %q does not say it is the spin table", name, err)
		}
		if err := SetSpinTable(table); err == nil {
			t.Errorf("%s: SetSpinTable accepted it", name)
		}
		if r := Clean(spun); r.Spin == 0 || !strings.Contains(r.Render(), "sojourn") {
			t.Errorf("%s: spin %.2f, repaired without a table", name, r.Spin)
		}
	}
	if err := SetSpinTable(embeddedSpinTable); err != nil {
		t.Fatal(err)
	}
	if got := Clean(spun).Render(); strings.Contains(got, "sojourn") {
		t.Error("the seed 002 not repaired with the table")
	}
}

// TestForestLineFeatureInRange: a learned tree's line naming a feature
// outside the model's (a damaged table) reads as the nearest one, not as an
// index out of range.
func TestForestLineFeatureInRange(t *testing.T) {
	const nodes = 1<<forestDepth - 1
	fields := []string{"#t"}
	for range nodes {
		fields = append(fields, "-1", "0")
	}
	for range nodes + 1 {
		fields = append(fields, "0")
	}
	var f repairForest
	f.parseLine(strings.Join(fields, " "))
	if len(f.feat) != nodes {
		t.Fatalf("%d nodes read, want %d", len(f.feat), nodes)
	}
	var x [nRepairFeatures]float64
	_ = f.score(&x)
}
