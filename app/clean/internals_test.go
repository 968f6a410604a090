package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/internal/unorm"
	"golang.org/x/text/unicode/norm"
)

// internalTexts are texts to check the fast paths against their plain
// definitions: the seeds, the eval pages, tricky strings and some BBC articles.
func internalTexts(t *testing.T) []string {
	texts := []string{"", " ", "a", "Successful", "ÉSuccessful successful", "x'successful", "İstanbul MAINE",
		"U.S. successful Moscow", "He arrived successful Moscow. Successful Moscow", "\u00a0a  b\tc\n",
		"don't conscionable  go", "’successful ‘America’", "beryllium-successful", "ΑΒΓ Δέλτα", "a\u2028b"}
	for _, g := range []string{"../../testdata/*.txt", "../../testdata/clean/eval/*.page"} {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			b, _ := os.ReadFile(f)
			texts = append(texts, string(b))
		}
	}
	return append(texts, loadBBC(t, 200)...)
}

// TestScanText checks scanText against its definition: lower-casing that keeps
// byte offsets, words, and a functionSwaps word in an ASCII letter run.
func TestScanText(t *testing.T) {
	for _, raw := range internalTexts(t) {
		// A page's lowered texts share a room of the raw text's length
		// (as clean gives them): each the same as lowered alone, and
		// none written over by the next.
		room := make([]byte, 0, len(raw))
		var lows, alone []string
		for _, s := range strings.Split(raw, "\n") {
			low, _, _, _ := scanText(s, &room)
			lows = append(lows, low)
			l, _, _, _ := scanText(s, nil)
			alone = append(alone, l)
		}
		for i := range lows {
			if lows[i] != alone[i] {
				t.Fatalf("lowered in the room %q, alone %q", lows[i], alone[i])
			}
		}
		for _, s := range append(strings.Split(raw, "\n"), raw) {
			low, nw, swap, tidy := scanText(s, nil)
			if utf8.ValidString(s) && tidy != (tidySpace(s) == s) {
				t.Errorf("%q: tidy %v", s, tidy)
			}
			if len(low) != len(s) {
				t.Fatalf("%q: lower changed the length: %q", s, low)
			}
			var want strings.Builder
			for _, r := range s {
				l := []rune(strings.ToLower(string(r)))
				if len(l) == 1 && utf8.RuneLen(l[0]) == utf8.RuneLen(r) {
					r = l[0]
				}
				want.WriteRune(r)
			}
			if utf8.ValidString(s) && low != want.String() {
				t.Errorf("%q: lower %q, want %q", s, low, want.String())
			}
			if nw != blockWords(s) {
				t.Errorf("%q: %d words, want %d", s, nw, blockWords(s))
			}
			wantSwap := false
			for i := 0; i < len(low); {
				if low[i] < 'a' || low[i] > 'z' {
					i++
					continue
				}
				j := i + 1
				for j < len(low) && low[j] >= 'a' && low[j] <= 'z' {
					j++
				}
				if _, ok := functionSwaps[low[i:j]]; (ok || currentTable().mayBeRare(low[i:j])) && (i == 0 || low[i-1] < utf8.RuneSelf) {
					wantSwap = true
				}
				i = j
			}
			if swap != wantSwap {
				t.Errorf("%q: swap %v, want %v", s, swap, wantSwap)
			}
			if tidySpace(s) == s != isTidy(s) && utf8.ValidString(s) {
				t.Errorf("%q: isTidy %v", s, isTidy(s))
			}
		}
	}
	for w := range functionSwaps {
		if !isSwapWord(currentTable(), w, nil, 0, len(w), wordHash(w)) {
			t.Errorf("isSwapWord misses %q", w)
		}
	}
}

// TestWindowTells checks that scoring a block by windows finds the same swaps
// as tokenizing it whole.
func TestWindowTells(t *testing.T) {
	for _, raw := range internalTexts(t) {
		for _, s := range strings.Split(raw, "\n") {
			s = tidySpace(sanitize(s))
			segs := []Segment{{Text: s}}
			low := lower(s)
			toks := tokenize(segs, s, low)
			want := 0
			tab := loadTable()
			for i := range toks {
				if isTell(tab, toks, i) {
					want++
				}
			}
			got, nw := windowTells(tab, s, low, &tellKinds{})
			if got != want {
				t.Errorf("%q: %d tells by windows, %d whole", s, got, want)
			}
			if nw != len(toks) {
				t.Errorf("%q: windowTells counted %d tokens, want %d", s, nw, len(toks))
			}
			if n := countTokens(s); n != len(toks) {
				t.Errorf("%q: countTokens %d, want %d", s, n, len(toks))
			}
		}
	}
}

// TestMatcher checks the one-pass matchers against strings.Contains.
func TestMatcher(t *testing.T) {
	ms := []*matcher{appealMatcher, weMatcher, personalMatcher, newsletterAsk, newsletterMore, newsletterWords}
	for _, raw := range internalTexts(t) {
		for _, s := range append(strings.Split(lower(raw), "\n"), "$", "we", "us.", " us,x", "ab") {
			for _, m := range ms {
				for _, sp := range []bool{false, true} {
					var want uint64
					for i, p := range m.pats {
						in := s
						if sp {
							in = " " + s
						}
						if strings.Contains(in, p) {
							want |= 1 << i
						}
					}
					if got := m.mask(s, sp); got != want {
						t.Fatalf("%q (space %v): mask %b, want %b (%q)", s, sp, got, want, m.pats)
					}
				}
			}
		}
	}
}

// TestNFCFastPath checks, for every rune, that nfc's fast path only passes
// over runes unorm.NFC leaves alone, on their own and after a letter.
func TestNFCFastPath(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for r := rune(0x300); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) || mayChangeNFC(r) {
			continue
		}
		for _, s := range []string{string(r), "A" + string(r), string(r) + "\u0301", "\u1100" + string(r)} {
			if got := unorm.NFC(s); got != s && nfc(s) == s {
				t.Fatalf("U+%04X: fast path keeps %q, NFC makes %q", r, s, got)
			}
		}
		// Full NFC agrees: r neither changes nor combines with a rune before it.
		if p := norm.NFC.PropertiesString(string(r)); !p.BoundaryBefore() || !norm.NFC.IsNormalString(string(r)) {
			t.Fatalf("U+%04X: may compose or change under NFC", r)
		}
	}
}

// TestBlockWordsCJK checks that Chinese and Japanese count a word for every
// two characters, and that scanText counts as blockWords does on them.
func TestBlockWordsCJK(t *testing.T) {
	for s, want := range map[string]int{
		"江城新建跨江大桥正式通车":      6,
		"9月28日上午，江城第三座跨江大桥": 2 + 7, // "9", "28" and 13 characters
		"北浜市は1日、市内を走る":      1 + 5,
		"Published in 江城日报": 2 + 2,
		"해안시, 폐교 건물을":       3, // Korean has spaces
	} {
		if got := blockWords(s); got != want {
			t.Errorf("blockWords(%q) = %d, want %d", s, got, want)
		}
		if _, nw, _, _ := scanText(s, nil); nw != want {
			t.Errorf("scanText(%q) counts %d words, want %d", s, nw, want)
		}
	}
}
