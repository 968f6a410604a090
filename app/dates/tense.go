package dates

import "strings"

// tense is the grammatical time of the clause around an expression.
type tense uint8

const (
	tenseUnknown tense = iota // present or no cue
	tensePast
	tenseFuture
)

// String names the tense for tests and debugging.
func (t tense) String() string {
	switch t {
	case tensePast:
		return "past"
	case tenseFuture:
		return "future"
	}
	return "unknown"
}

// irregularPast lists common irregular past-tense forms (and a few past
// participles) of English news verbs.
var irregularPast = setOf(`was were had did said told came went met began blew sent left
made took gave held saw fell rose won lost struck shot fled led paid ran spoke broke wrote
chose drew flew froze bought brought caught fought thought found heard kept knew meant stood
understood sold became forgot got hung laid sought taught threw wore woke arose bore built
dealt dug fed felt forbade forgave grew hid lent lit overtook sank sat slept slid spent
spun stole stuck stung swept swore swam swung tore withdrew beat been done gone seen
taken given known shown spoken written broken chosen driven eaten fallen flown forgotten
frozen hidden ridden risen stolen sworn thrown woken ago yesterday earlier previously
formerly`)

// notPast lists words ending in -ed that are not past tense.
var notPast = setOf(`need needed indeed speed proceed exceed succeed feed seed bed red shed
hundred kindred sacred naked wicked beloved united limited bred breed greed creed deed
heed weed steed reed embed shred sled wed`)

// futureWords are single-word cues of the future. The modals count too:
// "said on Wednesday that it could slip to early April" is about an April
// to come ("may" only in lower case: "May" is the month).
var futureWords = setOf(`will shall upcoming next tomorrow scheduled could might would should`)

// futureBefore are words that, followed by "to", mark the future ("plans to",
// "set to", "going to", "expected to", "due to" is excluded: it means because).
var futureBefore = setOf(`plans plan planning set going expected scheduled intends intend
aims aim prepares preparing poised`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// cueOf returns the tense a token signals on its own.
func cueOf(toks []token, i int) tense {
	t := toks[i]
	if t.kind != kWord {
		return tenseUnknown
	}
	w := t.lower
	switch {
	case w == "won't" || w == "won’t" || w == "will" || w == "shall" || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
		return tenseFuture
	case futureBefore[w] && i+1 < len(toks) && toks[i+1].lower == "to":
		return tenseFuture
	case futureWords[w] || t.text == "may":
		return tenseFuture
	case irregularPast[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !notPast[w]:
		// a participle after "be" belongs to its auxiliary ("will be held")
		if i > 0 && (toks[i-1].lower == "be" || toks[i-1].lower == "being") {
			return tenseUnknown
		}
		return tensePast
	case w == "wasn't" || w == "weren't" || w == "didn't" || w == "hadn't" || w == "wasn’t" || w == "weren’t" || w == "didn’t" || w == "hadn’t":
		return tensePast
	}
	return tenseUnknown
}

// clauseBreak reports whether the token separates clauses.
func clauseBreak(t token) bool {
	if t.kind == kPunct {
		switch t.text {
		case ",", ";", ":", "—", "–", "(", ")", "\"", "“", "”":
			return true
		}
		return false
	}
	return t.kind == kWord && (t.lower == "that" || t.lower == "but" || t.lower == "while" ||
		t.lower == "when" || t.lower == "after" || t.lower == "before" || t.lower == "because")
}

// cuesOf returns the tense cue of every token.
func cuesOf(toks []token) []tense {
	cues := make([]tense, len(toks))
	for i := range toks {
		cues[i] = cueOf(toks, i)
	}
	return cues
}

// tenseWindow bounds how far (in tokens) tense cues are looked for.
const tenseWindow = 40

// tenseAt returns the tense of the clause around toks[lo:hi], the tokens of
// an expression: the nearest cue inside the same clause, or else the nearest
// cue in the sentence (within tenseWindow tokens). Cues inside the expression
// itself are ignored.
func tenseAt(toks []token, cues []tense, lo, hi int) tense {
	best, bestDist := tenseUnknown, 1<<30
	look := func(i, dist int, crossed bool) {
		if c := cues[i]; c != tenseUnknown {
			if crossed {
				dist += 1000
			}
			if dist < bestDist {
				best, bestDist = c, dist
			}
		}
	}
	crossed := false
	for i := lo - 1; i >= 0 && lo-i <= tenseWindow; i-- {
		if clauseBreak(toks[i]) {
			crossed = true
		}
		look(i, lo-i, crossed)
	}
	crossed = false
	for i := hi; i < len(toks) && i-hi < tenseWindow; i++ {
		if clauseBreak(toks[i]) {
			crossed = true
		}
		look(i, i-hi+1, crossed)
	}
	return best
}
