package clean

import "strings"

// phraseRepair returns the original of a common spun word that the words
// around it leave no other reading for, where the news model, which weighs
// the written word's own pairs too, leaves it (twenty-third session; chosen
// on other news and fold 4, where none of them made a wrong repair):
//   - "past" before a gerund is the spinner's "by" ("past taking the
//     lead"); "past" stands before an "-ing" noun only after a determiner
//     or a preposition ("any past marketing");
//   - "hold to" before a verb is its "have to" ("will hold to sell"; not
//     one "hold to" in the BBC's and Reuters' text, three "hold to be" in
//     the web pages');
//   - adverbs that take no noun phrase, before an article, a possessive or
//     a demonstrative: "wholly the charges" ("all"), "subsequently the
//     ruling" ("after"; "subsequently this year" is "later"),
//     "approximately her illness" ("about"; before a number it stays) and
//     "approximately of" ("some");
//   - "newly", which stands before a participle ("the newly elected
//     mayor"), after an article, a possessive or a demonstrative before
//     another word: "the newly law" ("new"; not after "a", where the
//     spinner's "fresh" stands as well: "a fresh start");
//   - "piece" before a clause's subject or a name, not after a determiner:
//     "waited outside piece she was", "scored twice piece Jones added"
//     ("while"; the noun comes after "a" or "the", before "of").
//
// "" elsewhere.
func phraseRepair(toks []token, i int) string {
	t := toks[i]
	if !repairable(t) || t.glued || t.punctAfter || i+1 >= len(toks) {
		return ""
	}
	n := toks[i+1]
	capital := n.word != n.low
	if capital && t.low != "piece" || n.glued || !adjacent(t, n) {
		return ""
	}
	prev := ""
	if i > 0 && !t.sentStart && !toks[i-1].punctAfter {
		prev = toks[i-1].low
	}
	next := n.low
	if o, ok := spunFunctionWords[next]; ok {
		next = o // "wholly angstrom": "a"
	}
	orig := ""
	switch t.low {
	case "wholly":
		if definite[next] {
			orig = "all"
		}
	case "subsequently":
		if definite[next] && !demonstratives[next] || next == "a" || next == "an" {
			orig = "after"
		}
	case "approximately":
		if next == "of" {
			orig = "some"
		} else if definite[next] {
			orig = "about"
		}
	case "newly":
		if definite[prev] && !participle(next) {
			orig = "new"
		}
	case "piece":
		if (capital || butNext[next] || next == "the") && !determiners[prev] {
			orig = "while"
		}
	case "past":
		if len(next) >= 5 && strings.HasSuffix(next, "ing") && !strings.HasSuffix(next, "thing") {
			orig = "by"
		}
	case "hold":
		if next == "to" && !n.punctAfter && !t.sentStart && i+2 < len(toks) {
			v := toks[i+2]
			if v.word == v.low && adjacent(n, v) && !determiners[v.low] && !pronounsObj[v.low] {
				orig = "have"
			}
		}
	}
	if orig == "" || (t.low == "past" || t.low == "hold") && (determiners[prev] || beforeNounPhrase[prev]) {
		return ""
	}
	return matchCase(orig, t.word)
}

// definite are the articles, possessives and demonstratives a noun phrase
// opens with.
var definite = setOf("the his her its their our my your this that these those")

var demonstratives = setOf("this that these those")

// adjacent reports whether only a space comes between tokens a and b (the
// tokens leave out numbers: "approximately 60% of").
func adjacent(a, b token) bool { return a.seg == b.seg && b.start == a.end+1 }

// participle reports whether w reads as a past participle or a present one
// ("newly elected", "newly built", "newly emerging").
func participle(w string) bool {
	return pastParticiples[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ing"))
}
