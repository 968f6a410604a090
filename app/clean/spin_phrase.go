package clean

import "strings"

// phraseRepair returns the original of a common spun word that the word
// after it leaves no other reading for, where the news model, which weighs
// the written word's own pairs too, leaves it: "past" before a gerund is
// the spinner's "by" ("past taking the lead"; "past" stands before an
// "-ing" noun only after a determiner or a preposition: "any past
// marketing"). "" elsewhere. On other news 22 more swaps undone, on fold 4
// 24, no wrong repair more (twenty-third session).
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
	return ""
}
