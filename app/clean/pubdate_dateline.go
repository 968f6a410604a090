package clean

import (
	"strconv"
	"strings"
)

// datelineReading resolves a numeric date that reads both ways (dayFirst,
// monthFirst: "YYYY-MM-DD") by the wire dateline that opens the story:
// Bernama's "KOTA KINABALU, Dec 2 (Bernama) --" under "02/12/2026 05:41
// PM", Focus Taiwan's "Taipei, Dec. 2 (CNA)" under "12/02/2026 05:20 PM".
// The dateline names the month and the day, no year, near the start of
// the first paragraph of prose; it returns the reading with that month and
// day, or "".
func datelineReading(d *doc, dayFirst, monthFirst string) string {
	i := d.firstProse()
	if i < 0 {
		return ""
	}
	head := d.blocks[i].text
	if len(head) > 80 {
		head = head[:80]
	}
	m, day := datelineMonthDay(head)
	if m == 0 {
		return ""
	}
	md := "-" + pad2(m) + "-" + pad2(day)
	switch {
	case strings.HasSuffix(dayFirst, md):
		return dayFirst
	case strings.HasSuffix(monthFirst, md):
		return monthFirst
	}
	return ""
}

// datelineMonthDay returns the month and the day of the first "Dec 2",
// "Dec. 2" or "December 2" in s that no year follows (a dateline's), or
// zeros.
func datelineMonthDay(s string) (int, int) {
	f := strings.Fields(s)
	for k := 0; k+1 < len(f); k++ {
		m := monthNum[strings.ToLower(strings.TrimSuffix(f[k], "."))]
		if m == 0 || f[k][0] < 'A' || f[k][0] > 'Z' { // a month's name is capitalised: not "may"
			continue
		}
		ds := strings.TrimRight(f[k+1], ",")
		day, err := strconv.Atoi(ds)
		if err != nil || day < 1 || day > 31 || len(ds) > 2 {
			continue
		}
		if k+2 < len(f) && len(f[k+2]) >= 4 && allDigits(f[k+2][:4]) {
			continue // "Dec 2, 2026": a full date, which findDate reads
		}
		return m, day
	}
	return 0, 0
}

// pad2 writes n in two digits.
func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
