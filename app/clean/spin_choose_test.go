//go:build !wasm

package clean

import (
	"flag"
	"os"
	"testing"
)

// The choosing sets of the spun-text repair, as earlier sessions chose on
// them: other news (TestSpinnerOtherNews) and fold 4 of the spun training
// text, its BBC articles read with a table that did not count them:
//
//	cd app/clean
//	go run ./internal/gen -fold 4 -o /tmp/fold4.dat -repairs internal/gen/repairs.txt \
//	  -bbc ../../../shared/corpora/bbc.jsonl -reuters ../../../shared/corpora/reuters21578-10k.jsonl \
//	  -web ../../../shared/corpora/boilerplate/pages.jsonl.gz
//	go test -run 'TestSpinnerFold4$' -v . -args -foldtable /tmp/fold4.dat
//	go test -run 'TestSpinBucketsChoosing$' -v . -args -foldtable /tmp/fold4.dat
//
// (the shipped trees were fitted on all four folds: fold 4's figures are
// a little kind to them). The held-out BBC articles are for reporting.

// foldTable is fold 4's table (internal/gen -fold 4 -repairs ...).
var foldTable = flag.String("foldtable", "", "fold 4's spin table (internal/gen -fold 4 -repairs internal/gen/repairs.txt): TestSpinnerFold4 and TestSpinBucketsChoosing read fold 4's BBC articles with it")

// foldN is the fold TestSpinnerFold4 reads (with -foldtable, that fold's
// table): folds 1 to 3 are further choosing sets.
var foldN = flag.Int("foldn", 4, "the fold of the BBC articles TestSpinnerFold4 reads, with -foldtable that fold's table (1 to 4)")

// foldReuters has TestSpinnerFold4 read the fold's Reuters stories, not
// its BBC articles (the fold tables leave out both).
var foldReuters = flag.Bool("foldreuters", false, "TestSpinnerFold4 reads the fold's Reuters stories (the fold table did not count them) instead of its BBC articles")

// withFoldTable runs f with fold 4's table set, or skips without one.
func withFoldTable(t *testing.T, f func()) {
	if *foldTable == "" {
		t.Skip("pass -foldtable")
	}
	data, err := os.ReadFile(*foldTable)
	if err != nil {
		t.Fatal(err)
	}
	orig := SpinTableData()
	defer SetSpinTable(orig)
	if err := SetSpinTable(string(data)); err != nil {
		t.Fatal(err)
	}
	f()
}

// TestSpinnerFold4 reports TestSpinnerHeldOut's figures on fold 4's BBC
// articles read with fold 4's table (-foldn: another fold's).
func TestSpinnerFold4(t *testing.T) {
	withFoldTable(t, func() {
		path := bbcPath
		if *foldReuters {
			path = reutersCorpus
		}
		sc := scoreSpun(t, foldArticles(t, path, *foldN), *evalSpinRate)
		sc.report(t)
		t.Logf("wrong: %v", sc.wrongs)
	})
}

// TestSpinBucketsChoosing logs TestSpinBuckets' causes on the choosing
// sets: other news, then fold 4's BBC articles with fold 4's table.
func TestSpinBucketsChoosing(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	logBuckets(t, "other news", otherNewsArticles(t))
	withFoldTable(t, func() { logBuckets(t, "fold 4", foldArticles(t, bbcPath, 4)) })
}

// TestSpinnerOtherNewsWith reports TestSpinnerOtherNews' figures read with
// the table -foldtable names (a full table, as go generate would write it
// with other settings or another learned decision), to weigh it on other
// news before it replaces spin_table.dat.
func TestSpinnerOtherNewsWith(t *testing.T) {
	withFoldTable(t, func() {
		sc := scoreSpun(t, otherNewsArticles(t), *evalSpinRate)
		sc.report(t)
		t.Logf("wrong: %v", sc.wrongs)
	})
}
