package boilerpages

import (
	"hash/fnv"
	"strings"
)

// NewsProse returns the news prose of a page from L3S-GN1 or Dragnet
// (Google News 2007–2008, news sites and blogs 2012): its content lines of
// twelve words or more, all but one byte in fifty ASCII, trimmed; nil for
// the other datasets. app/clean's spin tests read it as other news, and
// the spin table's news model (app/clean/internal/gen -web) as a third
// source of prose, each from its own half of the pages (SpinModel).
func NewsProse(p *Page) []string {
	if p.Dataset != "l3s-gn1" && p.Dataset != "dragnet" {
		return nil
	}
	var paras []string
	for _, l := range p.Lines {
		if l.Content() && len(strings.Fields(l.Text)) >= 12 && mostlyASCII(l.Text) {
			paras = append(paras, strings.TrimSpace(l.Text))
		}
	}
	return paras
}

// SpinModel reports whether the news model of app/clean's spin table reads
// the prose of the page (internal/gen -web): half the pages, by a hash of
// the page's site (Site: its host, or its id when it has no address), so
// that no site has pages on both sides. The other half is the other news
// app/clean's spin tests spin and repair, prose of sites the model never
// read.
func SpinModel(p *Page) bool {
	h := fnv.New32a()
	h.Write([]byte("spin model:" + Site(p)))
	return h.Sum32()%2 == 0
}

// mostlyASCII reports whether all but one byte in fifty of s are ASCII.
func mostlyASCII(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			n++
		}
	}
	return n*50 < len(s)
}
