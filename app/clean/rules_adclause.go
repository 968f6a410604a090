package clean

import "strings"

// adClauseVerbs introduce the marketing part of an injected appositive.
var adClauseVerbs = []string{
	"known for", "famous for", "renowned for", "best known for", "celebrated for", "loved for",
	"that makes", "which makes", "that offers", "which offers", "that sells", "which sells",
	"the maker of", "makers of", "the makers of", "the home of", "home of",
}

// adClauseHype are the superlatives advertising copy uses and news prose does
// not put in an appositive about a company.
var adClauseHype = []string{
	"the best", "the finest", "the top", "the cheapest", "the most affordable", "the highest quality",
	"the highest-rated", "top-rated", "#1", "number one", "award-winning", "unbeatable",
	"world-class", "the lowest prices", "great deals", "best-selling", "best selling", "best value",
}

// adClauseNouns are what an injected appositive calls the advertised party.
var adClauseNouns = []string{"company", "brand", "firm", "maker", "manufacturer", "store", "retailer",
	"website", "site", "app", "platform", "shop", "dealer", "provider", "service"}

// ruleAdClause removes an advertising clause injected into a body sentence:
// ", the company known for making the best SUV for mileage." Only an appositive
// that names a company-like noun, a marketing verb and a superlative, running to
// the end of its sentence, is removed. A heading's too: the line a
// paragraph would be once its markup is gone, as a second cleaning of the
// rendering reads it (FuzzClean's ad_clause_in_heading).
func ruleAdClause(d *doc) {
	for i, b := range d.blocks {
		if !b.kept() || b.kind == "title" || !b.has(", ") {
			continue
		}
		if st, _ := findAdClauseLow(b.low); st < 0 {
			continue
		}
		b.cutSpans(findAdClause, ReasonAdClause)
		// What is left is judged as the metadata, ad marker and crumbs
		// rules judged whole lines, as a cleaning of the rendering will:
		// "x X X X !" under ", the Company known for the Best" is a
		// share bar's, "Ad ." an ad marker, "#0!" a tag (FuzzClean).
		p := keptPart(b)
		if p.nw <= 40 && isMetadataLine(p.text, p.low, p.nw) {
			reason := ReasonMetadata
			if isTagLine(p.low) {
				reason = ReasonTags
			}
			d.remove(i, reason)
		} else if adMarker(p) {
			d.remove(i, ReasonAd)
		} else if r := crumbReason(p); r != "" {
			d.remove(i, r)
		}
	}
}

// findAdClause returns the span of an injected ad clause in s, or -1. It
// keeps byte offsets: the span indexes s.
func findAdClause(s string) (int, int) {
	return findAdClauseLow(lower(s))
}

// findAdClauseLow is findAdClause on lower-cased text.
func findAdClauseLow(lw string) (int, int) {
	from := 0
	for {
		k := index(lw[from:], ", ")
		if k < 0 {
			return -1, -1
		}
		st := from + k
		from = st + 2
		rest := lw[st+2:]
		if !hasPrefixAny(rest, "the ", "a ", "an ") {
			continue
		}
		// The clause runs to the end of its sentence, without another comma.
		end := strings.IndexAny(rest, ".!?;,")
		if end < 0 {
			continue
		}
		if rest[end] == ',' || rest[end] == ';' {
			continue
		}
		clause := rest[:end]
		end += st + 2
		w1, w2 := secondWords(clause)
		noun := false
		for _, n := range adClauseNouns {
			if w1 == n || w2 == n {
				noun = true
				break
			}
		}
		if !noun {
			continue
		}
		if nw := words(clause); nw < 4 || nw > 20 {
			continue
		}
		if hasAny(clause, adClauseVerbs...) && hasAny(clause, adClauseHype...) {
			return st, end
		}
	}
}

// secondWords returns the second and third space-separated words of s.
func secondWords(s string) (string, string) {
	var w [3]string
	n := 0
	for i := 0; i < len(s) && n < 3; {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			w[n] = s[i:j]
			n++
		}
		i = j
	}
	return w[1], w[2]
}
