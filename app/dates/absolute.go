package dates

import (
	"strconv"
	"strings"
	"time"
)

// numeric handles a number token with separators: "2024-03-25",
// "2024/03/25", "25/03/2024", "25.03.2024", "2018-2020". Times ("2:50"),
// counts ("10,000") and decimals ("3.5") are not dates.
func (f *finder) numeric(i int) int {
	t := f.toks[i]
	if strings.ContainsAny(t.text, ",:") || t.decade || t.ord {
		return i
	}
	if p := f.tok(i - 1); p.kind == kPunct && (alt(p.text, "$|€|£|#")) {
		return i
	}
	if n := f.tok(i + 1); n.kind == kPunct && n.text == "%" {
		return i
	}
	sep := byte(0)
	for k := 0; k < len(t.text); k++ {
		if !isDigit(t.text[k]) {
			if sep != 0 && t.text[k] != sep {
				return i
			}
			sep = t.text[k]
		}
	}
	// No date has more than three parts: t.text split at sep, without
	// strings.Split's allocations (a decimal such as "3.5" is split too).
	var partsBuf [3]string
	var nums [3]int
	parts := partsBuf[:0]
	for rest := t.text; ; {
		k := strings.IndexByte(rest, sep)
		if k < 0 {
			parts = append(parts, rest)
			break
		}
		if len(parts) == len(partsBuf)-1 {
			return i
		}
		parts, rest = append(parts, rest[:k]), rest[k+1:]
	}
	for k, p := range parts {
		if len(p) > 4 {
			return i
		}
		nums[k], _ = strconv.Atoi(p)
	}
	emit := func(lo, hi int, d time.Time, p Precision) {
		f.out = append(f.out, Expr{Text: f.s[lo:hi], Start: lo, End: hi, Date: Format(d, p), Precision: p, Resolved: true})
	}
	switch {
	case len(parts) == 3 && len(parts[0]) == 4:
		// YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
		y, m, d := nums[0], time.Month(nums[1]), nums[2]
		if !validDay(y, m, d) || len(parts[1]) > 2 || len(parts[2]) > 2 {
			return i
		}
		emit(t.lo, t.hi, date(y, m, d), PrecisionDay)
	case len(parts) == 3 && len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2:
		a, b, y := nums[0], nums[1], nums[2]
		var m time.Month
		var d int
		switch {
		case sep != '/': // 25.03.2024, 25-03-2024: day first
			d, m = a, time.Month(b)
		case a > 12 && b <= 12:
			d, m = a, time.Month(b)
		case b > 12 && a <= 12:
			d, m = b, time.Month(a)
		case a == b:
			d, m = a, time.Month(a)
		default: // 03/04/2024: day and month ambiguous, only the year is sure
			if y < 1000 {
				return i
			}
			emit(t.lo, t.hi, date(y, 1, 1), PrecisionYear)
			return i + 1
		}
		if !validDay(y, m, d) {
			return i
		}
		emit(t.lo, t.hi, date(y, m, d), PrecisionDay)
	case len(parts) == 2 && sep == '-' && len(parts[0]) == 4 && (len(parts[1]) == 4 || len(parts[1]) == 2):
		// a range of years: 2018-2020, 2018-19
		y1, y2 := nums[0], nums[1]
		if len(parts[1]) == 2 {
			y2 = y1/100*100 + y2
		}
		if y1 < 1000 || y2 <= y1 || y2 > 2999 {
			return i
		}
		if n := f.tok(i + 1); n.kind == kWord && countNouns[n.lower] {
			// "1100-1400 lbs": a range of counts
			return i
		}
		mid := t.lo + 5
		emit(t.lo, mid-1, date(y1, 1, 1), PrecisionYear)
		emit(mid, t.hi, date(y2, 1, 1), PrecisionYear)
	case len(parts) == 2 && sep == '/' && len(parts[1]) == 4 && len(parts[0]) <= 2:
		// 03/2024
		m, y := time.Month(nums[0]), nums[1]
		if m < 1 || m > 12 || y < 1000 {
			return i
		}
		emit(t.lo, t.hi, date(y, m, 1), PrecisionMonth)
	default:
		return i
	}
	return i + 1
}

// minAbbrevYear is the earliest year an abbreviated month takes: in wire
// copy's tables a month's abbreviation heads an amount ("Dec 1403", "Mar
// 2901" in a sugar market's open positions); a date of the 15th century is
// written out, if news gives one at all.
const minAbbrevYear = 1500

// maxYear is the latest year a four-digit number is read as: news gives
// later ones only as numbers ("Mar 2901", a futures price in a table).
const maxYear = 2200

// yearNum returns the year value of token i, or -1.
func (f *finder) yearNum(i int) int {
	t := f.tok(i)
	if t.kind != kNum || t.ord || t.decade || t.val < 1000 || t.val > maxYear || len(t.text) != 4 {
		return -1
	}
	return t.val
}

// dayNum returns the day-of-month value of token i (1-31, "5", "05", "5th"), or -1.
func (f *finder) dayNum(i int) int {
	t := f.tok(i)
	if t.kind != kNum || t.decade || t.val < 1 || t.val > 31 || len(strings.TrimRight(t.lower, "stndrh")) > 2 {
		return -1
	}
	return t.val
}

// dayFirst matches "27 July 1953", "25th of March 2024", "22 March".
func (f *finder) dayFirst(i int) (hit, bool) {
	d := f.dayNum(i)
	if d < 0 {
		return hit{}, false
	}
	j := i + 1
	if f.low(j) == "of" && f.tok(i).ord {
		j++
	}
	m, j, _, ok := month(f.toks, j)
	if !ok {
		return hit{}, false
	}
	k := j
	if f.tok(k).text == "," {
		k++
	}
	if y := f.yearNum(k); y > 0 {
		if !validDay(y, m, d) {
			return hit{}, false
		}
		return hit{end: k + 1, prec: PrecisionDay, abs: date(y, m, d)}, true
	}
	if !validDay(2000, m, d) {
		return hit{}, false
	}
	return hit{end: j, prec: PrecisionDay, rel: func(a time.Time, t tense) (time.Time, bool) {
		return dayInYear(a, m, d, t)
	}}, true
}

// monthContext lists words after which a bare month name is a month ("in
// May", "since March"); elsewhere "May" and "March" are often verbs.
var monthContext map[string]bool

// nameMonths are month names that are also given names.
var nameMonths map[string]bool

// monthModifier are words after which a month name before a noun is a
// month ("the October slaying").
var monthModifier map[string]bool

// monthFirst matches "July 27, 1953", "Sept. 5, 2023", "March 22",
// "September 2018", "September of 2018", "September last year" and a bare
// month in a temporal context ("in December", "early March").
func (f *finder) monthFirst(i int, modified bool) (hit, bool) {
	m, j, abbrev, ok := month(f.toks, i)
	if !ok {
		return hit{}, false
	}
	// Month Day-Day[,] [Year]: "March 12-13" is its first day
	if d, ok := dayRange(f.tok(j)); ok {
		k := j + 1
		if f.tok(k).text == "," {
			k++
		}
		if y := f.yearNum(k); y > 0 {
			if !validDay(y, m, d) {
				return hit{}, false
			}
			return hit{end: k + 1, prec: PrecisionDay, abs: date(y, m, d)}, true
		}
		return hit{end: j + 1, prec: PrecisionDay, rel: func(a time.Time, t tense) (time.Time, bool) {
			return dayInYear(a, m, d, t)
		}}, true
	}
	// Month Day[,] [Year]
	if d := f.dayNum(j); d > 0 {
		k := j + 1
		if f.tok(k).text == "," {
			k++
		}
		if y := f.yearNum(k); y > 0 {
			if !validDay(y, m, d) {
				return hit{}, false
			}
			return hit{end: k + 1, prec: PrecisionDay, abs: date(y, m, d)}, true
		}
		if validDay(2000, m, d) {
			return hit{end: j + 1, prec: PrecisionDay, rel: func(a time.Time, t tense) (time.Time, bool) {
				return dayInYear(a, m, d, t)
			}}, true
		}
	}
	// Month [of|,] Year
	k := j
	if f.low(k) == "of" || f.tok(k).text == "," {
		k++
	}
	if y, end := f.yearAt(k); y > 0 && !(abbrev && y < minAbbrevYear) {
		return hit{end: end, prec: PrecisionMonth, abs: date(y, m, 1)}, true
	}
	// Month [of] last/this/next year
	k = j
	if f.low(k) == "of" {
		k++
	}
	if w := f.low(k); (alt(w, "last|this|next|past")) && f.low(k+1) == "year" {
		off, _ := offsetOf(w)
		return hit{end: k + 2, prec: PrecisionMonth, rel: func(a time.Time, _ tense) (time.Time, bool) {
			return date(a.Year()+off, m, 1), true
		}}, true
	}
	// a bare month
	if abbrev {
		return hit{}, false
	}
	prev := f.prevWord(i)
	if next := f.tok(j); monthModifier[prev] && next.kind == kWord && !next.capitalized() && next.lower != "of" && monthNames[next.lower] == 0 {
		// "the October slaying", "a June agreement": a month as a modifier
		modified = true
	}
	if t := f.toks[i]; t.base < t.hi && !nameMonths[t.lower] && f.tok(j).kind == kWord && !f.tok(j).capitalized() {
		modified = true // "December's figures"; "May's" and "June's" are often names
	}
	if modified || monthContext[prev] && (prev != "and" && prev != "or" && prev != "to" || f.lastEnd == i-1) {
		return hit{end: j, prec: PrecisionMonth, rel: func(a time.Time, t tense) (time.Time, bool) {
			return monthInYear(a, m, t), true
		}}, true
	}
	return hit{}, false
}

// weekdayDate matches a weekday before a full date ("Tuesday, March 19,
// 2024", "Sun, 24 Mar 2024"); the weekday becomes part of the expression.
func (f *finder) weekdayDate(i int) (hit, bool) {
	t := f.toks[i]
	if _, ok := weekday(f.toks, i); !ok && !(weekdayAbbrev[t.lower] && t.capitalized()) {
		return hit{}, false
	}
	j := i + 1
	if f.tok(j).text == "." && weekdayAbbrev[t.lower] {
		j++
	}
	if f.tok(j).text == "," {
		j++
	}
	var h hit
	var ok bool
	if f.tok(j).kind == kNum {
		h, ok = f.dayFirst(j)
	} else {
		h, ok = f.monthFirst(j, false)
		ok = ok && h.prec == PrecisionDay
	}
	if wd, named := weekday(f.toks, i); ok && named && h.rel != nil {
		// "Monday, Oct. 26": the year in which that day is a Monday
		rel := h.rel
		h.rel = func(a time.Time, t tense) (time.Time, bool) {
			d, ok := rel(a, t)
			if !ok || d.Weekday() == wd {
				return d, ok
			}
			for _, c := range []time.Time{date(a.Year(), d.Month(), d.Day()), date(a.Year()+1, d.Month(), d.Day()), date(a.Year()-1, d.Month(), d.Day())} {
				if c.Weekday() == wd && c.Day() == d.Day() {
					return c, true
				}
			}
			return d, true
		}
	}
	return h, ok
}

// decade matches "1990s" ("the" and modifiers are handled by the caller).
func (f *finder) decade(i int) (hit, bool) {
	t := f.tok(i)
	if alt(t.text, "'|’") {
		// "the '80s", "the early '90s": the 20th century's (the 2000s'
		// and 2010s' own are spelled out)
		n := f.tok(i + 1)
		if n.kind == kNum && n.lo == t.hi && len(n.lower) == 3 && n.lower[2] == 's' && n.lower[1] == '0' &&
			n.lower[0] >= '2' && n.lower[0] <= '9' {
			return hit{end: i + 2, prec: PrecisionDecade, abs: date(1900+10*int(n.lower[0]-'0'), 1, 1)}, true
		}
		return hit{}, false
	}
	if t.kind != kNum || !t.decade || t.val < 1000 || t.val > 2090 || t.val%10 != 0 {
		// "its PC 6300s series" names a model, not a decade
		return hit{}, false
	}
	return hit{end: i + 1, prec: PrecisionDecade, abs: date(t.val, 1, 1)}, true
}

// strongPrep are words after which a four-digit number from 1000 to 2199 is a
// year ("in 1592", "since 2010").
var strongPrep map[string]bool

// weakPrep are words after which a number from 1900 to 2099 is a year even
// when a plural noun follows ("its 2022 invasion", "the 2018 elections").
var weakPrep map[string]bool

// determiners make the next number a modifier of a noun, read as a year.
var determiners map[string]bool

// countPrep are words after which a number is usually a count.
var countPrep map[string]bool

// countNouns are nouns after which a number is a count, not a year.
var countNouns map[string]bool

// yearOK decides whether the four-digit number at token i is a year: "in
// 1953", "since 2010", "its 2022 invasion" are; "$2", "2000 soldiers", "about
// 1500" are not.
func (f *finder) yearOK(i int, modified bool) bool {
	y := f.yearNum(i)
	if y < 0 {
		return false
	}
	prev, next := f.tok(i-1), f.tok(i+1)
	if !modified && prev.kind == kPunct && strings.Contains("$€£#+-−¥", prev.text) && prev.hi == f.toks[i].lo {
		return false
	}
	if next.kind == kPunct && (alt(next.text, "%|'")) || next.kind == kNum {
		return false
	}
	if prev.kind == kNum {
		return false
	}
	nextWord := ""
	if next.kind == kWord {
		nextWord = next.lower
	}
	if countNouns[nextWord] || nextWord == "percent" || timeZones[nextWord] {
		// "2000 soldiers"; "after 1530 EST" is a time of day (a wire's
		// hours and minutes before its zone)
		return false
	}
	pw := prev.lower
	if prev.kind != kWord {
		pw = ""
	}
	plural := next.kind == kWord && !next.capitalized() && strings.HasSuffix(nextWord, "s") && next.base == next.hi &&
		!strings.HasSuffix(nextWord, "ss") && !strings.HasSuffix(nextWord, "sis") && !strings.HasSuffix(nextWord, "us") && nextWord != "was" && nextWord != "is" && nextWord != "has" && nextWord != "as"
	if plural && !determiners[pw] {
		// a lower-case plural after a bare number reads as a count ("2000 villagers")
		return false
	}
	if !modified && !strongPrep[pw] && f.modelYear(i) {
		return false
	}
	if modified || strongPrep[pw] {
		return y >= 1000 && y <= 2199
	}
	if y < 1900 || y > 2099 {
		return false
	}
	if weakPrep[pw] {
		return true
	}
	if prev.kind == kWord && prev.capitalized() && prev.base == prev.hi && i > 1 && !nameBeforeYearOK(prev.lower) {
		// "a venture called Orion 1980", "Windows 95": part of a name; "Iraq's
		// 1990 invasion" and "In 1990" are years
		return false
	}
	if countPrep[pw] {
		// "around 2010." is a year; "around 2000 people" was handled above,
		// "about 1500 villagers" is a count.
		return next.kind != kWord
	}
	return true
}

// modelYear reports whether the number at token i names a car's model year
// ("a 1987 Chevrolet Cavalier", "his 1994 Ford pickup"): the car was not made
// on the timeline's day, so it is no date. The make must be followed by a
// model, a vehicle noun or punctuation: "1990 Toyota earnings" and "1991
// Ford Motor Co. results" are years of the company's report.
func (f *finder) modelYear(i int) bool {
	if mk := f.tok(i + 1); mk.kind != kWord || !mk.capitalized() || !alt(mk.lower, carMakes) {
		return false
	}
	m := f.tok(i + 2)
	switch {
	case m.kind == kPunct:
		return true
	case m.capitalized():
		return !alt(m.lower, "motor|motors|co|corp|inc|corporation|company|group")
	}
	return alt(m.lower, "car|truck|pickup|van|minivan|sedan|coupe|convertible|wagon|jeep|bus|motorcycle")
}

// carMakes are car makes that name a model year's car.
const carMakes = "chevrolet|chevy|ford|buick|cadillac|chrysler|dodge|pontiac|oldsmobile|plymouth|jeep|" +
	"toyota|honda|nissan|datsun|mazda|subaru|mitsubishi|hyundai|volkswagen|volvo|mercedes|bmw|porsche|audi"

// secondDay matches the bare day that follows a date in its month: "on
// April 24 and 25" (the 25th of that April).
func (f *finder) secondDay(i int) (hit, bool) {
	if f.lastEnd != i-1 || i < 2 || len(f.out) == 0 {
		return hit{}, false
	}
	if w := f.toks[i-1].lower; w != "and" && w != "or" {
		return hit{}, false
	}
	prev := f.out[len(f.out)-1]
	d := f.dayNum(i)
	if next := f.tok(i + 1); d < 0 || prev.Precision != PrecisionDay || next.kind == kWord && !next.capitalized() && !afterDay[next.lower] {
		return hit{}, false // "April 24 and 25 others"
	}
	if f.dayNum(i-2) < 0 {
		return hit{}, false // the date before ends with its day
	}
	if !prev.Resolved {
		return hit{end: i + 1, prec: PrecisionDay, rel: func(time.Time, tense) (time.Time, bool) { return time.Time{}, false }}, true
	}
	first, err := time.Parse("2006-01-02", prev.Date)
	if err != nil || d <= first.Day() || !validDay(first.Year(), first.Month(), d) {
		return hit{}, false
	}
	return hit{end: i + 1, prec: PrecisionDay, abs: date(first.Year(), first.Month(), d)}, true
}

// afterDay are lower-case words that may follow a day of the month ("on
// April 24 and 25 in Washington"); other words make a bare number a count
// ("April 24 and 25 others").
var afterDay map[string]bool

// nameBeforeYearOK reports whether the capitalised word w may stand right
// before a year that is a date: a month, a weekday, a season or an era word
// ("June 1998", "Summer 2019", "Fiscal 1989").
func nameBeforeYearOK(w string) bool {
	_, month := monthNames[w]
	_, day := weekdayNames[w]
	_, season := seasonStart[w]
	return month || day || season || alt(w, "fiscal|year|class|vintage|ad|bc")
}

// dayRange reads a range of days of one month written as one number token,
// "12-13", and returns its first day.
func dayRange(t token) (int, bool) {
	if t.kind != kNum {
		return 0, false
	}
	a, b, ok := strings.Cut(t.text, "-")
	if !ok || len(a) == 0 || len(a) > 2 || len(b) == 0 || len(b) > 2 {
		return 0, false
	}
	first, last := 0, 0
	for _, c := range []byte(a) {
		if c < '0' || c > '9' {
			return 0, false
		}
		first = first*10 + int(c-'0')
	}
	for _, c := range []byte(b) {
		if c < '0' || c > '9' {
			return 0, false
		}
		last = last*10 + int(c-'0')
	}
	if first < 1 || last > 31 || first >= last {
		return 0, false
	}
	return first, true
}

// loadAbsoluteTables builds the word tables of absolute.go; loadTables calls it once.
func loadAbsoluteTables() {
	monthContext = setOf(`in since by until till through throughout during from of before
after between early late mid last next this to and or around for`)
	nameMonths = setOf(`april may june august`)
	monthModifier = setOf(`the a an its their his her`)
	strongPrep = setOf(`in since until till throughout during before after circa c ca year
early late mid summer winter spring autumn fall`)
	weakPrep = setOf(`by through from of between to and or end start beginning the its his
her their our this that`)
	determiners = setOf(`the its his her their our this that a an`)
	countPrep = setOf(`about around some nearly almost over than approximately roughly up least
estimated another additional total all only those these no number`)
	countNouns = setOf(`people dead killed injured wounded troops soldiers men women children
residents protesters workers police personnel staff members km kg miles meters metres feet
tons tonnes dollars euros rubles roubles yuan won pounds times votes points percent per
households homes cars vehicles missiles rounds shells cases units lbs lb ounces barrels
bushels acres hectares shares`)
	afterDay = setOf(`in at on of to for from and or but when while as is are was were will would
that which with`)
}
