package dates

import (
	"reflect"
	"testing"
)

// TestAppendSentenceBounds: the bounds are appended after dst's, as
// SentenceBounds gives them, in dst's array when it has room.
func TestAppendSentenceBounds(t *testing.T) {
	p := "Prices rose 3.5 pct in the week. Traders said so. Mr. Kim agreed."
	dst := make([][2]int, 1, 8)
	dst[0] = [2]int{-1, -1}
	got := AppendSentenceBounds(dst, p)
	if want := append([][2]int{{-1, -1}}, SentenceBounds(p)...); !reflect.DeepEqual(got, want) {
		t.Errorf("AppendSentenceBounds = %v, want %v", got, want)
	}
	if &got[0] != &dst[0] {
		t.Error("AppendSentenceBounds did not reuse dst's array")
	}
}

// TestReadingAllocs: reading a text sentence by sentence with one Context
// allocates nothing per sentence that finds no date (the finder's state and
// tokens are the context's, a decimal is split in place, the word after a
// plain full stop is not lowered), nor does an undated article's anchor.
func TestReadingAllocs(t *testing.T) {
	const p = "prices rose 3.5 pct in the week. Traders said so."
	var ctx Context
	bounds := AppendSentenceBounds(nil, p)
	FindIn(p[bounds[0][0]:bounds[0][1]], Anchor{}, &ctx)
	allocs := testing.AllocsPerRun(20, func() {
		bounds = AppendSentenceBounds(bounds[:0], p)
		FindIn(p[bounds[0][0]:bounds[0][1]], ParseAnchor(""), &ctx)
	})
	if allocs != 0 {
		t.Errorf("%v allocations a sentence, want 0", allocs)
	}
}
