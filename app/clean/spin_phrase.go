package clean

import "strings"

// phraseRepair returns the original of a common spun word that the words
// after it leave no other reading for, where the news model, which weighs
// the written word's own pairs too, leaves it: "past" before a gerund is
// the spinner's "by" ("past taking the lead"; "past" stands before an
// "-ing" noun only after a determiner or a preposition: "any past
// marketing"), and "hold to" before a verb its "have to" ("will hold to
// sell"; not one "hold to" in the BBC's and Reuters' text, three "hold to
// be" in the web pages'). "" elsewhere. On other news 22 and 21 more swaps
// undone, on fold 4 24 and 37, no wrong repair more (twenty-third session).
func phraseRepair(toks []token, i int) string {
	t := toks[i]
	if !repairable(t) || t.glued || t.punctAfter || i+1 >= len(toks) {
		return ""
	}
	n := toks[i+1]
	if n.word != n.low || n.glued {
		return ""
	}
	prev := ""
	if i > 0 && !t.sentStart && !toks[i-1].punctAfter {
		prev = toks[i-1].low
	}
	if determiners[prev] || beforeNounPhrase[prev] {
		return ""
	}
	if t.low == "past" && len(n.low) >= 5 && strings.HasSuffix(n.low, "ing") && !strings.HasSuffix(n.low, "thing") {
		return matchCase("by", t.word)
	}
	if t.low == "hold" && n.low == "to" && !n.punctAfter && !t.sentStart && i+2 < len(toks) {
		v := toks[i+2]
		if v.word == v.low && !determiners[v.low] && !pronounsObj[v.low] {
			return "have"
		}
	}
	return ""
}
