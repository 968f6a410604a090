package dates

import (
	"strconv"
	"strings"
	"time"
)

// resolver computes the date of a relative expression from the anchor day a
// and the tense of its clause. ok is false when no date exists.
type resolver func(a time.Time, t tense) (time.Time, bool)

// hit is a match of one pattern at a token position.
type hit struct {
	end  int       // index after the last token of the expression
	prec Precision // precision of the date
	abs  time.Time // the date of an absolute expression
	rel  resolver  // non-nil for relative expressions
	// yearBack marks "a year ago", "a year earlier", "year-earlier": after
	// a quarter they mean that quarter a year before (Context).
	yearBack bool
	// yearOf is set for "the 1988 quarter": the quarter of the report
	// (Context) in that year.
	yearOf int
	// same is set for "the quarter", "that quarter": the quarter the text
	// is about (Context), if any.
	same bool
}

// Context carries what the earlier sentences of a text said, for the
// expressions that refer back to it: in a report on "the third quarter",
// "a year earlier" is the third quarter of the year before. The zero value
// is an empty context; use one Context per text.
type Context struct {
	quarter string // the Date of the last quarter mentioned, "YYYY-Qn"
	// last is the Date of the last day, month or year mentioned, for
	// "that year", "the following month"; lastPrec is its precision
	last     string
	lastPrec Precision
	// span is set after "the nine months": the report is on a span of
	// several quarters, and "a year earlier" is a year
	span bool
	// toks is the tokens of the last sentence, whose array the next one
	// reuses: a text's sentences allocate one array between them.
	toks []token
	// f is the state of the sentence being read, kept here so that a
	// text's sentences allocate it once between them.
	f finder
}

// finder holds the state of one Find call.
type finder struct {
	s       string
	toks    []token
	anchor  Anchor
	day     time.Time
	out     []Expr
	lastEnd int // token index after the previous expression
	// lastStart is the token index where the previous expression starts
	lastStart int
	cues      []tense // tense cue per token, computed on first use
	ctx       *Context
	// aside is a quarter before the report's that this sentence named
	// (Context.earlierQuarter): it is the quarter of this sentence only
	aside string
}

// Find returns the temporal expressions in sentence, in order, resolved
// against anchor. Relative expressions are returned with Resolved == false
// and an empty Date when the anchor is unknown. Offsets are byte offsets into
// sentence. Find never panics and runs in time linear in len(sentence).
func Find(sentence string, anchor Anchor) []Expr {
	return FindIn(sentence, anchor, nil)
}

// FindIn is Find for one sentence of a longer text, in reading order: ctx
// carries what earlier sentences said and is updated (nil for none).
func FindIn(sentence string, anchor Anchor, ctx *Context) []Expr {
	loadTables()
	if ctx == nil {
		ctx = new(Context)
	}
	f := &ctx.f
	*f = finder{s: sentence, anchor: anchor, lastEnd: -1, ctx: ctx}
	toks := f.ctx.toks[:0]
	if cap(toks) == 0 {
		toks = make([]token, 0, len(sentence)/5+1) // a first sentence: room as tokenize makes it
	}
	f.toks = appendTokens(toks, sentence)
	f.ctx.toks = f.toks
	if anchor.Known {
		f.day = anchor.day()
	}
	for i := 0; i < len(f.toks); {
		if n := f.match(i); n > i {
			f.lastStart, f.lastEnd = i, n
			i = n
			continue
		}
		i++
	}
	return f.out
}

// modifiers may precede an expression and become part of it.
var modifiers map[string]bool

// match tries every pattern at token i and records the first that matches.
// It returns the index after the match, or i when nothing matched.
func (f *finder) match(i int) int {
	t := f.toks[i]
	if f.low(i+1) == "months" && f.reportSpan(i) {
		f.ctx.quarter, f.ctx.span = "", true
	}
	if k := f.timeOfDay(i); k > i {
		// "9 a.m. Tuesday", "5 p.m. EST Nov. 9": the time belongs to the day
		if h, ok := f.at(k); ok && h.prec == PrecisionDay {
			f.emit(i, h)
			return h.end
		}
		if f.low(k) == "on" {
			// "at midnight on Thursday"
			if h, ok := f.at(k + 1); ok && h.prec == PrecisionDay {
				f.emit(i, h)
				return h.end
			}
		}
		if h, ok := f.bareTime(i, k); ok {
			f.emit(i, h)
			return h.end
		}
	}
	if t.kind == kNum && t.val < 0 && !t.decade {
		if n := f.numeric(i); n > i {
			return n
		}
		return i
	}
	if t.kind == kWord && !startWords[t.lower] {
		return i // most words start no expression
	}
	if t.kind == kWord {
		// "the end of March", "the beginning of the year", "year-end"
		if inner, h, ok := f.boundary(i); ok {
			if inner == 0 {
				f.emit(i, h)
				return h.end
			}
			if h, ok := f.at(inner); ok {
				f.emit(i, h)
				return h.end
			}
		}
	}
	h, ok := f.at(i)
	if ok {
		f.emit(i, h)
		return h.end
	}
	if t.kind == kWord {
		if end, ref := f.ref(i); end > i {
			f.out = append(f.out, Expr{Text: f.s[t.lo:f.toks[end-1].base], Start: t.lo, End: f.toks[end-1].base,
				Date: ref, Precision: PrecisionRef, Resolved: true})
			return end
		}
	}
	return i
}

// startWords are the lower-case words an expression can start with; match
// skips every other word at once.
var startWords map[string]bool

// buildStartWords returns startWords from the other tables.
func buildStartWords() map[string]bool {
	m := setOf(`the its their a an this last next past coming current previous prior latest
most recent final latter fiscal q year over at right just currently nowadays these recently
now yesterday today tonight tomorrow new end beginning start middle close turn that`)
	for w := range modifiers {
		m[w] = true
	}
	for _, keys := range [][]string{keysOf(monthNames), keysOf(weekdayNames), keysOf(weekdayAbbrev),
		keysOf(numberWords), keysOf(ordinalWords), keysOf(seasonStart), keysOf(holidays),
		keysOf(namedDays), keysOf(teenWords), keysOf(tensWords), keysOf(unitWords)} {
		for _, w := range keys {
			m[w] = true
		}
	}
	return m
}

// keysOf returns the keys of a map.
func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// timeZones may follow a time of day.
var timeZones map[string]bool

// timeOfDay reads a time of day before a day at token i: "9 a.m.", "5:30
// p.m. EST,", "noon", "midnight". It returns the index after it, or i.
func (f *finder) timeOfDay(i int) int {
	t := f.toks[i]
	j := i
	switch {
	case t.kind == kWord && (t.lower == "noon" || t.lower == "midnight" || t.lower == "midday") && f.prevWord(i) != "high":
		j++
	case t.kind == kNum && (t.val >= 1 && t.val <= 12 || t.val < 0 && len(t.text) <= 5 && strings.Count(t.text, ":") == 1):
		// "9 a.m.", "5:30 p.m.": a, ".", m, "."
		if a := f.tok(i + 1); (a.lower == "a" || a.lower == "p") && f.tok(i+2).text == "." && f.low(i+3) == "m" {
			j = i + 4
			if f.tok(j).text == "." {
				j++
			}
		} else {
			return i
		}
	default:
		return i
	}
	if timeZones[f.low(j)] {
		j++
	}
	if f.tok(j).text == "," {
		j++
	}
	return j
}

// bareTime reads a time of day with no day of its own, tokens [i, k) ("at
// 10 p.m.", "by noon"): it belongs to the last day the text gave, or else,
// unless its clause is in the past, to the anchor day (HeidelTime's news
// rule); a time in the past with no day is not placed.
func (f *finder) bareTime(i, k int) (hit, bool) {
	end := k
	if f.tok(end-1).text == "," {
		end--
	}
	if last, prec, ok := f.ctx.lastDate(); ok && prec == PrecisionDay {
		return hit{end: end, prec: PrecisionDay, rel: func(time.Time, tense) (time.Time, bool) { return last, true }}, true
	}
	if t := f.tenseOf(i, end); t == tensePast || t == tensePastFar {
		return hit{}, false
	}
	return hit{end: end, prec: PrecisionDay, rel: func(a time.Time, _ tense) (time.Time, bool) { return a, true }}, true
}

// at returns the expression that starts at token i, a word or a plain
// number: a period, a decade, or a date with an optional modifier.
func (f *finder) at(i int) (hit, bool) {
	if i < 0 || i >= len(f.toks) {
		return hit{}, false // a modifier at the sentence's end: "from the beginning of"
	}
	t := f.toks[i]
	j := i
	modified := false
	if t.kind == kNum && t.ord {
		if h, ok := f.century(i); ok {
			return h, true // "a 20th century democrat"
		}
	}
	if t.kind == kWord {
		if h, ok := f.period(i); ok {
			return h, true
		}
		if h, ok := f.spelledYearHit(i); ok {
			return h, true
		}
		if h, ok := f.holiday(i); ok {
			return h, true
		}
		if h, ok := f.theRef(i); ok {
			return h, true
		}
		if h, ok := f.ordinalWeek(i); ok {
			return h, true
		}
		if h, ok := f.ordinalDay(i); ok {
			return h, true
		}
		if modifiers[t.lower] {
			j = i + 1
			if j < len(f.toks) && f.toks[j].text == "-" && f.toks[j].lo == t.hi {
				j++
			}
			modified = true
		}
	}
	if t.kind == kWord && t.lower == "the" && i+1 < len(f.toks) {
		// "the 1990s", "the early 1990s"
		k := i + 1
		if modifiers[f.toks[k].lower] {
			k++
			if k < len(f.toks) && f.toks[k].text == "-" {
				k++
			}
		}
		if h, ok := f.decade(k); ok {
			return h, true
		}
	}
	return f.core(j, modified)
}

// reported reports whether the quarter "YYYY-Qn" has begun by the anchor:
// a quarter a text can report on, not a forecast ("the third quarter of
// 1990" in a report of 1989 is no reference for "a year earlier").
func (f *finder) reported(q string) bool {
	if !f.anchor.Known {
		return true
	}
	y, err := strconv.Atoi(q[:4])
	if err != nil || q[5] != 'Q' {
		return false
	}
	return !date(y, time.Month(3*int(q[6]-'0')-2), 1).After(f.day)
}

// tenseOf returns the tense of the clause around tokens [lo, hi).
func (f *finder) tenseOf(lo, hi int) tense {
	if f.cues == nil {
		f.cues = cuesOf(f.toks)
	}
	if f.rangeEnd(lo) {
		return tenseFuture
	}
	return tenseAt(f.toks, f.cues, lo, hi)
}

// rangeEnd reports whether the expression at token lo ends a range whose
// start, the previous expression, is not before the anchor: "from today
// through Nov. 17" runs forward whatever the verb ("a revision Friday to
// December's figures" is no range).
func (f *finder) rangeEnd(lo int) bool {
	if lo < 2 || f.lastEnd != lo-1 || len(f.out) == 0 || f.prevWord(f.lastStart) != "from" ||
		!deadlineLead[f.toks[lo-1].lower] && f.toks[lo-1].lower != "to" && f.toks[lo-1].text != "-" {
		return false
	}
	prev := f.out[len(f.out)-1]
	if prev.Date == PresentRef || prev.Date == FutureRef {
		return true
	}
	return prev.Resolved && prev.Precision == PrecisionDay && prev.Date >= Format(f.day, PrecisionDay)
}

// emit records the expression spanning tokens [start, h.end).
func (f *finder) emit(start int, h hit) {
	lo := f.toks[start].lo
	last := f.toks[h.end-1]
	hi := last.base
	e := Expr{Text: f.s[lo:hi], Start: lo, End: hi, Precision: h.prec}
	if h.rel == nil {
		e.Date = Format(h.abs, h.prec)
		e.Resolved = true
	} else {
		e.Relative = true
		if f.anchor.Known {
			if d, ok := h.rel(f.day, f.tenseOf(start, h.end)); ok {
				e.Date = Format(d, h.prec)
				e.Resolved = true
			}
		}
	}
	q := f.ctx.quarter
	if f.aside != "" {
		q = f.aside // "In the second quarter, net fell from a year earlier"
	}
	switch {
	case h.yearBack && q != "" && e.Resolved:
		// "up from $10 million a year earlier" after "the third quarter"
		y, _ := strconv.Atoi(q[:4])
		e.Date = year4(y-1) + q[4:]
		e.Precision = PrecisionQuarter
	case h.yearOf > 0 && !e.Resolved:
	case h.yearOf > 0:
		if q != "" {
			e.Date = year4(h.yearOf) + q[4:]
		} else if f.ctx.span {
			// "the 1988 period" after "For the nine months"
			e.Date, e.Precision = year4(h.yearOf), PrecisionYear
		}
	case h.yearBack:
	case h.same && q != "" && e.Resolved:
		e.Date = q
	case e.Precision == PrecisionQuarter && e.Resolved && len(e.Date) == 7 && f.reported(e.Date):
		if f.earlierQuarter(e.Date) {
			f.aside = e.Date // for the rest of this sentence only
		} else {
			f.ctx.quarter, f.ctx.span, f.aside = e.Date, false, ""
		}
	case e.Precision == PrecisionYear || e.Precision == PrecisionHalf:
		f.ctx.quarter, f.aside = "", "" // a report on a year or a half now
	}
	f.ctx.remember(e)
	f.out = append(f.out, e)
}

// core tries the patterns that can start at token j.
func (f *finder) core(j int, modified bool) (hit, bool) {
	if j >= len(f.toks) {
		return hit{}, false
	}
	t := f.toks[j]
	switch t.kind {
	case kPunct:
		return f.decade(j) // "'80s"
	case kNum:
		if h, ok := f.dayFirst(j); ok {
			return h, true
		}
		if h, ok := f.secondDay(j); ok {
			return h, true
		}
		if h, ok := f.agoOrIn(j); ok {
			return h, true
		}
		if h, ok := f.decade(j); ok {
			return h, true
		}
		if f.yearOK(j, modified) {
			return hit{end: j + 1, prec: PrecisionYear, abs: date(t.val, 1, 1)}, true
		}
		return hit{}, false
	case kWord:
		if h, ok := f.anaphor(j, modified); ok {
			return h, true
		}
		if h, ok := f.weekdayDate(j); ok {
			return h, true
		}
		if h, ok := f.monthFirst(j, modified); ok {
			return h, true
		}
		if h, ok := f.agoOrIn(j); ok {
			return h, true
		}
		if h, ok := f.deictic(j); ok {
			return h, true
		}
		if h, ok := f.unit(j); ok {
			return h, true
		}
		if h, ok := f.weekdayAlone(j); ok {
			return h, true
		}
	}
	return hit{}, false
}

// prevWord returns the lower-case token before index i, or "".
func (f *finder) prevWord(i int) string {
	if i <= 0 || i > len(f.toks) {
		return ""
	}
	return f.toks[i-1].lower
}

// tok returns token i or a zero token past the end.
func (f *finder) tok(i int) token {
	if i < 0 || i >= len(f.toks) {
		return token{val: -1, kind: kPunct}
	}
	return f.toks[i]
}

// low returns the lower-case text of token i, or "" past either end: the
// common case of tok, without copying the token (app/dates is built without
// inlining for the wasm, where every copy costs code).
func (f *finder) low(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.toks[i].lower
}

// loadFindTables builds the word tables of find.go; loadTables calls it once.
func loadFindTables() {
	modifiers = setOf(`early late mid earlier later`)
	timeZones = setOf(`est edt cst cdt mst mdt pst pdt gmt utc bst cet`)
}
