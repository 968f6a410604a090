package search_test

import (
	"math"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/search"
)

// TestExactFirstBBC: for every judged BBC query, typed or finished, the
// articles that have every word come first, with the scores an exact-only
// search (every word quoted) gives them: fuzzy matching adds hits below
// them and changes nothing above.
func TestExactFirstBBC(t *testing.T) {
	set, ix := judgedBBC(t)
	for _, jq := range set.Queries {
		quoted := `"` + strings.Join(strings.Fields(jq.Q), `" "`) + `"`
		exact, m := ix.SearchCount(quoted, search.Options{Limit: 10})
		want := map[string]float64{}
		for _, h := range exact {
			want[h.ID] = h.Score
		}
		for _, q := range []string{jq.Q, jq.Q + " "} {
			hits, n := ix.SearchCount(q, search.Options{Limit: 10})
			if n < m {
				t.Errorf("%q matched %d, exact-only %d", q, n, m)
			}
			for i, h := range hits {
				s, ok := want[h.ID]
				switch {
				case h.Exact != (i < len(exact)):
					t.Errorf("%q: hit %d %s Exact=%v, exact-only hits %d", q, i, h.ID, h.Exact, len(exact))
				case h.Exact && (!ok || math.Abs(s-h.Score) > 1e-3):
					t.Errorf("%q: %s scores %.3f, exact-only %.3f (in its top 10: %v)", q, h.ID, h.Score, s, ok)
				}
			}
		}
	}
}
