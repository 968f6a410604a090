package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
)

// ruleFieldRecords brings back the records of a directory or a listing
// that the classifier lost further down the page. A page of records (a
// calendar of races, a list of golf courses, a club's members) writes each
// under the same field labels ("Distance: 157 mi", "Season: May 1 to
// October 31"); the classifier keeps the first records, and as the page
// runs on toward its end its scores rise and it takes the later ones for
// a menu. Where a label opens minRecords lines or more, each two to
// recordGap lines under the one before (a record has more lines than its
// label's: a list of "Part 3: ..." headlines has not), with values that
// differ (see fieldValuesDiffer), and the classifier kept two of them,
// the records run from the first kept one to the last: the lines between
// that the classifier took come back. A news page's labels ("Photos:",
// "Posted by:") stand once or far apart, or the classifier took them all.
func ruleFieldRecords(d *doc) {
	at := map[string][]int{}
	for i, b := range d.blocks {
		if b.removed == ReasonEmpty {
			continue
		}
		if l := fieldLabel(b.text); l != "" {
			at[l] = append(at[l], i)
		} else if phoneLine(b.text) {
			at["#phone"] = append(at["#phone"], i)
		}
	}
	// The runs are found on the classifier's verdicts before any comes
	// back, then brought back together: a run one label finds does not
	// depend on the runs of the labels the map gave before it (Go's map
	// order varies run to run, and so did the page's cleaning).
	var spans [][2]int
	for label, idx := range at {
		for a := 0; a < len(idx); {
			z := a + 1
			for z < len(idx) && idx[z]-idx[z-1] >= 2 && idx[z]-idx[z-1] <= recordGap {
				z++
			}
			if z-a >= minRecords && fieldValuesDiffer(d, idx[a:z], label != "#phone") {
				var kept []int
				for _, i := range idx[a:z] {
					if d.blocks[i].kept() {
						kept = append(kept, i)
					}
				}
				if len(kept) >= 2 {
					spans = append(spans, [2]int{kept[0], idx[z-1]})
				}
			}
			a = z
		}
	}
	for _, sp := range spans {
		for i := sp[0]; i <= sp[1]; i++ {
			if b := d.blocks[i]; recordLine[b.removed] || d.learned[i] && (b.removed == ReasonNav || b.removed == ReasonRelated) {
				b.removed = ""
			}
		}
	}
}

// fieldValuesDiffer reports whether the fields at, one label's, hold
// different values, two in three of them at least, their digits aside
// (unless they are no labelled fields but numbers): a record's field holds
// its own value ("Distance: 157 mi", "Distance: 140 mi"), a comment's
// header the same ("Re: (Score:3)").
func fieldValuesDiffer(d *doc, at []int, labelled bool) bool {
	values := map[string]bool{}
	for _, i := range at {
		v := d.blocks[i].text
		if !labelled {
			values[textKey(v)] = true // a number: its digits are its value
			continue
		}
		values[strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return -1
			}
			return r
		}, textKey(v[strings.Index(v, ": ")+2:]))] = true
	}
	return 3*len(values) >= 2*len(at)
}

// Bounds of ruleFieldRecords: the fewest lines a label opens, and the most
// lines from one of them to the next.
const (
	minRecords = 3
	recordGap  = 12
)

// recordLine holds the reasons the classifier gives the lines of a record
// that ruleFieldRecords undoes; a menu's or a related list's too, when
// the classifier gave it, not a named rule (a list of related headlines
// that each open with the name of who speaks).
var recordLine = map[string]bool{
	boiler.ReasonOther:   true,
	boiler.ReasonCaption: true,
	boiler.ReasonHeader:  true,
	boiler.ReasonFooter:  true,
}

// fieldLabel returns the label a line opens with, lower case, its digits
// as 0 ("1998 Winner: Leon Van Bolt" is "0 winner"), or "": one to three
// words before a colon and a space, in maxLabelBytes bytes or fewer, with
// the field's value after them.
func fieldLabel(text string) string {
	k := strings.Index(text[:min(len(text), maxLabelBytes+2)], ": ")
	if k <= 0 || k > maxLabelBytes || len(strings.TrimSpace(text[k+1:])) == 0 {
		return ""
	}
	label := text[:k]
	if n := len(strings.Fields(label)); n == 0 || n > 3 {
		return ""
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return r
	}, strings.ToLower(label))
}

// phoneLine reports whether a line is a telephone number or two, a
// directory's field without a label ("212-555-0142 or 800-555-0199"): six
// words at most, seven digits or more, and digits and the marks between
// them three in four of its characters.
func phoneLine(text string) bool {
	if len(text) > 60 || words(text) > 6 {
		return false
	}
	digits, marks := 0, 0
	for _, r := range text {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune("-()./+ ", r):
			marks++
		}
	}
	return digits >= 7 && 4*(digits+marks) >= 3*len(text)
}

// maxLabelBytes is the longest label fieldLabel takes.
const maxLabelBytes = 30
