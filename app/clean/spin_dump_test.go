//go:build !wasm

package clean

import (
	"encoding/json"
	"os"
	"testing"
)

// TestSpinDump writes a choosing set's figures as JSON to $SPIN_DUMP, for
// sorting the repairs by shape outside Go: each swap pair's swaps and
// undone, every wrong repair and every swap undone, each with its spun
// context as TestSpinnerFold4 logs the wrong ones. $SPIN_DUMP_SET is the
// set: "bbc" (the fold's BBC articles, the default), "reu" (its Reuters
// stories) or "other" (other news); -foldtable and -foldn as for
// TestSpinnerFold4 (for other news, -foldtable a full table, as
// TestSpinnerOtherNewsWith reads it):
//
//	SPIN_DUMP=/tmp/bbc4.json go test -run 'TestSpinDump$' . -args -foldtable /tmp/fold4.dat -foldn 4
func TestSpinDump(t *testing.T) {
	out := os.Getenv("SPIN_DUMP")
	if out == "" {
		t.Skip("set SPIN_DUMP")
	}
	recordRights = true
	defer func() { recordRights = false }()
	var sc spinScores
	run := func() {
		switch os.Getenv("SPIN_DUMP_SET") {
		case "other":
			sc = scoreSpun(t, otherNewsArticles(t), *evalSpinRate)
		case "reu":
			sc = scoreSpun(t, foldArticles(t, reutersCorpus, *foldN), *evalSpinRate)
		default:
			sc = scoreSpun(t, foldArticles(t, bbcPath, *foldN), *evalSpinRate)
		}
	}
	if *foldTable != "" {
		withFoldTable(t, run)
	} else {
		run()
	}
	type pair struct {
		Orig, Spun    string
		Swaps, Undone int
	}
	var ps []pair
	for k, v := range sc.pairs {
		ps = append(ps, pair{k[0], k[1], v[0], v[1]})
	}
	data, err := json.Marshal(map[string]any{"pairs": ps, "wrongs": sc.wrongs, "rights": sc.rights, "words": sc.words})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
