package dates

// This file reads references to the present, the past and the future that
// name no period ("now", "recently", "in the future"). They carry TimeML's
// values (PresentRef, PastRef, FutureRef) and need no anchor: where "now"
// lies on a timeline is the reader's business (the publication date).

// ref matches a reference at token i and returns the index after it and
// its date, or i and "" when nothing matched.
func (f *finder) ref(i int) (end int, date string) {
	t := f.toks[i]
	next := f.tok(i + 1)
	switch t.lower {
	case "now":
		// "from now" belongs to a count ("two weeks from now"); "now that"
		// is still the present.
		// "now-defunct" is an adjective; "Now, he says" and "Now for the
		// weather" open a sentence as a discourse marker, not as a time.
		if f.prevWord(i) == "from" || next.lower == "on" || next.text == "-" && next.lo == t.hi ||
			i == 0 && (next.text == "," || next.lower == "for") {
			return i, ""
		}
		return i + 1, PresentRef
	case "right", "just":
		if next.lower == "now" && t.lower == "right" {
			return i + 2, PresentRef
		}
	case "currently", "nowadays":
		return i + 1, PresentRef
	case "these":
		if next.lower == "days" {
			return i + 2, PresentRef
		}
	case "at":
		// "at present", "at the moment", "at the time" (the past)
		switch {
		case next.lower == "present" && f.tok(i+2).kind != kWord:
			return i + 2, PresentRef
		case next.lower == "the" && f.low(i+2) == "time" && f.low(i+3) != "of" && f.tok(i+3).kind != kNum:
			// "At the time Howes was captured, ..." opens a sentence as a
			// subordinating conjunction ("when"), which TimeML leaves
			// untagged; "At the time, nobody knew" and "saying at the time
			// he was willing" are the past.
			if i == 0 && f.tok(3).kind == kWord {
				return i, ""
			}
			return i + 3, PastRef
		}
	case "recently":
		if _, ok := f.at(i + 1); ok {
			return i, "" // "most recently last October": the date says when
		}
		return i + 1, PastRef
	case "a", "several", "few":
		// "a few days ago", "several years ago": a past with no count
		k := i + 1
		if t.lower == "a" {
			if next.lower != "few" {
				return i, ""
			}
			k++
		}
		if unitOf[f.low(k)] != "" && f.low(k+1) == "ago" {
			return k + 2, PastRef
		}
	case "recent":
		if next.lower == "years" && f.prevWord(i) == "in" {
			return i + 2, PastRef
		}
	case "the":
		switch next.lower {
		case "past":
			// "in the past", not "the past two months" (a duration) nor "the
			// past week"
			if f.prevWord(i) == "in" && f.tok(i+2).kind != kNum && numberWords[f.low(i+2)] == 0 &&
				unitOf[f.low(i+2)] == "" && !unitLike[f.low(i+2)] {
				return i + 2, PastRef
			}
		case "future":
			// "the future of our peoples"; "the future looks bleak": as the
			// subject of a verb it is the prospects, not a time
			if f.low(i+2) == "of" || alt(f.low(i+2), futureVerbs) && !alt(f.prevWord(i), "in|into|for|about|until") {
				return i, ""
			}
			return i + 2, FutureRef
		case "near", "distant":
			if f.low(i+2) == "future" {
				return i + 3, FutureRef
			}
		}
	}
	return i, ""
}

// unitLike are nouns after "the past" that make it a period ("the past
// decade", "the past few weeks").
var unitLike map[string]bool

// futureVerbs are verbs that make "the future" before them their subject.
const futureVerbs = "looks|look|looked|seems|seemed|is|was|remains|remained|holds|held|appears|appeared|belongs|lies|will|may|might|could|would|does|did"

// loadRefsTables builds the word tables of refs.go; loadTables calls it once.
func loadRefsTables() {
	unitLike = setOf(`few several decade decades century centuries quarter quarters weekend
summer winter spring fall autumn couple`)
}
