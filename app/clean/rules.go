package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/parse"
)

// rule is one named step of the cleanup pipeline. It marks blocks (or spans of
// blocks) removed, with a reason; it never deletes text.
type rule struct {
	name  string
	apply func(d *doc)
}

// rules is the cleanup pipeline, in order.
var rules = []rule{
	{"metadata-line", ruleMetadataLine},
	{"split-date", ruleSplitDate},
	{"ad-marker", ruleAdMarker},
	{"donation", ruleDonationFirst},
	{"newsletter", ruleNewsletter},
	{"cookie", ruleCookie},
	{"player", rulePlayer},
	{"crumbs", ruleCrumbs},
	{"language-menu", ruleLanguageMenu},
	{"related", ruleRelated},
	{"next-story", ruleNextStory},
	{"caption", ruleCaption},
	{"gallery", ruleGallery},
	{"repeated-lede", ruleRepeated},
	{"ad-clause", ruleAdClause},
	{"link-label", ruleLinkLabels},
	{"paywall", rulePaywall},
	{"disclaimer", ruleDisclaimer},
	{"promo", rulePromo},
	{"header-zone", ruleHeaderZone},
	{"author-bio", ruleAuthorBio},
	{"trailing-box", ruleTrailingBox},
	{"wire-signoff", ruleWireSignoff},
	{"results", ruleResults},
	{"dateline-again", ruleDatelineAgain},
	{"learned", ruleLearned},
	{"blog-posts", ruleBlogPosts},
	{"field-records", ruleFieldRecords},
	{"slides", ruleSlides},
	{"blog-top", ruleBlogTop},
	{"writer-bio", ruleWriterBio},
	{"tail-names", ruleTailNames},
	{"counts", ruleCounts},
	{"follow-label", ruleFollowLabel},
	{"masthead-echo", ruleMastheadEcho},
	{"cjk-page", ruleCJKPage},
	{"comments", ruleComments},
	{"prose-run", ruleProseRun},
	{"teasers", ruleTeaserRun},
	{"donation-kept", ruleDonationKept},
	{"post-footer", rulePostFooter},
	{"column", ruleColumn},
	{"site-welcome", ruleSiteWelcome},
	{"post-nav", rulePostNav},
	{"legal", ruleLegal},
	{"author-box", ruleAuthorBox},
	{"initials-again", ruleInitialsAgain},
	{"tail-island", ruleTailIsland},
	{"announced-list", ruleAnnouncedList},
	{"end-notes", ruleEndNotes},
	{"tag-run", ruleTagRun},
	// Last: a line the rules above name keeps their reason ("donation
	// appeal"); the site's other repeated lines go as its template.
	{"templates", ruleTemplates},
}

// RuleNames lists the pipeline's rules in order.
func RuleNames() []string {
	out := make([]string, len(rules))
	for i, r := range rules {
		out[i] = r.name
	}
	return out
}

// key normalises a short line for lexicon lookups: lower case, single spaces,
// surrounding punctuation and bullets trimmed.
func key(s string) string {
	if len(s) > 200 {
		return ""
	}
	return trimKey(lower(tidySpace(s)))
}

// trimKey trims the punctuation, symbols and spaces key trims from a
// lower-cased tidy line.
//
//go:noinline
func trimKey(s string) string {
	return strings.TrimFunc(s, isKeyTrim)
}

func isKeyTrim(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '$' && r != '#' || unicode.IsSymbol(r) && r != '$' || r == '|'
}

// words counts the whitespace-separated words of s.
//
//go:noinline
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// wordsGT reports whether s has more than n words, without counting past n.
//
//go:noinline
func wordsGT(s string, n int) bool {
	c, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			if c++; c > n {
				return true
			}
		}
		in = !sp
	}
	return false
}

// blockWords is a block's length in words (its nw, which scanText counts):
// words, but a run of Chinese or Japanese characters, written without
// spaces, counts a word for every two of them (cjkWords), so that a
// paragraph of Chinese is not a one-word line to the rules that tell menus
// and header lines by their length.
func blockWords(s string) int {
	n, cjk, in := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0xe3 {
			if r, sz := utf8.DecodeRuneInString(s[i:]); isCJK(r) || cjkPunct(r) {
				if !cjkPunct(r) {
					cjk++
				}
				in = false
				i += sz - 1
				continue
			}
		}
		sp := c == ' ' || c == '\n' || c == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n + cjkWords(cjk)
}

// isCJK reports whether r is a Han ideograph, hiragana or katakana: the
// scripts written without spaces between words (Korean's hangul has them).
//
//go:noinline
func isCJK(r rune) bool {
	return parse.IsCJK(r)
}

// cjkPunct reports whether r is the punctuation Chinese and Japanese write
// between their characters ("，", "。", "、", "「"): like a space, no word.
func cjkPunct(r rune) bool { return r >= 0x3000 && unicode.IsPunct(r) }

// cjkWords is how many words n Chinese or Japanese characters make: a word
// for every two (the mean length of a Chinese word is about 1.6 characters),
// so a sentence of them weighs about as much as its English translation.
func cjkWords(n int) int { return (n + 1) / 2 }

// has reports whether the block's lower-cased text holds sub
// (strings.Contains), its pairs of bytes read first (see pairSet): most
// lines lack a pair of most phrases the rules look for, and are not
// searched for them.
//
//go:noinline
func (b *block) has(sub string) bool { return holds(b.low, b.pairs(), sub) }

// hasAny is hasAny of the block's lower-cased text, each phrase read as has
// reads it.
//
//go:noinline
func (b *block) hasAny(subs ...string) bool { return holdsAny(b.low, b.pairs(), subs...) }

// holdsAny is hasAny of s, a part of a line whose pairs of bytes ps holds
// (or with ps nil), each phrase read as holds reads it.
//
//go:noinline
func holdsAny(s string, ps *pairSet, subs ...string) bool {
	for _, x := range subs {
		if holds(s, ps, x) {
			return true
		}
	}
	return false
}

// holds is strings.Contains(s, sub) for s a part of a line whose pairs of
// bytes ps holds (see maskWith), or with ps nil.
//
//go:noinline
func holds(s string, ps *pairSet, sub string) bool {
	return ps.mayHold(sub) && index(s, sub) >= 0
}

// contains is strings.Contains by index: under wasm, indexRare's search for
// the pattern's rarest byte, not the runtime's for its first (the rules'
// hottest searches moved to it, speed43).
func contains(s, sub string) bool { return index(s, sub) >= 0 }

// hasAny reports whether s contains any of subs.
func hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if index(s, x) >= 0 {
			return true
		}
	}
	return false
}

// Helpers called from many rules (hasPrefixAny, words, lower, (*doc).remove,
// …) and the builders of the package's sets and matchers are marked
// //go:noinline: inlined, each call site costs the wasm its own copy (98 KB
// of the worker's wasm code, 35 KB gzip, in all; measured 2026-12-06), and
// none runs where a call's cost shows (BenchmarkCleanPages natively:
// hasPrefixAny 2% of the time, the others under 1%, the pass's time
// unchanged).

// phrases makes the set of the phrases s lists, separated by "|": a map
// literal costs the wasm several times the code.
//
//go:noinline
func phrases(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(s, "|") {
		m[p] = true
	}
	return m
}

// pairsOf makes the map of the pairs s lists as "key=value", separated by
// "|" (see phrases).
//
//go:noinline
func pairsOf(s string) map[string]string {
	m := map[string]string{}
	for _, p := range strings.Split(s, "|") {
		k, v, _ := strings.Cut(p, "=")
		m[k] = v
	}
	return m
}

// hasPrefixAny reports whether s starts with any of ps.
//
//go:noinline
func hasPrefixAny(s string, ps ...string) bool {
	if s == "" {
		for _, p := range ps {
			if p == "" {
				return true
			}
		}
		return false
	}
	for _, p := range ps {
		// the first byte compared here, not in a call of memequal: most
		// lines open otherwise
		if p == "" || len(s) >= len(p) && s[0] == p[0] && s[:len(p)] == p {
			return true
		}
	}
	return false
}

// wordPrefix is strings.HasPrefix(s, p+" ") without making p+" ".
//
//go:noinline
func wordPrefix(s, p string) bool {
	return len(s) > len(p) && s[len(p)] == ' ' && s[:len(p)] == p
}

// lastIndexByte is strings.LastIndexByte, which reads byte by byte from
// the end, after strings.IndexByte's faster scan finds c in s: most lines
// the caption rules read have no slash.
func lastIndexByte(s string, c byte) int {
	k := strings.IndexByte(s, c)
	if k < 0 {
		return -1
	}
	return k + strings.LastIndexByte(s[k:], c)
}

// lastIndex is strings.LastIndex, cheaper when s lacks sub's next-to-last
// byte (a separator's mark: the "|" of " | "): the search backwards hashes
// every byte of s, and the title rules try a dozen separators a line.
//
//go:noinline
func lastIndex(s, sub string) int {
	if len(sub) >= 2 && strings.IndexByte(s, sub[len(sub)-2]) < 0 {
		return -1
	}
	return strings.LastIndex(s, sub)
}

// prefixIndex holds phrases by their first byte, in their order: a line is
// compared with the few that open as it does, not with each of a long list.
type prefixIndex [256][]string

// indexPrefixes makes the prefixIndex of the non-empty phrases ps.
//
//go:noinline
func indexPrefixes(ps []string) *prefixIndex {
	var x prefixIndex
	for _, p := range ps {
		x[p[0]] = append(x[p[0]], p)
	}
	return &x
}

// of returns the phrases that open with s's first byte.
func (x *prefixIndex) of(s string) []string {
	if s == "" {
		return nil
	}
	return x[s[0]]
}

// any reports whether s starts with one of the phrases.
//
//go:noinline
func (x *prefixIndex) any(s string) bool {
	for _, p := range x.of(s) {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasSuffixAny reports whether s ends with any of ps.
//
//go:noinline
func hasSuffixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends with sentence punctuation.
func endsSentence(s string) bool {
	// The last byte tells, when it is ASCII and nothing to trim: most lines.
	if n := len(s); n > 0 {
		switch c := s[n-1]; {
		case c == '.' || c == '!' || c == '?':
			return true
		case c < utf8.RuneSelf && c != ' ' && c != '"' && c != '\'' && c != ')':
			return false
		}
	}
	s = strings.TrimRight(s, " \"”’')」』）")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '。' || r == '！' || r == '？' || r == '।' || r == '॥' // Hindi's danda
}
