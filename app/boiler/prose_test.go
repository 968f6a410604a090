package boiler

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// proseSentence must say what measure says, on lines made at random from
// pieces that move each of its tests: stopwords, long and accented words,
// words cut at measure's 24 bytes, URLs, "@", tabs, sentence ends.
func TestProseSentenceMatchesMeasure(t *testing.T) {
	lex := Default().lexicon()
	pieces := []string{"the", "The", "OF", "and", "a", "it's", "x", "harbour", "reopened", "Monday",
		"Übersee", "été", "naïve", "ÉTÉ", "İstanbul", "3", "2026", "—", "-", ",", "«", "»",
		"http://x.org/a", "https://example.com", "http", "https", "www.site.com", "www.", "ahttp",
		"name@example.org", "@", "abcdefghijklmnopqrstuvwxyzabc", "aaaaaaaaaaaaaaaaaaaaaaéthe",
		"theeeeeeeeeeeeeeeeeeeeeeee", "for", "with", "said", "\t", " ", "  ", "\xff", "é\xffthe"}
	ends := []string{"", ".", "!", "?", "…", "\"", "”", "’", "'", ")", ":", " ", "\t", ".\t", " .",
		". [4]", ".[12]", " [4]", "? [Daily Mail]", "] [", ". [a very long note that runs on past forty bytes]", "[", "]"}
	rng := rand.New(rand.NewPCG(1, 2))
	lines := []string{"", ".", " .", "the the the the the the the the the the.", "a b c d e f g h i j.",
		"http://a.b c d e f g h i j k.", "x @ y z w v u t s r q."}
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(30) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(4) > 0 {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(ends[rng.IntN(len(ends))])
		lines = append(lines, sb.String())
	}
	for _, l := range append(lines, page...) {
		s := measure(l, lex)
		if want, got := s.prose() && s.sentence(), proseSentence(l, lex); got != want {
			t.Fatalf("%q: proseSentence %v, measure %v (words %d stop %v url %v end %v)", l, got, want, s.words, s.stop, s.url, s.endSentence)
		}
	}
}
