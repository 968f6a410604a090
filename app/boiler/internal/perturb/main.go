//go:build !wasm

// Command perturb measures how far one changed line moves the classifier's
// scores of a page's other lines. On each dev page it changes one line at a
// time, at up to -per places of each kind, and scores the page again with
// the model of the site's fold (cleanbench -cv -bysite's):
//
//   - del: a short line (four words or fewer) of the page's middle deleted;
//   - ins: "Advertisement" inserted under a content line;
//   - sym: a short line's signs stripped ("m(__)m" to "mm"), as a parser
//     that drops markdown's emphasis may hand it;
//   - cut: a prose line of the article cut to its first eight words.
//
// For each change it counts the page's other lines whose score moved by more
// than 0.1, and those whose verdict (Classify's) changed, and prints how many
// changes, and pages, move many lines.
//
//	go run ./app/boiler/internal/perturb -pages PATH/pages.jsonl.gz -cv /tmp/dossier-cvsite/fold
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

func main() {
	path := flag.String("pages", boilerpages.DefaultPath, "the corpus")
	cv := flag.String("cv", "/tmp/dossier-cvsite/fold", "the fold models' prefix (train -holdout -bysite -fold N)")
	per := flag.Int("per", 4, "changes of each kind a page")
	many := flag.Int("many", 5, "a change moving at least this many lines counts as a big one")
	list := flag.Int("list", 0, "list this many of the changes moving the most lines")
	only := flag.String("only", "", "only pages whose id starts so")
	flag.Parse()
	log.SetFlags(0)
	dev, err := boilerpages.Load(*path, "dev")
	if err != nil {
		log.Fatal(err)
	}
	var models []*boiler.Model
	for k := range boilerpages.Folds {
		data, err := os.ReadFile(fmt.Sprintf("%s%d.bin", *cv, k))
		if err != nil {
			log.Fatal(err)
		}
		m := &boiler.Model{}
		if err := m.UnmarshalBinary(data); err != nil {
			log.Fatal(err)
		}
		models = append(models, m)
	}
	type change struct {
		page, kind string
		at         int
		moved      int // other lines whose score moved by more than 0.1
		far        int // of them, those more than farLines from the change
		flipped    int // other lines whose verdict changed
		maxMove    float64
	}
	var all []change
	kinds := []string{"del", "ins", "sym", "cut"}
	for i := range dev {
		p := &dev[i]
		if *only != "" && !strings.HasPrefix(p.ID, *only) {
			continue
		}
		m := models[boilerpages.SiteFold(p)]
		texts := p.Texts()
		base := m.Probabilities(texts)
		baseD := m.Classify(texts)
		for _, kind := range kinds {
			for _, at := range places(p, kind, *per) {
				lines, old := perturb(texts, kind, at)
				pr := m.Probabilities(lines)
				d := m.Classify(lines)
				c := change{page: p.ID, kind: kind, at: at}
				for j, k := range old {
					if k < 0 {
						continue
					}
					mv := math.Abs(float64(pr[j] - base[k]))
					c.maxMove = max(c.maxMove, mv)
					if mv > 0.1 {
						c.moved++
						if k < at-farLines || k > at+farLines {
							c.far++
						}
					}
					if d[j].Boilerplate != baseD[k].Boilerplate {
						c.flipped++
					}
				}
				all = append(all, c)
			}
		}
	}
	for _, kind := range kinds {
		n, big, moved, flipped, far, bigFar := 0, 0, 0, 0, 0, 0
		pages, bigPages, farPages := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, c := range all {
			if c.kind != kind {
				continue
			}
			n++
			moved += c.moved
			flipped += c.flipped
			pages[c.page] = true
			if c.moved >= *many {
				big++
				bigPages[c.page] = true
			}
			far += c.far
			if c.far >= *many {
				bigFar++
				farPages[c.page] = true
			}
		}
		fmt.Printf("%s: %d changes on %d pages; %d move %d+ other lines by >0.1 (on %d pages), %d move %d+ lines farther than %d (on %d pages); lines moved %d (%.2f a change; %d far), verdicts flipped %d (%.2f a change)\n",
			kind, n, len(pages), big, *many, len(bigPages), bigFar, *many, farLines, len(farPages), moved, float64(moved)/float64(max(n, 1)), far, flipped, float64(flipped)/float64(max(n, 1)))
	}
	sort.Slice(all, func(a, b int) bool { return all[a].far > all[b].far })
	for _, c := range all[:min(*list, len(all))] {
		fmt.Printf("  %s %s@%d: moved %d (%d far), flipped %d, max %.2f\n", c.page, c.kind, c.at, c.moved, c.far, c.flipped, c.maxMove)
	}
}

// farLines is how far from the change a line's score moves only through
// what the page's lines make together (its main region, its kind): the
// context features read the scores of ten lines around, twice over.
const farLines = 25

// places returns up to n lines of page p where a change of kind can be
// made, spread evenly over those that can take it.
func places(p *boilerpages.Page, kind string, n int) []int {
	var can []int
	for i, l := range p.Lines {
		if i < 3 || i >= len(p.Lines)-3 {
			continue
		}
		w := len(strings.Fields(l.Text))
		switch kind {
		case "del":
			if w <= 4 {
				can = append(can, i)
			}
		case "ins":
			if l.Content() {
				can = append(can, i)
			}
		case "sym":
			if w <= 4 && strip(l.Text) != l.Text && strings.TrimSpace(strip(l.Text)) != "" {
				can = append(can, i)
			}
		case "cut":
			if l.Content() && w >= 12 {
				can = append(can, i)
			}
		}
	}
	if len(can) <= n {
		return can
	}
	out := make([]int, n)
	for k := range out {
		out[k] = can[k*len(can)/n+len(can)/(2*n)]
	}
	return out
}

// perturb returns the page's lines with the change made at line at, and
// for each of them the index of the original line it is (-1 for the changed
// or inserted line).
func perturb(texts []string, kind string, at int) ([]string, []int) {
	var lines []string
	var old []int
	for i, t := range texts {
		switch {
		case i != at:
			lines, old = append(lines, t), append(old, i)
		case kind == "ins":
			lines, old = append(lines, t, "Advertisement"), append(old, i, -1)
		case kind == "sym":
			lines, old = append(lines, strip(t)), append(old, -1)
		case kind == "cut":
			lines, old = append(lines, strings.Join(strings.Fields(t)[:8], " ")), append(old, -1)
		}
	}
	return lines, old
}

// strip drops a line's characters that are neither letters, digits nor
// spaces.
func strip(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) {
			return r
		}
		return -1
	}, s)
}
