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
// the end of its sentence, is removed.
func ruleAdClause(d *doc) {
	for _, b := range d.blocks {
		if !b.kept() || b.kind != "paragraph" || !hasAny(b.low, ", the ", ", a ", ", an ") {
			continue
		}
		var out []Segment
		changed := false
		for _, s := range b.segs {
			if s.Removed != "" || s.Original != "" {
				out = append(out, s)
				continue
			}
			rest := s.Text
			for {
				st, en := findAdClause(rest)
				if st < 0 {
					break
				}
				out = append(out, Segment{Text: rest[:st]}, Segment{Text: rest[st:en], Removed: ReasonAdClause})
				rest = rest[en:]
				changed = true
			}
			if rest != "" {
				out = append(out, Segment{Text: rest})
			}
		}
		if changed {
			b.segs = out
		}
	}
}

// findAdClause returns the span of an injected ad clause in s, or -1.
func findAdClause(s string) (int, int) {
	lw := lower(s)
	from := 0
	for {
		k := strings.Index(lw[from:], ", ")
		if k < 0 {
			return -1, -1
		}
		st := from + k
		from = st + 2
		// The clause runs to the end of its sentence, without another comma.
		end := strings.IndexAny(lw[st+2:], ".!?;,")
		if end < 0 {
			continue
		}
		end += st + 2
		if lw[end] == ',' || lw[end] == ';' {
			continue
		}
		clause := lw[st+2 : end]
		if !hasPrefixAny(clause, "the ", "a ", "an ") {
			continue
		}
		w := strings.Fields(clause)
		if len(w) < 4 || len(w) > 20 {
			continue
		}
		noun := false
		for _, n := range adClauseNouns {
			if w[1] == n || len(w) > 2 && w[2] == n {
				noun = true
			}
		}
		if noun && hasAny(clause, adClauseVerbs...) && hasAny(clause, adClauseHype...) {
			return st, end
		}
	}
}
