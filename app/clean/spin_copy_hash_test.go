package clean

import (
	"hash/fnv"
	"slices"
	"testing"
)

// TestHashRunsIsFNV: hashRuns hashes each run as hash/fnv's FNV-1a of its
// words, each followed by a space (the keys' format).
func TestHashRunsIsFNV(t *testing.T) {
	ws := []string{"The", "Bank", "of", "Japan", "said", "ÿen", ""}
	var want []uint64
	for i := 0; i+2 <= len(ws); i++ {
		h := fnv.New64a()
		for _, w := range ws[i : i+2] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		want = append(want, h.Sum64())
	}
	slices.Sort(want)
	want = slices.Compact(want)
	if got := hashRuns(ws, 2); !slices.Equal(got, want) {
		t.Errorf("hashRuns = %v, want %v", got, want)
	}
}

// BenchmarkCopies makes the copy keys of the clean BBC articles and finds
// their copies, as a dossier does (KeyOf then CopyOf).
//
//	go test -run '^$' -bench Copies ./app/clean
func BenchmarkCopies(b *testing.B) {
	arts := loadBBC(b, 0)
	if arts == nil {
		b.Skip(bbcPath + " absent")
	}
	rs := make([]Result, len(arts))
	for i, a := range arts {
		rs[i] = Clean(a)
	}
	spin := make([]float64, len(rs))
	b.ResetTimer()
	for b.Loop() {
		keys := make([]CopyKey, len(rs))
		for i, r := range rs {
			keys[i] = KeyOf(r)
		}
		CopyOf(keys, spin)
	}
}
