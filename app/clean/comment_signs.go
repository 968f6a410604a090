package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The shapes of the lines that sign or head comments, matched by hand on a
// lower-cased line: the regexp package would add about 100 KB to the
// worker's wasm, past its budget. rules_comments_test.go holds each shape
// as a regular expression and checks these against it.

// saysName matches "jane doe says:" (`^([^.!?]{1,60}?)\s+says:$`) and
// returns the name.
func saysName(low string) (string, bool) {
	rest, ok := strings.CutSuffix(low, "says:")
	if !ok {
		return "", false
	}
	return nameBefore(rest)
}

// saidName matches "jane doe said..." (`^([^.!?]{1,60}?)\s+said(?:\.\.\.|…)$`),
// Blogger's signature over each comment, and returns the name.
func saidName(low string) (string, bool) {
	rest, ok := strings.CutSuffix(low, "said...")
	if !ok {
		if rest, ok = strings.CutSuffix(low, "said…"); !ok {
			return "", false
		}
	}
	return nameBefore(rest)
}

// nameBefore returns the name in rest, what comes before a signature's verb
// (`^([^.!?]{1,60}?)\s+$`).
func nameBefore(rest string) (string, bool) {
	name := strings.TrimRight(rest, " \t\n\f\r")
	if name == "" && len(rest) >= 2 {
		name = rest[:1] // the shortest name: one of the spaces
	}
	if len(name) == len(rest) || name == "" || utf8.RuneCountInString(name) > 60 || strings.ContainsAny(name, ".!?") {
		return "", false
	}
	return name, true
}

// signedBy matches "posted by: jane | …", "written by jane at …"
// (`^(?:posted|written|submitted|comment|commented)\s+by(:?)\s+([^|@]{1,40}?)\s*(?:\||\bat\b|\bon\b|—|–|,|@|\s-\s)`)
// and returns the name and whether "by" has a colon.
func signedBy(low string) (name string, colon, ok bool) {
	word := 0
	for word < len(low) && 'a' <= low[word] && low[word] <= 'z' {
		word++
	}
	switch low[:word] {
	case "posted", "written", "submitted", "comment", "commented":
	default:
		return "", false, false
	}
	rest := low[word:]
	after := skipSpace(rest)
	if len(after) == len(rest) || !strings.HasPrefix(after, "by") {
		return "", false, false
	}
	after = after[2:]
	if strings.HasPrefix(after, ":") {
		colon, after = true, after[1:]
	}
	spaces := len(after) - len(skipSpace(after))
	if spaces == 0 {
		return "", false, false
	}
	// `\s+` takes every space it can; the name starts after them, or, if
	// no name fits there, after fewer.
	for from := spaces; from >= 1; from-- {
		if name, ok := signName(after[from:]); ok {
			return name, colon, true
		}
	}
	return "", false, false
}

// signName returns the shortest name of 1 to 40 characters, none of them
// "|" or "@", that a delimiter (signDelimiter) follows at the start of s.
func signName(s string) (string, bool) {
	runes := 0
	for k, r := range s {
		if k > 0 {
			if runes > 40 {
				break
			}
			if signDelimiter(s[:k], s[k:]) {
				return s[:k], true
			}
		}
		if r == '|' || r == '@' {
			break
		}
		runes++
	}
	if runes >= 1 && runes <= 40 && !strings.ContainsAny(s, "|@") && signDelimiter(s, "") {
		return s, true
	}
	return "", false
}

// signDelimiter reports whether what follows a signature's name (name),
// after any spaces, ends it: "|", "at" or "on" as a word, a dash, a comma,
// "@", or " - ".
func signDelimiter(name, after string) bool {
	s := skipSpace(after)
	prev := lastByte(name)
	if len(s) < len(after) {
		prev = ' '
	}
	for _, d := range []string{"|", "—", "–", ",", "@"} {
		if strings.HasPrefix(s, d) {
			return true
		}
	}
	for _, w := range []string{"at", "on"} {
		if strings.HasPrefix(s, w) && !isWordChar(prev) && (len(s) == len(w) || !isWordChar(s[len(w)])) {
			return true
		}
	}
	// `\s-\s`: a dash between whitespace, the first after the name
	return strings.HasPrefix(s, "-") && len(s) > 1 && isSpaceByte(s[1]) && len(s) < len(after)
}

// dateTime matches a date and a time of day ending the line, as comments
// are stamped: "october 3, 2012 at 9:14 am", "03/10/2012 09:14 | permalink"
// (`^.{0,50}?DATE.{0,12}?TIME(?:\s*[|·].{0,30})?$`, DATE a numeric date,
// "month d, yyyy" or "d month yyyy", TIME "h:mm" with seconds and am/pm
// if any).
func dateTime(low string) bool {
	runes := 0
	for i := range low {
		if runes > 50 || i > 0 && low[i-1] == '\n' {
			return false // `.` matches no newline
		}
		runes++
		for _, end := range dateEnds(low, i) {
			gap := 0
			for t := end; t <= len(low) && gap <= 12; {
				if timeEndsLine(low, t) {
					return true
				}
				if t == len(low) || low[t] == '\n' {
					break
				}
				_, size := utf8.DecodeRuneInString(low[t:])
				t += size
				gap++
			}
		}
	}
	return false
}

// dateEnds returns where a date starting at i can end: a numeric date
// (`\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}`), "month d, yyyy" and "d month yyyy"
// (`\d{1,2}(?:st|nd|rd|th)?\s+MONTH,?\s+\d{2,4}`); a year's digits may
// stop short of the run's end, as the expression lets them.
func dateEnds(s string, i int) []int {
	var ends []int
	years := func(q, lo int) {
		if y := digitsEnd(s, q, lo, 4); y > 0 {
			for e := q + lo; e <= y; e++ {
				ends = append(ends, e)
			}
		}
	}
	// numeric
	if e1 := digitsEnd(s, i, 1, 4); e1 > 0 && e1 < len(s) && isDateSep(s[e1]) {
		if e2 := digitsEnd(s, e1+1, 1, 2); e2 > 0 && e2 < len(s) && isDateSep(s[e2]) {
			years(e2+1, 2)
		}
	}
	// month d(st), yyyy
	if m := monthEnd(s, i); m > 0 {
		if p := skipSpaceAt(s, m); p > m {
			if d := digitsEnd(s, p, 1, 2); d > 0 {
				d = ordinalEnd(s, d)
				if d < len(s) && s[d] == ',' {
					d++
				}
				if q := skipSpaceAt(s, d); q > d {
					years(q, 4)
				}
			}
		}
	}
	// d(st) month, yy(yy)
	if d := digitsEnd(s, i, 1, 2); d > 0 {
		d = ordinalEnd(s, d)
		if p := skipSpaceAt(s, d); p > d {
			if m := monthEnd(s, p); m > 0 {
				if m < len(s) && s[m] == ',' {
					m++
				}
				if q := skipSpaceAt(s, m); q > m {
					years(q, 2)
				}
			}
		}
	}
	return ends
}

// timeEndsLine reports whether a time of day starts at t and ends the line,
// but for a "| permalink" or "· reply" of 30 characters or fewer.
func timeEndsLine(s string, t int) bool {
	h := t
	for h < len(s) && h-t < 2 && isDigit(s[h]) {
		h++
	}
	if h == t || h >= len(s) || s[h] != ':' && s[h] != '.' {
		return false
	}
	m := h + 1
	if m+2 > len(s) || !isDigit(s[m]) || !isDigit(s[m+1]) {
		return false
	}
	ends := []int{m + 2}
	if m+5 <= len(s) && s[m+2] == ':' && isDigit(s[m+3]) && isDigit(s[m+4]) {
		ends = append(ends, m+5)
	}
	for _, e := range ends {
		if stampTail(skipSpace(s[e:])) { // the time's own `\s*` takes the spaces
			return true
		}
		rest := skipSpace(s[e:])
		for _, ap := range []string{"am", "pm", "a.m.", "p.m."} {
			if after, ok := strings.CutPrefix(rest, ap); ok && stampTail(after) {
				return true
			}
		}
	}
	return false
}

// stampTail reports whether what follows a stamp's time is nothing, or a
// "|" or "·" and 30 characters or fewer (`(?:\s*[|·].{0,30})?$`).
func stampTail(s string) bool {
	if s == "" {
		return true
	}
	s = skipSpace(s)
	r, size := utf8.DecodeRuneInString(s)
	if r != '|' && r != '·' {
		return false
	}
	s = s[size:]
	return utf8.RuneCountInString(s) <= 30 && !strings.Contains(s, "\n")
}

// monthEnd returns where a month's name or abbreviation starting at i ends
// (`(?:jan|feb|…|dec)[a-z]*\.?`), or -1.
//
//go:noinline
func monthEnd(s string, i int) int {
	if i+3 > len(s) {
		return -1
	}
	switch s[i : i+3] {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
	default:
		return -1
	}
	e := i + 3
	for e < len(s) && 'a' <= s[e] && s[e] <= 'z' {
		e++
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	return e
}

// digitsEnd returns where a run of lo to hi digits starting at i ends, the
// longest, or -1.
//
//go:noinline
func digitsEnd(s string, i, lo, hi int) int {
	e := i
	for e < len(s) && e-i < hi && isDigit(s[e]) {
		e++
	}
	if e-i < lo {
		return -1
	}
	return e
}

// ordinalEnd skips an ordinal's suffix ("st", "nd", "rd", "th") at i.
func ordinalEnd(s string, i int) int {
	if i+2 <= len(s) {
		switch s[i : i+2] {
		case "st", "nd", "rd", "th":
			return i + 2
		}
	}
	return i
}

// commentCount matches "12 responses to …", "4 comments", "comments (12)"
// (`^(?:\d+\s+(?:responses?|comments?|replies|thoughts)(?:\s+(?:to|on)\b.*)?|comments?\s*\(\d+\))$`).
func commentCount(low string) bool {
	if rest, ok := strings.CutPrefix(low, "comment"); ok {
		rest = strings.TrimPrefix(rest, "s")
		rest = skipSpace(rest)
		if inner, ok := strings.CutPrefix(rest, "("); ok {
			if d := digitsEnd(inner, 0, 1, len(inner)); d > 0 && inner[d:] == ")" {
				return true
			}
		}
		return false
	}
	for _, after := range countedAfter(low, "responses", "response", "comments", "comment", "replies", "thoughts") {
		if after == "" {
			return true
		}
		next := skipSpace(after)
		if len(next) == len(after) {
			continue
		}
		// `\s+(?:to|on)\b.*`: any spaces, a newline too, before "to" or
		// "on"; no newline after it (`.`).
		for _, p := range []string{"to", "on"} {
			if strings.HasPrefix(next, p) && (len(next) == 2 || !isWordChar(next[2])) && !strings.Contains(next[2:], "\n") {
				return true
			}
		}
	}
	return false
}

// leaveComment matches the heading of a comment form: "leave a reply",
// "post a comment", "add your comment" (`^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment)\b`).
func leaveComment(low string) bool {
	for _, p := range []string{"leave a reply", "leave a comment", "post a comment", "add a comment", "add your comment"} {
		if strings.HasPrefix(low, p) && (len(low) == len(p) || !isWordChar(low[len(p)])) {
			return true
		}
	}
	return false
}

// notStamp matches what dates an article rather than a comment: a byline,
// "published", "updated", "posted on" (`^by\b|published|updated|posted on`).
func notStamp(low string) bool {
	if strings.HasPrefix(low, "by") && (len(low) == 2 || !isWordChar(low[2])) {
		return true
	}
	return strings.Contains(low, "published") || strings.Contains(low, "updated") || strings.Contains(low, "posted on")
}

func isDateSep(c byte) bool { return c == '-' || c == '/' || c == '.' }

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isWordChar reports whether c is a character of a word as `\b` sees it.
//
//go:noinline
func isWordChar(c byte) bool { return c == '_' || isDigit(c) || isWordByte(c) }

func lastByte(s string) byte {
	if s == "" {
		return ' '
	}
	return s[len(s)-1]
}

// skipSpace trims the whitespace `\s` matches at the start of s.
//
//go:noinline
func skipSpace(s string) string { return strings.TrimLeft(s, " \t\n\f\r") }

// skipSpaceAt returns the index after the whitespace at i.
//
//go:noinline
func skipSpaceAt(s string, i int) int {
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	return i
}

// linkedName matches a commenter's name linked to their site, as comment
// software flattened to text writes it: the address, a space and the name
// ("http://tdhurst.com/ tdhurst", "http://twitter.com/jnanberg Josh
// Nanberg"). The name is one to four words of at most 40 bytes, no
// sentence's end after them: "http://example.com/ Read the report." is a
// link's label, not a name.
func linkedName(low string) (string, bool) {
	if !strings.HasPrefix(low, "http://") && !strings.HasPrefix(low, "https://") {
		return "", false
	}
	sp := strings.IndexByte(low, ' ')
	if sp < 0 {
		return "", false
	}
	name := strings.TrimSpace(low[sp+1:])
	if name == "" || len(name) > 40 || strings.Contains(name, "://") || strings.ContainsAny(name, ",;:!?()\"“”") ||
		strings.HasSuffix(name, ".") || len(strings.Fields(name)) > 4 {
		return "", false
	}
	return name, true
}

// countWithTail matches a comment count that comment software writes with
// a mark or a call after it: "13 comments:", "53 Comments »", "7 Comments
// +", "5 comments so far...", "1 comment, displaying first", "126
// Comments Add A Comment", "20 Comments Post a comment". commentCount
// takes the count alone or over the headline ("12 responses to …").
func countWithTail(low string) bool {
	found := countedAfter(low, "responses", "response", "comments", "comment", "replies")
	if len(found) == 0 {
		return false
	}
	after := found[0] // the longest word that fits
	if after != "" && isWordChar(after[0]) {
		return false // "commentary"
	}
	tail := strings.TrimFunc(after, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
	return tail == "" || strings.HasPrefix(tail, "so far") || strings.HasPrefix(tail, "displaying") || leaveComment(tail)
}

// countedAfter returns, for each of words that follows the number and the
// spaces opening low ("12 comments"), what comes after the word, in the
// order of words: the count lines commentCount and countWithTail read.
func countedAfter(low string, words ...string) []string {
	d := digitsEnd(low, 0, 1, len(low))
	if d < 0 {
		return nil
	}
	rest := skipSpace(low[d:])
	if len(rest) == len(low)-d {
		return nil
	}
	var out []string
	for _, w := range words {
		if after, ok := strings.CutPrefix(rest, w); ok {
			out = append(out, after)
		}
	}
	return out
}
