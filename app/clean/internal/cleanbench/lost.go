package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// lostBy counts, per data set, why content lines were not kept ("- rule:
// reason" when the named rules alone lose the line too, "- classifier:
// reason" when they keep it) and which blocks kept boilerplate lines ("+
// shown:kind").
var lostBy = map[string]map[string]int{}

// lostPages counts the content lines lost per page and reason.
var lostPages = map[string]int{}

// lostLines, when not nil, receives each lost content line: page, line,
// who lost it, the reason, its words and its text, tab-separated.
var lostLines io.Writer

// reasons returns, for each line, the removal reason of the block made from
// it, "shown:KIND" for a shown block, or "" for a line with no block.
func reasons(r clean.Result, lines []string) []string {
	reason := make([]string, len(lines))
	eachLine(r, lines, func(b clean.Block, k int) {
		why := b.Removed
		if why == "" {
			why = "shown:" + b.Kind
			if b.Text() == "" {
				why = "emptied"
			}
		}
		reason[k] = why
	})
	return reason
}

// countLost tallies why each content line of p was not kept and which
// boilerplate lines were kept; ruleKeep is what the named rules alone keep.
func countLost(p *boilerpages.Page, r clean.Result, lines []string, keep, ruleKeep []bool) {
	reason := reasons(r, lines)
	m := lostBy[p.Dataset]
	if m == nil {
		m = map[string]int{}
		lostBy[p.Dataset] = m
	}
	for i, l := range p.Lines {
		w := reason[i]
		if w == "" {
			w = "(no block)"
		}
		if i := strings.IndexAny(w, "0123456789"); i > 0 {
			w = w[:i] + "N"
		}
		if l.Label == "content" && !keep[i] {
			by := "classifier: "
			if !ruleKeep[i] {
				by = "rule: "
			}
			m["- "+by+w]++
			m["- "+by[:len(by)-2]]++
			lostPages[p.ID+" "+by+w]++
			if lostLines != nil {
				fmt.Fprintf(lostLines, "%s\t%d\t%s\t%s\t%d\t%s\n", p.ID, i, by[:len(by)-2], reason[i], len(strings.Fields(l.Text)), l.Text)
			}
		}
		if l.Label != "content" && keep[i] {
			m["+ "+w]++
		}
	}
}

// printLost prints the pages that lost most and the reasons per data set.
func printLost() {
	printTop(lostPages, 30)
	for ds, m := range lostBy {
		fmt.Println(ds)
		printTop(m, 25)
	}
}

func printTop(m map[string]int, n int) {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(a, b int) bool { return m[ks[a]] > m[ks[b]] })
	for i, k := range ks {
		if i == n {
			break
		}
		fmt.Printf("  %6d %s\n", m[k], k)
	}
}
