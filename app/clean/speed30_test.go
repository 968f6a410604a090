package clean

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/parse"
)

// siteLines returns the lines of the test pages in testdata/sites, lower-cased
// as blocks hold them, with a few made to reach the matchers' edges.
func siteLines(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/sites/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	lines := []string{"", " ", "a", "we", " we", "covers", "x covers y", "£5 a month", "€", "$"}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.SplitSeq(string(data), "\n") {
			lines = append(lines, l)
		}
	}
	return lines
}

// TestMaskInIsMask checks that a matcher reading a block's pairs of bytes
// first (maskIn) finds what one reading the whole line finds (mask), with
// and without a space read before the line, and that a block's has and
// holds find what strings.Contains finds.
func TestMaskInIsMask(t *testing.T) {
	matchers := map[string]*matcher{"bio": bioMatcher, "paywall": paywallCues, "publisher": publisherMatcher,
		"owner": ownerCues, "commission": commissionNotes, "newsletter": newsletterWords, "stamp": stampFillerWords,
		"one-byte": newMatcher("@", " we", "ab", "a")}
	n := 0
	for _, l := range siteLines(t) {
		var b block
		b.setText(l)
		for _, x := range []string{"a", " ", "©", "all rights reserved", "comment", " | ", "we use cookies", "repl", ", ", "♬ original sound", "cookie"} {
			if got, want := b.has(x), strings.Contains(b.low, x); got != want {
				t.Errorf("block(%q).has(%q) = %v, want %v", b.low, x, got, want)
			}
			if got, want := holds(b.low[min(len(b.low), 3):], b.pairs(), x), strings.Contains(b.low[min(len(b.low), 3):], x); got != want {
				t.Errorf("holds(%q, %q) = %v, want %v", b.low[min(len(b.low), 3):], x, got, want)
			}
		}
		for name, m := range matchers {
			for _, sb := range []bool{false, true} {
				if got, want := m.maskIn(&b, sb), m.mask(b.low, sb); got != want {
					t.Errorf("%s.maskIn(%q, %v) = %b, mask %b", name, b.low, sb, got, want)
				}
				if m.mask(b.low, sb) != 0 {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Error("no line matched: the test reads nothing")
	}
}

// TestFastPathsAgree checks the byte-level shortcuts of the hot predicates
// against what they stand for: currencyAt against IndexFunc, wordPrefix
// against HasPrefix of the word and a space, hasDigit against ContainsAny,
// crumbFields and addStoryWords against FieldsFunc, parse.AppendFields
// against Fields, lastIndex against LastIndex, endsSentence's last-byte test
// against its trimming.
func TestFastPathsAgree(t *testing.T) {
	lines := append(siteLines(t), "price £", "€10", "\xe2\x82", "\xc2", "a.\u201d", "done!)", "end. ", "x\u3002", "\u201cquote.\u201d", "a\u00a0b | c•d·e/f:g\x85h", "\xff|x", " 12 likes ", "Crowd's riots’s alarms — Ünïcode\xffwords\u00a0here", "A | B – C — D")
	for _, l := range lines {
		want := strings.IndexFunc(l, func(r rune) bool { return r == '$' || r == '£' || r == '€' })
		if got := currencyAt(l); got != want {
			t.Errorf("currencyAt(%q) = %d, want %d", l, got, want)
		}
		if w, _, ok := strings.Cut(l, " "); ok {
			if !wordPrefix(l, w) || wordPrefix(l, l) {
				t.Errorf("wordPrefix(%q, %q) wrong", l, w)
			}
		}
		if got, want := hasDigit(l), strings.ContainsAny(l, "0123456789"); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", l, got, want)
		}
		want3 := strings.FieldsFunc(l, func(r rune) bool {
			return unicode.IsSpace(r) || r == '|' || r == '•' || r == '/' || r == '·' || r == ':'
		})
		if got := crumbFields(nil, l); !slices.Equal(got, want3) {
			t.Errorf("crumbFields(%q) = %q, want %q", l, got, want3)
		}
		for _, sep := range append(titleSeparators, " / ", ", ", "ab") {
			if got, want := lastIndex(l, sep), strings.LastIndex(l, sep); got != want {
				t.Errorf("lastIndex(%q, %q) = %d, want %d", l, sep, got, want)
			}
		}
		if got, want := parse.AppendFields(nil, l, 1000), strings.Fields(l); !slices.Equal(got, want) {
			t.Errorf("AppendFields(%q) = %q, want %q", l, got, want)
		}
		if got, want := parse.AppendFields(nil, l, 2), strings.Fields(l); !slices.Equal(got, want[:min(2, len(want))]) {
			t.Errorf("AppendFields(%q, 2) = %q, want %q", l, got, want)
		}
		if got, want := addStoryWords(map[string]bool{}, l, true), storyWordsByFields(l); !slices.Equal(got, want) {
			t.Errorf("addStoryWords(%q) = %q, want %q", l, got, want)
		}
		s := strings.TrimRight(l, " \"”’')」』）")
		r, _ := utf8.DecodeLastRuneInString(s)
		if got, want := endsSentence(l), strings.ContainsRune(".!?。！？।॥", r); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", l, got, want)
		}
	}
}

// storyWordsByFields is addStoryWords as it read a line before it split
// the line itself: with strings.FieldsFunc.
func storyWordsByFields(low string) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		if len(f) < 4 {
			continue
		}
		if len(f) > 4 && f[len(f)-1] == 's' && f[len(f)-2] != 's' {
			f = f[:len(f)-1]
		}
		if len(f) > 5 {
			f = f[:5]
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
