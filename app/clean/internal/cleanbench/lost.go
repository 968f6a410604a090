package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
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
// who lost it, the reason, its words, the classifier's score of the raw
// line and its text, tab-separated.
var lostLines io.Writer

// lostByP counts, per data set, the content lines the classifier lost (the
// named rules alone keep them) by its own score of the page's raw lines:
// how near its threshold it lost them.
var lostByP = map[string]map[string]int{}

// pBucket names the band of probability p: below the model's threshold th
// (the line went with its neighbours, or on a later round), or how far
// above it.
func pBucket(p, th float32) string {
	switch {
	case p < th:
		return "P < threshold"
	case p < 0.9:
		return "threshold ≤ P < 0.90"
	case p < 0.97:
		return "0.90 ≤ P < 0.97"
	case p < 0.99:
		return "0.97 ≤ P < 0.99"
	}
	return "P ≥ 0.99"
}

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
// boilerplate lines were kept; ruleKeep is what the named rules alone keep,
// ds the classifier's verdicts on the raw lines.
func countLost(p *boilerpages.Page, r clean.Result, lines []string, keep, ruleKeep []bool, ds []boiler.Decision) {
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
			if ruleKeep[i] {
				mp := lostByP[p.Dataset]
				if mp == nil {
					mp = map[string]int{}
					lostByP[p.Dataset] = mp
				}
				b := pBucket(ds[i].P, boiler.Default().Threshold)
				mp[b]++
				mp[b+" (words)"] += len(strings.Fields(l.Text))
			}
			lostPages[p.ID+" "+by+w]++
			if lostLines != nil {
				fmt.Fprintf(lostLines, "%s\t%d\t%s\t%s\t%d\t%.3f\t%s\n", p.ID, i, by[:len(by)-2], reason[i], len(strings.Fields(l.Text)), ds[i].P, l.Text)
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
	for ds, m := range lostByP {
		fmt.Println(ds, "classifier's losses by its raw score")
		printTop(m, 10)
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
