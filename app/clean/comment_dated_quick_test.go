package clean

import (
	"os"
	"testing"

	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// TestMayDateKeepsEverySignature checks signatureShape's quick test: no
// line it passes over has a shape without it, on signatures written here
// and on every line of the boilerplate corpus's dev pages (when present).
func TestMayDateKeepsEverySignature(t *testing.T) {
	lines := []string{
		"Jamie Wayne, on November 7th, 2012",
		"Jermaine 07 Nov 12",
		"Posted by Ann 4/19/2005",
		"Luke said 3 hours AGO.",
		"Luke said hours Ago.",
		"Zoë wrote ago",
		"Zoë wrote ٣ Nov",
		"No date here at all",
	}
	if _, err := os.Stat(benchPages); err == nil {
		pages, err := boilerpages.Load(benchPages, "dev")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			lines = append(lines, p.Texts()...)
		}
	}
	shaped := 0
	for _, l := range lines {
		s1, n1, ok1 := shapeSignature(l)
		s2, n2, ok2 := signatureShape(l)
		if s1 != s2 || n1 != n2 || ok1 != ok2 {
			t.Errorf("%q: shaped (%q, %q, %v), with the quick test (%q, %q, %v)", l, s1, n1, ok1, s2, n2, ok2)
		}
		if ok1 {
			shaped++
		}
	}
	if shaped < 3 {
		t.Errorf("only %d lines shaped", shaped)
	}
	t.Logf("%d lines, %d shaped", len(lines), shaped)
}
