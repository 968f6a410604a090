package clean

import "strings"

// splitDateAt returns the date a blog's calendar badge writes over three
// lines starting at block i ("24" / "Jul" / "2012", "July" / "10" /
// "2012"), joined as one line ("24 Jul 2012"), or "".
func (d *doc) splitDateAt(i int) string {
	if i+3 > len(d.blocks) {
		return ""
	}
	var day, month, year string
	for _, b := range d.blocks[i : i+3] {
		t := strings.TrimSpace(b.text)
		switch {
		case day == "" && isDayNumber(t):
			day = t
		case month == "" && len(t) <= len("september.") && monthWords[strings.TrimSuffix(strings.ToLower(t), ".")]:
			month = t
		case year == "" && len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) && isDigit(t[2]) && isDigit(t[3]):
			year = t
		default:
			return ""
		}
	}
	return day + " " + month + " " + year
}

// isDayNumber reports whether t is a day of the month alone: "7", "24th".
func isDayNumber(t string) bool {
	if t == "" || !isDigit(t[0]) {
		return false // spares lower-casing every line
	}
	t = strings.TrimRight(strings.ToLower(t), "stndrh")
	if len(t) == 0 || len(t) > 2 {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) {
			return false
		}
		n = 10*n + int(t[i]-'0')
	}
	return n >= 1 && n <= 31
}

// ruleSplitDate removes a date written over three lines as the article's
// metadata: each line alone (a number, a month's name, a year) is no date
// the other rules read.
func ruleSplitDate(d *doc) {
	for i := 0; i+3 <= len(d.blocks); i++ {
		if d.splitDateAt(i) == "" {
			continue
		}
		for k := i; k < i+3; k++ {
			d.remove(k, ReasonMetadata)
		}
		i += 2
	}
}
