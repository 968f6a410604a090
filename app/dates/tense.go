package dates

import "strings"

// tense is the grammatical time of the clause around an expression.
type tense uint8

const (
	tenseUnknown tense = iota // present or no cue
	tensePast
	tenseFuture
	// tensePresent is a cue of the present ("is", "are"): it stops the
	// search for a cue and reads as tenseUnknown.
	tensePresent
	// tensePastFar is a past cue found only across a clause break: weekdays
	// still take the previous occurrence, but a date or month without a
	// year takes the nearest ("invited them to a ceremony, on March 12").
	tensePastFar
)

// String names the tense for tests and debugging.
func (t tense) String() string {
	switch t {
	case tensePast:
		return "past"
	case tenseFuture:
		return "future"
	case tensePastFar:
		return "past (other clause)"
	}
	return "unknown"
}

// irregularPast lists common irregular past-tense forms (and a few past
// participles) of English news verbs.
var irregularPast map[string]bool

// notPast lists words ending in -ed that are not past tense.
var notPast map[string]bool

// speechVerbs report what was said; before a deadline ("said it expects to
// close the deal by Dec. 15") they say nothing of its time.
var speechVerbs map[string]bool

// attribution reports whether the speech verb at toks[i] ends an
// attribution (", an official said.", ", police said on Tuesday") rather
// than starting a clause of its own ("In September, it announced plans").
func attribution(toks []token, i int) bool {
	if !speechVerbs[toks[i].lower] {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	next := toks[i+1]
	return next.kind == kPunct || next.capitalized() || attributionNext[next.lower]
}

// attributionNext are words that may follow the verb of an attribution.
var attributionNext map[string]bool

// presentAux are present-tense auxiliaries: a clause in the present ("said
// it is calling for the redemption on Dec. 7") is not in the past.
var presentAux map[string]bool

// futureWords are single-word cues of the future. The modals count too:
// "said on Wednesday that it could slip to early April" is about an April
// to come ("may" only in lower case: "May" is the month).
var futureWords map[string]bool

// negated reports whether the modal at toks[i] is negated: "could not",
// "could never", or "neither ... nor ... could" earlier in its clause.
func negated(toks []token, i int) bool {
	if i+1 < len(toks) && (toks[i+1].lower == "not" || toks[i+1].lower == "never") {
		return true
	}
	for k := i - 1; k >= 0 && i-k <= 12 && !clauseBreak(toks[k]); k-- {
		if w := toks[k].lower; w == "neither" || w == "nor" || w == "nobody" {
			return true
		}
	}
	return false
}

// futureLead are words that, right before an expression, make it a time to
// come whatever the tense of the verb: deadlines ("postponed until
// Saturday", "extended to Nov. 16", "by Jan. 14", "through June") and the
// dates of financial notices ("payable Dec. 15", "of record Nov. 22",
// "effective Feb. 1").
var futureLead map[string]bool

// deadlineLead are words that, right before an expression, make it a time
// to come unless the clause is in the past tense without a verb of delay
// ("has fallen 2% this year through Oct. 19", "Until Thursday, they had
// not called him a suspect" are in the past).
var deadlineLead map[string]bool

// delayWords move a deadline ("postponed until Saturday", "extended its
// offer until Nov. 9").
var delayWords map[string]bool

// pastLead are words that, right before an expression, make it a time gone
// by ("since Tuesday").
var pastLead map[string]bool

// futureBefore are words that, followed by "to", mark the future ("plans to",
// "set to", "going to", "expected to", "due to" is excluded: it means because).
var futureBefore map[string]bool

// plannedFor are the participles that, followed by "for", mark a plan ("was
// planned for early March", "is set for Tuesday"); "vacation plans for the
// trip" is a noun.
var plannedFor map[string]bool

// getForms are the forms of "get": a participle after them is passive ("is
// going to start getting beat up"), not the past tense.
var getForms map[string]bool

// adjectiveBefore are words after which an -ed word is an adjective ("a
// still unspecified date", "the proposed merger"), not a verb. "that" is
// not one: after a noun it starts a clause ("shootings that injured").
var adjectiveBefore map[string]bool

// beForms are the forms of "to be".
var beForms map[string]bool

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
	case futureBefore[w] && i+1 < len(toks) && (toks[i+1].lower == "to" || toks[i+1].lower == "for" && plannedFor[w]):
		if i > 0 && (toks[i-1].lower == "had" || toks[i-1].lower == "been" && i > 1 && toks[i-2].lower == "had") {
			// "had been scheduled to expire": a plan made in the past, for a
			// time on either side of now
			return tensePresent
		}
		return tenseFuture // "plans to", "was planned for early March"
	case presentAux[w] && i+2 < len(toks) && toks[i+1].lower == "to" && toks[i+2].kind == kWord && toks[i+2].lower != "the" && toks[i+2].lower != "a":
		return tenseFuture // "is to resume trading Tuesday"
	case presentAux[w]:
		return tensePresent
	case w == "due" && i+2 < len(toks) && toks[i+1].lower == "to" && i > 0 && beForms[toks[i-1].lower] && toks[i-1].lower != "been":
		return tenseFuture // "is due to be published"; "due to the rain" is a cause
	case w == "next" && i+1 < len(toks) && toks[i+1].lower == "to":
		return tenseUnknown // "next to the embassy" is a place
	case w == "could" && negated(toks, i):
		return tenseUnknown // "could not be reached Tuesday" is no future
	case futureWords[w] || t.text == "may":
		if i+1 < len(toks) && (toks[i+1].lower == "have" || toks[i+1].lower == "not" && i+2 < len(toks) && toks[i+2].lower == "have") {
			return tensePast // "could have emerged"
		}
		return tenseFuture
	case irregularPast[w] || strings.HasSuffix(w, "ed") && len(w) > 4 && !notPast[w]:
		// a participle after "be" or "is" belongs to its auxiliary ("will be
		// held", "is expected")
		if i > 0 && (toks[i-1].lower == "be" || toks[i-1].lower == "being" || presentAux[toks[i-1].lower] || getForms[toks[i-1].lower]) {
			return tenseUnknown
		}
		if i > 0 && adjectiveBefore[toks[i-1].lower] && !irregularPast[w] {
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

// sinceReach is how far (in tokens) before an expression a "since" makes
// it past.
const sinceReach = 6

// afterPenalty is added to the distance of a cue after the expression.
const afterPenalty = 3

// tenseWindow bounds how far (in tokens) tense cues are looked for.
const tenseWindow = 40

// tenseAt returns the tense of the clause around toks[lo:hi], the tokens of
// an expression: the nearest cue inside the same clause, or else the nearest
// cue in the sentence (within tenseWindow tokens). Cues inside the expression
// itself are ignored.
func tenseAt(toks []token, cues []tense, lo, hi int) tense {
	if lo > 0 {
		switch w := toks[lo-1].lower; {
		case futureLead[w] || w == "to" && lo > 1 && (toks[lo-2].lower == "extended" || toks[lo-2].lower == "postponed" || toks[lo-2].lower == "delayed"):
			return tenseFuture
		case pastLead[w]:
			return tensePast
		}
	}
	// "since their last meeting in June": what "since" reaches back to is
	// gone by, whatever the clause's verb ("are expected to review progress
	// since ..."), unless a verb of its own comes between ("since it will
	// take effect in June" gives a reason).
	for i := lo - 1; i >= 0 && lo-i <= sinceReach && !clauseBreak(toks[i]); i-- {
		if toks[i].lower == "since" {
			return tensePast
		}
		if cues[i] != tenseUnknown {
			break
		}
	}
	// "by Jan. 14" and "the Jan. 14 deadline" are to come, unless the
	// clause is in the past ("had tendered 99% by the Tuesday deadline")
	deadline := lo > 0 && deadlineLead[toks[lo-1].lower] ||
		hi < len(toks) && (toks[hi].lower == "deadline" || toks[hi].lower == "deadlines")
	// a possessive ("Wednesday's ruling") names a thing of its own day: the
	// modal of the clause around it ("would appeal Wednesday's ruling")
	// says nothing of that day
	possessive := hi > lo && toks[hi-1].kind == kWord && toks[hi-1].base < toks[hi-1].hi
	if deadline {
		for i := lo - 2; i >= 0 && lo-i <= tenseWindow && !clauseBreak(toks[i]); i-- {
			if delayWords[toks[i].lower] {
				return tenseFuture
			}
		}
	}
	best, bestDist := tenseUnknown, 1<<30
	look := func(i, dist int, crossed bool) {
		if deadline && speechVerbs[toks[i].lower] || possessive && alt(toks[i].lower, "could|might|would|should|must") {
			return
		}
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
		if crossed && attribution(toks, i) {
			continue // "will join in early March, an official said": the attribution says nothing of the time
		}
		// the verb of a clause mostly comes before a trailing date; a cue
		// after it ("markets untouched by") counts a little less
		look(i, i-hi+1+afterPenalty, crossed)
	}
	if best == tensePresent {
		best = tenseUnknown
	}
	switch {
	case deadline && best == tenseUnknown:
		return tenseFuture
	case best == tensePast && bestDist >= 1000:
		return tensePastFar
	}
	return best
}

// loadTenseTables builds the word tables of tense.go; loadTables calls it once.
func loadTenseTables() {
	irregularPast = setOf(`was were had did said told came went met began blew sent left
made took gave held saw fell rose won lost struck shot fled led paid ran spoke broke wrote
chose drew flew froze bought brought caught fought thought found heard kept knew meant stood
understood sold became forgot got hung laid sought taught threw wore woke arose bore built
dealt dug fed felt forbade forgave grew hid lent lit overtook sank sat slept slid spent
spun stole stuck stung swept swore swam swung tore withdrew beat been done gone seen
taken given known shown spoken written broken chosen driven eaten fallen flown forgotten
frozen hidden ridden risen stolen sworn thrown woken ago yesterday earlier previously
formerly`)
	notPast = setOf(`need needed indeed speed proceed exceed succeed feed seed bed red shed
hundred kindred sacred naked wicked beloved united limited bred breed greed creed deed
heed weed steed reed embed shred sled wed preferred proposed based related unnamed
unidentified armed detailed`)
	speechVerbs = setOf(`said told announced reported added stated noted asked explained`)
	attributionNext = setOf(`on in at late early last this yesterday today`)
	presentAux = setOf(`is are am`)
	futureWords = setOf(`will shall upcoming next tomorrow scheduled could might would should must`)
	futureLead = setOf(`payable effective record`)
	deadlineLead = setOf(`until till through by`)
	delayWords = setOf(`extended extend extends extending postponed postpone postpones delayed delay
delays deadline deadlines given gave put pushed moved expire expires due`)
	pastLead = setOf(`since`)
	futureBefore = setOf(`plans plan planning planned set going expected scheduled intends intend
intended aims aim prepares preparing poised expects expect hopes hope hoped wants want seeks seek
agreed agrees promised promises vowed pledged threatened decided`)
	plannedFor = setOf(`planned scheduled set`)
	getForms = setOf(`get gets getting got`)
	adjectiveBefore = setOf(`a an the its their his her our this these those very more most
still newly`)
	beForms = setOf(`is are was were be been being 's`)
}
