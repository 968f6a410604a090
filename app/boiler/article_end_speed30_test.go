package boiler

import (
	"strings"
	"testing"
)

// TestEndsArticleOnePass checks endsArticle's one pass for its phrases
// against a search for each phrase in turn, any case.
func TestEndsArticleOnePass(t *testing.T) {
	lines := []string{"", "c", "Tom Lee CONTRIBUTED TO THIS REPORT.", "A version appeared in Print on Monday",
		"This Story Was Originally Published by the Tribune", "this article was originally publishe", "cat at tac",
		"Reporting by Ann Ray; editing by Bo Li", "It appears in print", "ca\u212a appeared in print", "ſtory"}
	for _, l := range lines {
		want := false
		for _, p := range []string{"with files from ", "reporting by ", "additional reporting by ", "editing by "} {
			want = want || len(strings.TrimSpace(l)) >= len(p) && strings.EqualFold(strings.TrimSpace(l)[:len(p)], p)
		}
		for _, s := range articleEnds {
			want = want || containsFold(strings.TrimSpace(l), s)
		}
		if got := endsArticle(l); got != want {
			t.Errorf("endsArticle(%q) = %v, want %v", l, got, want)
		}
	}
}

// containsFold reports whether s contains the lower-case ASCII sub in any
// case, without lowering s.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
