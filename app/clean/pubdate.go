package clean

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// monthNum are the months' English names and abbreviations, lower-case,
// with their numbers.
var monthNum = func() map[string]int {
	m := map[string]int{"sept": 9}
	for i, name := range strings.Fields("january february march april may june july august september october november december") {
		m[name], m[name[:3]] = i+1, i+1
	}
	return m
}()

// firstDate returns the first full date stated in text as "YYYY-MM-DD", or "".
// Numeric dates must be unambiguous: 25/03/2024 (day > 12) or 03/25/2024 (US,
// second part > 12); 03/04/2024 is ambiguous and skipped.
func firstDate(text string) string {
	if !mayHoldDate(text) {
		return "" // most lines: no date read without the work of looking
	}
	if fourDigits(text) {
		text = undoubled(text)
	}
	found := ""
	eachDate(text, func(date, after string) bool {
		found = normDate(date)
		if strings.Count(date, ".") == 2 && clockAfter(after) && hasAny(after[:min(len(after), 14)], "AM", "PM", "a.m.", "p.m.") {
			// Reason's "12.3.2026 10:30 AM": a page that tells the time
			// on a 12-hour clock writes its dotted dates month first,
			// as Europe, which dots them day first, does not.
			if v := normDate(monthFirst(date)); v != "" {
				found = v
			}
		}
		if found == "" && usTimeZone(after) {
			// "12/02/2026 05:00 AM EST": an American page writes the
			// month first.
			found = normDate(monthFirst(date))
		}
		if found == "" && clock24(after) {
			// "02/12/2026 - 14:15": a page that writes the time on a
			// 24-hour clock, as American pages do not, writes the day
			// first.
			found = normDate(dayFirst(date))
		}
		return found != ""
	})
	if found == "" && strings.Contains(text, "/") {
		found = shortYearUS(text)
	}
	if found == "" && strings.Contains(text, ".") && strings.Contains(text, ":") {
		found = shortYearDotted(text)
	}
	if found == "" && len(text) <= 40 {
		if t := undashedDate(text); t != text {
			return firstDate(t)
		}
	}
	if _, j, ok := strings.Cut(text, "Juche"); ok && found == "" {
		found = jucheDate(j)
	}
	return found
}

// mayHoldDate reports whether firstDate may find a date in text: every
// date it reads has two ASCII digits in a row (a four-digit year, a
// two-digit one) but the Juche calendar's, which follows its name.
func mayHoldDate(text string) bool {
	for i := 1; i < len(text); i++ {
		if text[i]-'0' < 10 && text[i-1]-'0' < 10 {
			return true
		}
	}
	return strings.Contains(text, "Juche")
}

// jucheDate reads a date of North Korea's Juche calendar, whose year 1 is
// 1912, after its name: "115.12.2." of KCNA's "(Juche115.12.2.)" is
// "2026-12-02"; "" for anything else.
func jucheDate(s string) string {
	f := strings.Split(strings.TrimSpace(s), ".")
	if len(f) < 3 {
		return ""
	}
	y, e1 := strconv.Atoi(f[0])
	m, e2 := strconv.Atoi(f[1])
	d, e3 := strconv.Atoi(f[2])
	if e1 != nil || e2 != nil || e3 != nil {
		return ""
	}
	return ymd(y+1911, m, d)
}

// shortYearUS returns the date of a stamp with a two-digit year and an
// American zone ("12/02/26 2:15 PM ET", The Hill's) as "20YY-MM-DD", month
// first, or "". Without the zone a two-digit year is not read: "3/4/26"
// alone may be a score or a fraction.
func shortYearUS(text string) string { return shortYear(text, '/', usTimeZone, true) }

// shortYearDotted returns the date of a stamp with a two-digit year parted
// by dots and a time after it ("06.15.26 | 14:43", Ynetnews', which writes
// the month first; "15.06.26 14:43" elsewhere), when only one order makes a
// date, or "". Without the time it is not read: "1.2.26" may be a version.
func shortYearDotted(text string) string {
	a, b := shortYear(text, '.', clockAfter, true), shortYear(text, '.', clockAfter, false)
	switch {
	case a == "":
		return b
	case b == "" || a == b:
		return a
	}
	return "" // "12.02.26": December 2 or 12 February
}

// clockAfter reports whether a time of day ("14:15", "9:05") follows a
// date, past a separator.
func clockAfter(after string) bool {
	a := strings.TrimLeft(after, " -–—,|·")
	n := leadingDigits(a)
	return (n == 1 || n == 2) && len(a) >= n+3 && a[n] == ':' && leadingDigits(a[n+1:]) == 2
}

// shortYear returns the first date written N<sep>N<sep>YY with a two-digit
// year that zoned accepts what follows, as "20YY-MM-DD" (month first when
// monthFirst, else day first), or "".
func shortYear(text string, sep byte, zoned func(string) bool, monthFirst bool) string {
	for i := 0; i+8 <= len(text); i++ {
		if i > 0 && (text[i-1] >= '0' && text[i-1] <= '9' || text[i-1] == sep) {
			continue
		}
		m := leadingDigits(text[i:])
		if m == 0 || m > 2 || i+m >= len(text) || text[i+m] != sep {
			continue
		}
		d := leadingDigits(text[i+m+1:])
		j := i + m + 1 + d
		if d == 0 || d > 2 || j >= len(text) || text[j] != sep {
			continue
		}
		y := leadingDigits(text[j+1:])
		end := j + 1 + y
		if y != 2 || end < len(text) && (text[end] == sep || text[end] >= '0' && text[end] <= '9') || !zoned(text[end:]) {
			continue
		}
		mo, _ := strconv.Atoi(text[i : i+m])
		day, _ := strconv.Atoi(text[i+m+1 : j])
		if !monthFirst {
			mo, day = day, mo
		}
		yy, _ := strconv.Atoi(text[j+1 : end])
		if out := ymd(2000+yy, mo, day); out != "" {
			return out
		}
	}
	return ""
}

// usTimeZone reports whether the time after a date is given in an American
// zone: "05:00 AM EST", "11:41pm ET".
func usTimeZone(after string) bool {
	f := strings.Fields(after[:min(len(after), 24)])
	for _, w := range f[:min(len(f), 4)] {
		switch strings.Trim(w, ".,()") {
		case "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "CT":
			return true
		}
	}
	return false
}

// monthFirst rewrites "MM/DD/YYYY" as "YYYY-MM-DD", which normDate reads
// without doubt; anything else is returned as it is.
func monthFirst(s string) string {
	if f := strings.FieldsFunc(s, isDateSepRune); len(f) == 3 && len(f[2]) == 4 {
		return f[2] + "-" + f[0] + "-" + f[1]
	}
	return s
}

// dayFirst rewrites "DD/MM/YYYY" (or "DD-MM-YYYY", Buenos Aires Times')
// as "YYYY-MM-DD"; anything else is returned as it is.
func dayFirst(s string) string {
	if f := strings.FieldsFunc(s, isDateSepRune); len(f) == 3 && len(f[2]) == 4 {
		return f[2] + "-" + f[1] + "-" + f[0]
	}
	return s
}

// isDateSepRune reports whether r parts a numeric date's fields.
func isDateSepRune(r rune) bool { return r == '/' || r == '-' || r == '.' }

// clock24 reports whether the text after a date opens with a time on a
// 24-hour clock, an hour of 13 to 23, past a dash or a comma: "- 14:15".
func clock24(after string) bool {
	a := strings.TrimLeft(after, " -–—,|·")
	// "Publié le 02/12/2026 à 14:15", "um 14:15 Uhr", "a las 14:15".
	for _, at := range []string{"à ", "um ", "a las ", "às ", "alle ", "at "} {
		a = strings.TrimPrefix(a, at)
	}
	return len(a) >= 5 && a[2] == ':' && (a[0] == '1' && a[1] >= '3' && a[1] <= '9' || a[0] == '2' && a[1] >= '0' && a[1] <= '3') &&
		a[3] >= '0' && a[3] <= '5' && a[4] >= '0' && a[4] <= '9'
}

// fourDigits reports whether s holds four ASCII digits in a row.
//
//go:noinline
func fourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// normDate turns a date matched by parse.DateLen into "YYYY-MM-DD", or "".
func normDate(s string) string {
	if y, m, d, n := parse.ForeignDate(s); n > 0 {
		return ymd(y, m, d)
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '/' || r == '.' })
	var y, m, d int
	var nums []int
	for _, x := range f {
		lx := strings.ToLower(x)
		for _, o := range []string{"st", "nd", "rd", "th"} {
			if len(lx) > 2 && strings.HasSuffix(lx, o) && lx[0] >= '0' && lx[0] <= '9' {
				lx = strings.TrimSuffix(lx, o)
			}
		}
		if mn, ok := monthNum[lx]; ok {
			m = mn
			continue
		}
		if v, err := strconv.Atoi(lx); err == nil {
			nums = append(nums, v)
			if len(lx) == 4 {
				y = v
			}
		}
	}
	switch {
	case m != 0 && len(nums) == 2:
		for _, v := range nums {
			if v != y {
				d = v
			}
		}
	case m == 0 && len(nums) == 3 && nums[0] == y: // Y-M-D
		m, d = nums[1], nums[2]
	case m == 0 && len(nums) == 3 && nums[2] == y:
		a, b := nums[0], nums[1]
		switch {
		case strings.Count(s, ".") == 2 && b <= 12:
			// "05.03.2024": dotted dates are written day first.
			d, m = a, b
		case a > 12 && b <= 12:
			d, m = a, b
		case b > 12 && a <= 12:
			m, d = a, b
		case a == b:
			d, m = a, b
		default:
			return ""
		}
	default:
		return ""
	}
	return ymd(y, m, d)
}

// ymd writes a date as "YYYY-MM-DD", or "" when it is no date of
// 1900-2100.
func ymd(y, m, d int) string {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return ""
	}
	// By hand rather than with fmt: the first cleanup in the browser
	// would compile fmt's printing code for it.
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// daysIn is the number of days in month m (1-12) of year y, in the
// Gregorian calendar.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// findDate returns the publication date the text states: a glued metadata
// prefix, a removed metadata line (dates, bylines, "Published: ..."), or a
// dateline at the start of the first paragraphs.
func findDate(d *doc) string {
	v := findDateFirst(d)
	if w := monthFirstDotted(d, v); w != "" {
		return w
	}
	return v
}

// findDateFirst is findDate's reading, a dotted date day first.
func findDateFirst(d *doc) string {
	for _, b := range d.blocks {
		for _, s := range b.segs {
			if s.Removed == ReasonMetadata {
				if v := firstDate(s.Text); v != "" {
					return v
				}
			}
		}
	}
	for i, b := range d.blocks {
		if b.removed == ReasonMetadata && b.nw == 1 {
			if v := firstDate(d.splitDateAt(i)); v != "" {
				return v // "24" / "Jul" / "2012"
			}
		}
		// An embedded post's date is the post's, not the article's.
		if b.removed == ReasonMetadata && !isPostSignature(b.text, b.nw) {
			if v := firstDate(b.text); v != "" {
				if w := d.dateUnderMasthead(i, v); w != "" {
					return w
				}
				return v
			}
			if k := gluedDateAt(b.text); k > 0 && b.nw <= 10 {
				if v := firstDate(b.text[k:]); v != "" {
					return v // "Lukas Amberg1 December 2026"
				}
			}
			if v := wordDateAfterNumeric(b.text); v != "" && b.nw <= 10 {
				return v // "12/02/2026December 2, 2026"
			}
		}
	}
	// A date alone under the headline and its byline that a rule took
	// for the page's header: Hungary Today's "2026.12.03." under "Hungary
	// Today" when the page has no title line.
	title := false
	for i, b := range d.blocks {
		title = title || b.kind == "title"
		if title && i > 0 && b.nw == 1 && b.removed == boiler.ReasonHeader && d.blocks[i-1].removed == ReasonMetadata {
			if v := firstDate(b.text); v != "" {
				return v
			}
		}
	}
	if v := ambiguousDate(d); v != "" {
		return v
	}
	for _, b := range d.blocks {
		if v := placeDateStamp(b.text); v != "" && b.removed == ReasonMetadata {
			return v
		}
	}
	// A dateline: "SEOUL, June 16, 2020 (Reuters) - ..." within the first kept
	// paragraphs, near their start.
	n := 0
	for _, b := range d.blocks {
		if !b.kept() || b.kind != "paragraph" {
			continue
		}
		head := b.keptText()
		head = head[:min(len(head), 60)]
		if v := firstDate(head); v != "" && strings.ContainsAny(head, "-–—(") {
			return v
		}
		if n++; n >= 2 {
			break
		}
	}
	return ""
}

// wordDateAfterNumeric returns the date written in words glued right after
// a numeric one, which may be read day first or month first: DW's
// "12/02/2026December 2, 2026" says which; "" when no such date follows.
func wordDateAfterNumeric(text string) string {
	i := strings.IndexFunc(text, unicode.IsLetter)
	if i < 8 || strings.Trim(text[:i], "0123456789/.-") != "" || text[i] < 'A' || text[i] > 'Z' {
		return ""
	}
	return firstDate(text[i:])
}

// leadingDigits returns how many ASCII digits s opens with.
//
//go:noinline
func leadingDigits(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// dateUnderMasthead returns the date of the first metadata line under the
// headline when line i's date v, above it, is the masthead's day, not the
// article's: a date alone on its line opening with its weekday ("Sunday, 06
// December 2026" over the Guardian Nigeria's and the New Times' menus),
// over two lines of the menus at least, and later than the headline's date
// by two months at most ("04 December 2026 |" under it). Else "".
func (d *doc) dateUnderMasthead(i int, v string) string {
	b := d.blocks[i]
	f, _, _ := strings.Cut(b.low, " ")
	if b.nw > 5 || !weekdayWords[strings.TrimRight(f, ",.")] {
		return ""
	}
	menu, title := 0, false
	for _, n := range d.blocks[i+1:] {
		switch {
		case n.kind == "title":
			title = true
		case !title && n.removed == ReasonNav:
			menu++
		case title && n.removed == ReasonMetadata:
			w := firstDate(n.text)
			if w == "" {
				continue
			}
			if menu >= 2 && w < v && dayNumber(v)-dayNumber(w) <= 62 {
				return w
			}
			return ""
		}
	}
	return ""
}

// dayNumber numbers the days of a "YYYY-MM-DD" date, months counted as 31
// days: near enough to tell dates a few weeks apart.
func dayNumber(v string) int {
	n := 0
	for _, c := range v {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
		}
	}
	return n/10000*372 + n/100%100*31 + n%100
}

// undashedDate returns a short line that opens with a date whose month, day
// and year spaced dashes part, as Graphic Online's "Dec - 04 - 2026 ,
// 11:30", with the dashes gone ("Dec 04 2026 , 11:30"); else the line as
// it is.
func undashedDate(text string) string {
	m, rest, ok := strings.Cut(text, " - ")
	if !ok || monthNum[strings.ToLower(strings.TrimSuffix(m, "."))] == 0 {
		return text
	}
	day, year, ok := strings.Cut(rest, " - ")
	if !ok || len(day) > 2 || leadingDigits(day) != len(day) || leadingDigits(year) != 4 {
		return text
	}
	return m + " " + day + " " + year
}
