// Command cleanbench scores the cleanup (clean.Clean) on the labelled
// boilerplate corpus: each page's lines, one block each, are cleaned as one
// article; a line counts as kept when the reader shows it (a kept body block,
// or the headline chosen as the title). It prints the scores per dataset and
// writes the predictions for the corpus's own scorer (score.py).
//
//	go run ./app/clean/internal/cleanbench -split test -pred /tmp/pred.jsonl
//	python3 ../shared/corpora/boilerplate/score.py ../shared/corpora/boilerplate/pages.jsonl.gz /tmp/pred.jsonl --split test
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

func main() {
	path := flag.String("pages", "../shared/corpora/boilerplate/pages.jsonl.gz", "the corpus")
	split := flag.String("split", "dev", "dev or test")
	pred := flag.String("pred", "", "write predictions (score.py's format) here")
	verbose := flag.String("show", "", "print the decisions on pages whose id has this prefix")
	model := flag.String("model", "", "use this model file instead of the embedded one")
	held := flag.Bool("holdout", false, "score only the fifth of dev that `go run ./app/boiler/internal/train -holdout` holds out")
	showTitles := flag.Int("titles", 0, "print this many pages whose title is not the labelled headline")
	showPublishers := flag.Int("publishers", 0, "print this many pages with an address whose publisher disagrees with its domain, then this many with none named (id, host, publisher)")
	sentence := flag.Float64("sentence", float64(boiler.SentenceThreshold), "the probability a sentence needs to be removed (boiler.SentenceThreshold)")
	inside := flag.Float64("inside", float64(boiler.InsideThreshold), "the probability a line between two kept sentences needs to be removed (boiler.InsideThreshold)")
	before := flag.Float64("before", float64(boiler.BeforeThreshold), "the probability a sentence above a kept sentence needs to be removed (boiler.BeforeThreshold)")
	after := flag.Float64("after", float64(boiler.AfterThreshold), "the probability a line under a kept sentence needs to be removed (boiler.AfterThreshold)")
	wrap := flag.Float64("wrap", float64(boiler.WrapThreshold), "the probability a line carrying on a kept line of a wrapped paragraph needs to be removed (boiler.WrapThreshold)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the cleanup here")
	lost := flag.Bool("lost", false, "count, per dataset, why content lines were not kept")
	lostOut := flag.String("lostlines", "", "with -lost, write each lost content line here (page, line, rule or classifier, reason, words, the classifier's raw P, text; tab-separated)")
	threshold := flag.Float64("threshold", 0, "override the models' boilerplate threshold (0: the model's own)")
	joinWith := flag.String("join", "\n\n", "what joins a page's lines into the text cleaned")
	noTitle := flag.Bool("notitle", false, "cut each page's first line when it is boilerplate (its HTML title), as a scraper that keeps only the body writes the page")
	bySite := flag.Bool("bysite", false, "with -cv, the fold models were trained with -bysite: pick each page's by its site")
	cv := flag.String("cv", "", "cross-validate: score every dev page with the model `PREFIX`N.bin that held out its fold N (train -holdout -fold N)")
	only := flag.String("only", "", "score only the pages whose id has this prefix (with -show, to read one page)")
	flag.Parse()
	log.SetFlags(0)
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	boiler.SentenceThreshold = float32(*sentence)
	boiler.InsideThreshold = float32(*inside)
	boiler.AfterThreshold = float32(*after)
	boiler.BeforeThreshold = float32(*before)
	boiler.WrapThreshold = float32(*wrap)
	ps, err := boilerpages.Load(*path, *split)
	if err != nil {
		log.Fatal(err)
	}
	if *model != "" {
		data, err := os.ReadFile(*model)
		if err != nil {
			log.Fatal(err)
		}
		if err := boiler.SetModel(data); err != nil {
			log.Fatalf("%s: %v", *model, err)
		}
	}
	var foldModels []*boiler.Model
	if *cv != "" {
		if *split != "dev" || *held || *model != "" {
			log.Fatal("-cv scores the dev split with its own models")
		}
		for k := range boilerpages.Folds {
			name := fmt.Sprintf("%s%d.bin", *cv, k)
			data, err := os.ReadFile(name)
			if err != nil {
				log.Fatal(err)
			}
			m := &boiler.Model{}
			if err := m.UnmarshalBinary(data); err != nil {
				log.Fatalf("%s: %v", name, err)
			}
			foldModels = append(foldModels, m)
		}
	}
	if *only != "" {
		var o []boilerpages.Page
		for _, p := range ps {
			if strings.HasPrefix(p.ID, *only) {
				o = append(o, p)
			}
		}
		ps = o
	}
	if *held {
		if *split != "dev" {
			log.Fatal("-holdout is a part of the dev split")
		}
		var h []boilerpages.Page
		for _, p := range ps {
			if boilerpages.HeldOut(p.ID) {
				h = append(h, p)
			}
		}
		ps = h
	}
	if *threshold > 0 {
		// The threshold of the model(s) the pages are scored with, to
		// draw the trade-off between content kept and boilerplate removed.
		if foldModels == nil {
			boiler.Default().Threshold = float32(*threshold)
		}
		for _, m := range foldModels {
			m.Threshold = float32(*threshold)
		}
	}
	for k, m := range foldModels {
		fmt.Printf("fold %d: threshold %.3f\n", k, m.Threshold)
	}
	if *lostOut != "" {
		f, err := os.Create(*lostOut)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		w := bufio.NewWriter(f)
		defer w.Flush()
		lostLines = w
	}
	var out *bufio.Writer
	if *pred != "" {
		f, err := os.Create(*pred)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		out = bufio.NewWriter(f)
		defer out.Flush()
	}
	byDS := map[string]*boilerpages.Tally{}
	all := &boilerpages.Tally{}
	mismatched := 0
	var titled, headlined int
	var publishers publisherTally
	var wrongTitles []string
	var bytes int
	var spent time.Duration
	for i := range ps {
		p := &ps[i]
		if *noTitle && len(p.Lines) > 1 && p.Lines[0].Label == "boilerplate" {
			p.Lines = p.Lines[1:]
		}
		texts := p.Texts()
		raw := strings.Join(texts, *joinWith) + "\n"
		if foldModels != nil {
			k := boilerpages.Fold(p.ID)
			if *bySite {
				k = boilerpages.SiteFold(p)
			}
			boiler.SetDefault(foldModels[k])
		}
		bytes += len(raw)
		t0 := time.Now()
		r := clean.Clean(raw)
		spent += time.Since(t0)
		publishers.add(p.ID, p.URL, r.Publisher)
		if head := headline(p); head != "" {
			headlined++
			if sameTitle(r.Title, head) {
				titled++
			} else if len(wrongTitles) < *showTitles {
				wrongTitles = append(wrongTitles, fmt.Sprintf("%s: %q, headline %q", p.ID, r.Title, head))
			}
		}
		keep, ok := kept(r, texts, conventionOf(p.Dataset))
		if *lost {
			// The same page cleaned by the named rules alone: a content
			// line they lose too is a rule's loss, else the classifier's.
			m := boiler.Default()
			boiler.SetDefault(&boiler.Model{})
			ruleKeep, _ := kept(clean.Clean(raw), texts, conventionOf(p.Dataset))
			boiler.SetDefault(m)
			countLost(p, r, texts, keep, ruleKeep, boiler.Default().Classify(texts))
		}
		if !ok {
			mismatched++
		}
		if *verbose != "" && strings.HasPrefix(p.ID, *verbose) {
			why := reasons(r, texts)
			// The classifier's own verdict on the raw lines, for reading
			// its mistakes beside the rules' (the cleanup may hand it
			// slightly different lines).
			ds := boiler.Default().Classify(texts)
			fmt.Printf("### %s\n", p.ID)
			for j, l := range p.Lines {
				mark := " "
				if ds[j].Boilerplate {
					mark = "B"
				}
				fmt.Printf("%-5v %-11s %-18.18s %.2f%s %s\n", keep[j], l.Label, why[j], ds[j].P, mark, l.Text)
			}
		}
		t := byDS[p.Dataset]
		if t == nil {
			t = &boilerpages.Tally{}
			byDS[p.Dataset] = t
		}
		t.Add(p, keep)
		all.Add(p, keep)
		if out != nil {
			var idx []int
			for j, k := range keep {
				if k {
					idx = append(idx, j)
				}
			}
			// The title, publisher and date beside: score.py reads only the
			// lines kept, and a diff of two files shows what else changed.
			b, _ := json.Marshal(map[string]any{"id": p.ID, "keep": nonNil(idx), "title": r.Title, "publisher": r.Publisher, "date": r.Date})
			out.Write(append(b, '\n'))
		}
	}
	for _, ds := range []string{"l3s-gn1", "dragnet", "readability", "cleaneval-dev"} {
		if t := byDS[ds]; t != nil {
			fmt.Printf("%-14s %s\n", ds, t)
		}
	}
	fmt.Printf("%-14s %s\n", "all", all)
	if *lost {
		printLost()
	}
	if headlined > 0 {
		fmt.Printf("title: the labelled headline (L3S-GN1) on %d of %d pages (%.3f)\n", titled, headlined, float64(titled)/float64(headlined))
		for _, w := range wrongTitles {
			fmt.Println("  ", w)
		}
	}
	fmt.Println(publishers.String())
	for i, d := range publishers.disagree {
		if i < *showPublishers {
			fmt.Println("  ", d)
		}
	}
	for i, d := range publishers.unnamed {
		if i < *showPublishers {
			fmt.Println("   none:", d)
		}
	}
	fmt.Printf("%d pages, %d with blocks not matched to lines one to one; %.1f MB/s\n",
		len(ps), mismatched, float64(bytes)/1e6/spent.Seconds())
}

func nonNil(x []int) []int {
	if x == nil {
		return []int{}
	}
	return x
}

// convention is what a data set's gold counts as the article besides the
// body the reader shows (the corpus README, "Labelling").
type convention struct {
	// metadata: bylines, datelines and captions, which the cleanup takes out of
	// the body as metadata or as captions, are content (Dragnet, CleanEval).
	metadata bool
	// noTitle: the headline is not content (Readability returns it apart).
	noTitle bool
}

// conventionOf returns the convention of a data set of the corpus.
func conventionOf(dataset string) convention {
	switch dataset {
	case "dragnet", "cleaneval-dev":
		return convention{metadata: true}
	case "readability":
		return convention{noTitle: true}
	}
	return convention{} // l3s-gn1: bylines, dates and captions are supplemental
}

// metadataReasons are the removals that take a line out of the body as what
// Dragnet and CleanEval keep: bylines, datelines, captions and credits.
var metadataReasons = map[string]bool{
	clean.ReasonMetadata: true,
	clean.ReasonCaption:  true,
	clean.ReasonCredit:   true,
}

// kept maps the cleaned blocks back to the page's lines, in order. A line is
// kept when some shown block (kept body block or the chosen title) came from
// it, or, under a data set's convention, a metadata line. It reports false
// when a line had no block of its own.
func kept(r clean.Result, lines []string, conv convention) ([]bool, bool) {
	keep := make([]bool, len(lines))
	meta := make([]bool, len(lines))
	ok := eachLine(r, lines, func(b clean.Block, k int) {
		shown := b.Removed == "" && b.Text() != "" && (b.Kind != "title" || !r.TitleInferred)
		if conv.noTitle && b.Kind == "title" {
			shown = false
		}
		if shown {
			keep[k] = true
		}
		meta[k] = metadataReasons[b.Removed]
	})
	if conv.metadata {
		// The article's own metadata: lines taken out as bylines, datelines
		// or captions that lie among its shown lines (at most two lines from
		// one, counting the removed lines between).
		shown := append([]bool(nil), keep...)
		near := func(i int) bool {
			for d := 1; d <= 2; d++ {
				if i-d >= 0 && shown[i-d] || i+d < len(shown) && shown[i+d] {
					return true
				}
			}
			return false
		}
		for i := range meta {
			if meta[i] && near(i) {
				keep[i] = true
			}
		}
	}
	return keep, ok
}

// eachLine calls fn with each block of r that has text and the index of
// the page's line it came from (the next line holding its first word, in
// order). It reports false when a block matched no line.
func eachLine(r clean.Result, lines []string, fn func(b clean.Block, line int)) bool {
	ok := true
	j := 0
	for _, b := range r.Blocks {
		src := b.Source()
		if src == "" {
			continue
		}
		first := strings.Fields(src)[0]
		k := j
		for k < len(lines) && !strings.Contains(lines[k], first) {
			k++
		}
		if k == len(lines) {
			ok = false
			continue
		}
		j = k + 1
		fn(b, k)
	}
	return ok
}

// headline returns the line L3S-GN1 labels as the page's headline, or "".
func headline(p *boilerpages.Page) string {
	for _, l := range p.Lines {
		if l.Kind == "headline" {
			return l.Text
		}
	}
	return ""
}

// sameTitle reports whether the cleanup's title is the headline, up to case,
// spacing and punctuation at the ends.
func sameTitle(title, head string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, " .:-|\u00a0")), " "))
	}
	return title != "" && norm(title) == norm(head)
}
