package names

import (
	"reflect"
	"strings"
	"testing"
)

// TestTokenizeLines: an ASCII text's lines, lowered at once, give the words
// each line gives alone; the text costs its array and its lower case, not
// one lower case a line nor a second array.
func TestTokenizeLines(t *testing.T) {
	lines := []string{"Kim Jong Un met Moon Jae-in", "", "Deepening Diplomatic Ties", "the anti-Moscow group's leader"}
	text := strings.Join(lines, "\n")
	var want []token
	for i, l := range lines {
		k := len(want)
		want = appendLineTokens(want, l, "")
		markHeading(l, want[k:])
		if i < len(lines)-1 && len(want) > 0 {
			want[len(want)-1].breakEnd = true
		}
	}
	if got := tokenize(text); !reflect.DeepEqual(got, want) {
		t.Errorf("tokenize:\n got %+v\nwant %+v", got, want)
	}
	if n := testing.AllocsPerRun(20, func() { tokenize(text) }); n != 2 {
		t.Errorf("tokenize: %v allocations, want 2", n)
	}
}
