package parse

import "testing"

// TestIsCreditSlash: a spaced slash between names or an agency is a
// credit; a query's division and a menu's path are not.
func TestIsCreditSlash(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Jane Doe / Reuters", true},
		{"AFP / Getty Images", true},
		{"stepan / Flickr", true},
		{"Maria Lopez / The Daily Courier", true},
		{"SMITH & SONS / HARBOUR PRESS", true},
		{"Kuva: Liisa Niemi / Yle", true},
		{"Anna van Dijk / Het Dagblad", true},
		{"(total - batch_mean) / batch_dev AS score", false},
		{"(n - total_avg) / total_dev AS zscore", false},
		{"Web Tools / Add-ons", false},
		{"(hits - avg_hits) / NULLIF(dev_hits::float, 0) as score", false},
		{"Settings / Privacy Options", true}, // capitalised words both sides: a name's shape
		{"Add-ons / Theme Packs", false},
		{"Tools / open the panel", false},
	}
	for _, c := range cases {
		if got := IsCredit(c.text); got != c.want {
			t.Errorf("IsCredit(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
