package clean

import (
	"github.com/dossierapp/dossier/app/boiler"

	"strings"
	"unicode"
	"unicode/utf8"
)

// tableRows returns, for each block, the number (from 1) of the data table
// it is a row of, or 0: the extract writes a table's rows as cells parted
// by " | " ("Green Party | 9 | +3 | 19.8%"); a table is three rows or more
// in a run with the same number of cells, two of them with a cell that is
// a figure. A menu or a breadcrumb is one such line, of names. A table's
// rows are kept or removed whole: a table parted into "navigation" and
// text reads as neither.
func (d *doc) tableRows() []int {
	var rows []int
	n := 0
	for i := 0; i < len(d.blocks); {
		bars := tableBars(d.blocks[i].text)
		if bars == 0 {
			i++
			continue
		}
		j, figures := i, 0
		for j < len(d.blocks) && tableBars(d.blocks[j].text) == bars {
			if hasFigureCell(d.blocks[j].text) {
				figures++
			}
			j++
		}
		if j-i >= 3 && figures >= 2 {
			if rows == nil {
				rows = make([]int, len(d.blocks))
			}
			n++
			for k := i; k < j; k++ {
				rows[k] = n
			}
		}
		i = j
	}
	return rows
}

// tableBars is the number of " | " in a line of 30 words at most, or 0.
func tableBars(s string) int {
	if strings.IndexByte(s, '|') < 0 || !strings.Contains(s, " | ") || wordsGT(s, 30) {
		return 0
	}
	return strings.Count(s, " | ")
}

// hasFigureCell reports whether a cell of the row s is a figure: one word
// starting with a digit, after a sign or a currency ("14", "−2", "+3",
// "29.4%", "£1.2m", "3:1").
func hasFigureCell(s string) bool {
	for _, c := range strings.Split(s, " | ") {
		c = strings.TrimLeft(strings.TrimSpace(c), "+-−–±$£€¥")
		if r, _ := utf8.DecodeRuneInString(c); unicode.IsDigit(r) && !wordsGT(c, 1) {
			return true
		}
	}
	return false
}

// tableVotes returns the blocks the classifier is not to remove: the rows
// of each data table (tableRows) of which it took fewer than half for
// boilerplate. A table goes whole or stays whole.
func tableVotes(d *doc, decisions []boiler.Decision) map[int]bool {
	rows := d.tableRows()
	if rows == nil {
		return nil
	}
	keep := map[int]bool{}
	for i := 0; i < len(rows); {
		t := rows[i]
		if t == 0 {
			i++
			continue
		}
		j, cut := i, 0
		for j < len(rows) && rows[j] == t {
			if decisions[j].Boilerplate {
				cut++
			}
			j++
		}
		if 2*cut < j-i {
			for k := i; k < j; k++ {
				keep[k] = d.blocks[k].kept()
			}
		}
		i = j
	}
	return keep
}
