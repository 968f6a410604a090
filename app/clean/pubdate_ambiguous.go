package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/parse"
)

// ambiguousDate resolves the first numeric date of the metadata lines that
// reads both ways ("Issued on: 02/12/2026": 2 December or 12 February) by
// what else the page states: the same day written with its month's name
// ("on December 2, 2026"), or another numeric date that reads one way only
// ("14/12/2026" puts the day first). Without such evidence it returns "",
// as findDate does: a wrong date misplaces the article on the timeline by
// months, an absent one leaves it in the undated tray.
func ambiguousDate(d *doc) string {
	dayFirst, monthFirst := "", ""
	for _, b := range d.blocks {
		var texts []string
		for _, s := range b.segs {
			if s.Removed == ReasonMetadata {
				texts = append(texts, s.Text)
			}
		}
		if b.removed == ReasonMetadata && !isPostSignature(b.text, b.nw) {
			texts = append(texts, b.text)
		}
		for _, t := range texts {
			eachDate(t, func(s, _ string) bool {
				if normDate(s) == "" {
					dayFirst, monthFirst = bothReadings(s)
				}
				return dayFirst != ""
			})
			if dayFirst != "" {
				break
			}
		}
		if dayFirst != "" {
			break
		}
	}
	if dayFirst == "" {
		return ""
	}
	found := ""
	for _, b := range d.blocks {
		eachDate(b.text, func(s, _ string) bool {
			v := normDate(s)
			switch {
			case v == "":
			case v == dayFirst || numericOrder(s) == 'd':
				found = dayFirst
			case v == monthFirst || numericOrder(s) == 'm':
				found = monthFirst
			}
			return found != ""
		})
		if found != "" {
			break
		}
	}
	if found == "" {
		found = datelineReading(d, dayFirst, monthFirst)
	}
	if found == "" && !englishProse(d) {
		// No other date says which comes first, and the page is not in
		// English: the rest of the world writes the day first
		// ("12/05/2026 18:40" on a Spanish page, "03/04/2026 16h20" on a
		// Portuguese one).
		found = dayFirst
	}
	return found
}

// englishProse reports whether the page's kept paragraphs read as English:
// its commonest function words make up a twentieth of their words or more
// (a page in Spanish, Portuguese or a script without Latin letters has
// almost none of them).
func englishProse(d *doc) bool {
	words, common := 0, 0
	for _, b := range d.blocks {
		if !b.kept() || b.kind != "paragraph" {
			continue
		}
		for _, w := range strings.Fields(b.low) {
			words++
			switch strings.Trim(w, ",.;:\"'“”‘’()") {
			case "the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "said", "a", "it":
				common++
			}
		}
	}
	return words < 30 || 20*common >= words
}

// bothReadings returns the two dates a numeric date with its year last
// ("02/12/2026", "02-12-2026") stands for, day first and month first, both
// "YYYY-MM-DD"; "" when it is not such a date or either reading is none.
func bothReadings(s string) (string, string) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(f) != 3 || len(f[2]) != 4 || !allDigits(f[0]+f[1]+f[2]) {
		return "", ""
	}
	dm := normDate(f[2] + "-" + f[1] + "-" + f[0])
	md := normDate(f[2] + "-" + f[0] + "-" + f[1])
	if dm == "" || md == "" {
		return "", ""
	}
	return dm, md
}

// numericOrder says which part of a numeric date with its year last comes
// first when only one reading is a date: 'd' for "14/12/2026", 'm' for
// "12/14/2026", 0 otherwise.
func numericOrder(s string) byte {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(f) != 3 || len(f[2]) != 4 || !allDigits(f[0]+f[1]+f[2]) || len(f[0]) > 2 || len(f[1]) > 2 {
		return 0
	}
	a, b := atoi2(f[0]), atoi2(f[1])
	switch {
	case a > 12 && b <= 12:
		return 'd'
	case b > 12 && a <= 12:
		return 'm'
	}
	return 0
}

// atoi2 reads a number of one or two ASCII digits.
func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// eachDate calls fn with each date parse.DateLen reads in text, in order,
// and the text after it, until fn returns true.
func eachDate(text string, fn func(date, after string) bool) {
	if !fourDigits(text) {
		return
	}
	for i := 0; i < len(text); i++ {
		if i > 0 {
			p := text[i-1]
			if p >= 'a' && p <= 'z' || p >= 'A' && p <= 'Z' || p >= '0' && p <= '9' {
				continue
			}
		}
		c := text[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			continue
		}
		if n := parse.DateLen(text[i:]); n > 0 {
			if fn(text[i:i+n], text[i+n:]) {
				return
			}
			i += n - 1
		}
	}
}

// monthFirstDotted returns the month-first reading of the dotted date the
// page's first metadata line states ("12.04.2026", which findDate reads
// day first, as Europe writes it, v), where the page writes its other dates
// month first in words and in that reading's month, never in the other's
// ("December 4", "Dec. 11": a US page's "12.04.2026" is 4 December), and
// none day first ("4 December"); else "".
func monthFirstDotted(d *doc, v string) string {
	dm, md := "", ""
	for _, b := range d.blocks {
		if b.removed != ReasonMetadata {
			continue
		}
		eachDate(b.text, func(s, _ string) bool {
			if strings.Count(s, ".") == 2 {
				dm, md = bothReadings(s)
			}
			return true
		})
		break
	}
	if dm == "" || dm != v || md == dm {
		return ""
	}
	want, other := atoi2(md[5:7]), atoi2(dm[5:7])
	seen := false
	for _, b := range d.blocks {
		f := strings.Fields(b.low)
		for i := 0; i+1 < len(f); i++ {
			if d := strings.TrimSuffix(f[i], "."); d != "" && len(d) <= 2 && allDigits(d) && monthNum[strings.Trim(f[i+1], ".,")] > 0 && len(f[i+1]) >= 3 {
				return "" // a date written day first in words: "5 December"
			}
			m, ok := monthNum[strings.TrimSuffix(f[i], ".")]
			if !ok || len(f[i]) < 3 {
				continue
			}
			if day := strings.TrimRight(f[i+1], ",."); day == "" || len(day) > 2 || !allDigits(day) {
				continue
			}
			if m == other {
				return ""
			}
			seen = seen || m == want
		}
	}
	if seen {
		return md
	}
	return ""
}
