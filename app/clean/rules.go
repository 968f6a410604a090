package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	{"ad-marker", ruleAdMarker},
	{"donation", ruleDonation},
	{"newsletter", ruleNewsletter},
	{"cookie", ruleCookie},
	{"crumbs", ruleCrumbs},
	{"related", ruleRelated},
	{"next-story", ruleNextStory},
	{"caption", ruleCaption},
	{"repeated-lede", ruleRepeated},
	{"ad-clause", ruleAdClause},
	{"link-label", ruleLinkLabels},
	{"paywall", rulePaywall},
	{"header-zone", ruleHeaderZone},
	{"author-bio", ruleAuthorBio},
	{"trailing-box", ruleTrailingBox},
	{"learned", ruleLearned},
	{"comments", ruleComments},
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
func trimKey(s string) string {
	return strings.TrimFunc(s, isKeyTrim)
}

func isKeyTrim(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '$' && r != '#' || unicode.IsSymbol(r) && r != '$' || r == '|'
}

// words counts the whitespace-separated words of s.
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

// hasAny reports whether s contains any of subs.
func hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// phrases makes the set of the phrases s lists, separated by "|": a map
// literal costs the wasm several times the code.
func phrases(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(s, "|") {
		m[p] = true
	}
	return m
}

// pairsOf makes the map of the pairs s lists as "key=value", separated by
// "|" (see phrases).
func pairsOf(s string) map[string]string {
	m := map[string]string{}
	for _, p := range strings.Split(s, "|") {
		k, v, _ := strings.Cut(p, "=")
		m[k] = v
	}
	return m
}

// hasPrefixAny reports whether s starts with any of ps.
func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends with sentence punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"”’')")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?'
}
