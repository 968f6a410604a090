// Package boilerpages reads the labelled boilerplate corpus
// (../shared/corpora/boilerplate/pages.jsonl.gz) and scores line decisions
// against it the way the corpus's score.py does. It is for the trainer and the
// benchmarks only: the corpus is test data and never ships.
package boilerpages

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"strings"
	"unicode"
)

// Line is one labelled line of a page.
type Line struct {
	Text  string `json:"text"`
	Label string `json:"label"`
	Kind  string `json:"kind"`
}

// Content reports whether the line is labelled article content.
func (l Line) Content() bool { return l.Label == "content" }

// Page is one flattened page of the corpus.
type Page struct {
	ID       string `json:"id"`
	Dataset  string `json:"dataset"`
	URL      string `json:"url"` // the page's address, "" when the corpus has none
	Split    string `json:"split"`
	Lines    []Line `json:"lines"`
	GoldText string `json:"gold_text"`
}

// Texts returns the page's line texts.
func (p *Page) Texts() []string {
	out := make([]string, len(p.Lines))
	for i, l := range p.Lines {
		out[i] = l.Text
	}
	return out
}

// DefaultPath is where the corpus sits relative to the repository
// root when ../shared is beside the checkout.
const DefaultPath = "../shared/corpora/boilerplate/pages.jsonl.gz"

// Load reads the pages of split ("dev", "test" or "" for all) from path.
func Load(path, split string) ([]Page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	var out []Page
	for n := 1; sc.Scan(); n++ {
		var p Page
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if split == "" || p.Split == split {
			out = append(out, p)
		}
	}
	return out, sc.Err()
}

// Tokens splits text into score.py's tokens: each whitespace-separated word
// lower-cased and reduced to its letters and digits (ASCII only when it has
// any), each CJK, kana or hangul character a token of its own.
func Tokens(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		out = appendKeys(out, strings.ToLower(w))
	}
	return out
}

func isCJK(r rune) bool {
	return r >= 0x3040 && r <= 0x30ff || r >= 0x3100 && r <= 0x312f || r >= 0x3400 && r <= 0x4dbf ||
		r >= 0x4e00 && r <= 0x9fff || r >= 0xac00 && r <= 0xd7af || r >= 0xf900 && r <= 0xfaff
}

func plainKey(out []string, t string) []string {
	var a, u strings.Builder
	for _, c := range t {
		if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
			a.WriteRune(c)
		}
		if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.In(c, unicode.N) {
			u.WriteRune(c)
		}
	}
	if a.Len() > 0 {
		return append(out, a.String())
	}
	if u.Len() > 0 {
		return append(out, u.String())
	}
	return out
}

func appendKeys(out []string, t string) []string {
	hasCJK := false
	for _, c := range t {
		if isCJK(c) {
			hasCJK = true
			break
		}
	}
	if !hasCJK {
		return plainKey(out, t)
	}
	var buf []rune
	for _, c := range t {
		if isCJK(c) {
			if len(buf) > 0 {
				out = plainKey(out, string(buf))
				buf = buf[:0]
			}
			out = append(out, string(c))
		} else {
			buf = append(buf, c)
		}
	}
	if len(buf) > 0 {
		out = plainKey(out, string(buf))
	}
	return out
}

// Tally adds up line and token scores over pages, as score.py does.
type Tally struct {
	Pages, Lines                  int
	KeptContent, KeptBoiler       int
	RemovedContent, RemovedBoiler int
	tokP, tokR                    []float64
}

// Add scores one page given which lines were kept.
func (t *Tally) Add(p *Page, keep []bool) {
	t.Pages++
	var kept []string
	for i, l := range p.Lines {
		t.Lines++
		switch {
		case keep[i] && l.Content():
			t.KeptContent++
		case keep[i]:
			t.KeptBoiler++
		case l.Content():
			t.RemovedContent++
		default:
			t.RemovedBoiler++
		}
		if keep[i] {
			kept = append(kept, l.Text)
		}
	}
	pred := map[string]int{}
	for _, k := range Tokens(strings.Join(kept, "\n")) {
		pred[k]++
	}
	gold := map[string]int{}
	ng := 0
	for _, k := range Tokens(p.GoldText) {
		gold[k]++
		ng++
	}
	tp, np := 0, 0
	for k, c := range pred {
		tp += min(c, gold[k])
		np += c
	}
	fp, fn := np-tp, ng-tp
	if fp == 0 && fn == 0 {
		t.tokP = append(t.tokP, 1)
		t.tokR = append(t.tokR, 1)
		return
	}
	if tp+fp > 0 {
		t.tokP = append(t.tokP, float64(tp)/float64(tp+fp))
	}
	if tp+fn > 0 {
		t.tokR = append(t.tokR, float64(tp)/float64(tp+fn))
	}
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Token returns token precision, recall and F1 (page means, F1 of the means).
func (t *Tally) Token() (p, r, f float64) {
	p, r = mean(t.tokP), mean(t.tokR)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Boilerplate returns precision, recall and F1 of the removed lines against
// the lines labelled boilerplate.
func (t *Tally) Boilerplate() (p, r, f float64) {
	return prf(t.RemovedBoiler, t.RemovedContent, t.KeptBoiler)
}

// ContentScore returns precision, recall and F1 of the kept lines against the
// lines labelled content.
func (t *Tally) ContentScore() (p, r, f float64) {
	return prf(t.KeptContent, t.KeptBoiler, t.RemovedContent)
}

// String formats the tally as one row.
func (t *Tally) String() string {
	bp, br, bf := t.Boilerplate()
	cp, cr, cf := t.ContentScore()
	tp, tr, tf := t.Token()
	return fmt.Sprintf("pages %4d  boilerplate P/R/F1 %.3f/%.3f/%.3f  content P/R/F1 %.3f/%.3f/%.3f  token P/R/F1 %.3f/%.3f/%.3f",
		t.Pages, bp, br, bf, cp, cr, cf, tp, tr, tf)
}

// HeldOut reports whether a dev page is in the fifth that the classifier's
// trainer holds out when asked to (-holdout), so that settings downstream of
// the model can be chosen on pages it did not learn from.
func HeldOut(id string) bool { return Fold(id) == 0 }

// Folds is how many parts the dev pages are cut into for cross-validation.
const Folds = 5

// Fold returns which of the Folds parts of dev a page is in: the trainer's
// -holdout -fold k holds out part k, and cleanbench -cv scores every dev
// page with the model that did not learn from it.
func Fold(id string) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % Folds)
}

// SiteFold is Fold by the page's site: every page of one host (its address
// without "www.") in the same part, a page without an address alone by its
// id. Scored with it, cross-validation measures what the held-out
// pages ask, pages of sites the model never saw, where Fold lets a site's
// other pages (Dragnet has up to 16 of one site in dev) teach its template.
func SiteFold(p *Page) int {
	return Fold(Site(p))
}

// Site returns the host of the page's address without "www.", or its id
// when it has no address.
func Site(p *Page) string {
	u, err := url.Parse(p.URL)
	if p.URL == "" || err != nil || u.Hostname() == "" {
		return p.ID
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
