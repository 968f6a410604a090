package clean

import (
	"strconv"
	"strings"
)

// Templates are the lines a site repeats on its pages: menus, footers,
// appeals, "Go to Contents". A dossier is mostly several pages from a few
// sites, so a line that recurs on other pages of the same site is its
// template, whatever words it holds. A line two different sites share (a
// quote, a standard sentence) is not.
type Templates struct {
	// pages[site][line key] counts the pages of site holding the line.
	pages map[string]map[string]int
}

// SiteOf names the site a cleaned page comes from, for grouping pages: the
// publisher the text names, or else the page's first three lines when they
// are short (a site's header), or "" when neither is known.
func SiteOf(r Result) string {
	if r.Publisher != "" {
		return "publisher:" + strings.ToLower(r.Publisher)
	}
	var head []string
	for _, b := range r.Blocks {
		if b.Removed == ReasonEmpty {
			continue
		}
		s := b.Source()
		if words(s) > 6 {
			break
		}
		head = append(head, key(s))
		if len(head) == 3 {
			return "header:" + strings.Join(head, "\n")
		}
	}
	return ""
}

// FindTemplates collects the lines repeated across pages of each site. Two
// versions of one story (the same headline and the same first paragraph)
// count as one page: what they share is the story, not the site's template.
func FindTemplates(pages []Result) *Templates { return FindTemplatesPaced(pages, nil) }

// FindTemplatesPaced is FindTemplates calling pause, when not nil, after
// each page: the browser's page draws between slices of a large dossier.
func FindTemplatesPaced(pages []Result, pause func()) *Templates {
	t := &Templates{pages: map[string]map[string]int{}}
	stories := map[string]bool{} // site, headline and lede of each page counted
	for _, r := range pages {
		if pause != nil {
			pause()
		}
		site := SiteOf(r)
		if site == "" {
			continue
		}
		if lede := ledeKey(r); lede != "" {
			story := site + "\x00" + key(r.Title) + "\x00" + lede
			if stories[story] {
				continue
			}
			stories[story] = true
		}
		lines := t.pages[site]
		if lines == nil {
			lines = map[string]int{}
			t.pages[site] = lines
		}
		seen := map[string]bool{}
		for _, b := range r.Blocks {
			if k := key(b.Source()); k != "" && !seen[k] {
				seen[k] = true
				lines[k]++
			}
		}
	}
	return t
}

// ledeKey stands for a page's first kept paragraph of twelve words or more
// (a hash of its text), or is "" when it has none.
func ledeKey(r Result) string {
	for _, b := range r.Blocks {
		if b.Removed == "" && b.Kind == "paragraph" {
			if s := b.Source(); words(s) >= 12 {
				h, n := textHash(s)
				return strconv.FormatUint(h, 16) + "/" + strconv.Itoa(n)
			}
		}
	}
	return ""
}

// minTemplatePages is how many pages of a site must hold a line for it to be
// a template line: two for a short line, three for a sentence ("... was
// published in Granma on Tuesday.") or a line of twenty words or more (an
// appeal), which two versions of one story share.
func minTemplatePages(line string) int {
	if n := words(line); n >= 20 || n >= 8 && endsSentence(strings.TrimSpace(line)) {
		return 3
	}
	return 2
}

// Clean cleans a page again with its site's template lines removed first,
// given its cleanup without them (first). A page whose site repeats none of
// its lines gets first back.
func (t *Templates) Clean(raw string, first Result) Result {
	lines := t.SiteLines(first)
	if lines == nil {
		return first
	}
	return clean(raw, lines)
}

// SiteLines returns the lines the site of a page repeats (their keys, with
// how many of its pages hold each) when the page, given its cleanup without
// them (first), holds one of its site's template lines: what
// CleanWithTemplates needs to clean it again. It is nil when the page holds
// none (it stays as it is).
func (t *Templates) SiteLines(first Result) map[string]int {
	if t == nil {
		return nil
	}
	lines := t.pages[SiteOf(first)]
	if len(lines) == 0 {
		return nil
	}
	hit := false
	for _, b := range first.Blocks {
		if k := key(b.Source()); k != "" && lines[k] >= minTemplatePages(b.Source()) {
			hit = true
			break
		}
	}
	if !hit {
		return nil
	}
	out := make(map[string]int, len(lines))
	for k, n := range lines {
		if n >= 2 { // fewer pages never make a template line
			out[k] = n
		}
	}
	return out
}

// CleanWithTemplates cleans raw with its site's template lines (SiteLines)
// removed first: what Templates.Clean makes of the page.
func CleanWithTemplates(raw string, lines map[string]int) Result {
	return clean(raw, lines)
}

// ruleTemplates removes the lines the page's site repeats on other pages
// (d.templates), with the number of pages as the reason. A page most of
// whose prose its site repeats is a copy of another page, not a page of
// templates: it is left alone.
func ruleTemplates(d *doc) {
	if len(d.templates) == 0 {
		return
	}
	var hits []int
	prose, proseHits := 0, 0
	// A title line that gave way to the headline below it is the site's
	// chrome too: when the site repeats it ("Go to Contents"), that says
	// more than "page title".
	pageTitle := func(b *block) bool { return b.removed == ReasonPageTitle }
	for i, b := range d.blocks {
		if !b.kept() && !pageTitle(b) {
			continue
		}
		hit := false
		if k := key(b.source()); k != "" && d.templates[k] >= minTemplatePages(b.source()) {
			hits = append(hits, i)
			hit = true
		}
		if b.nw >= 12 {
			prose++
			if hit {
				proseHits++
			}
		}
	}
	if len(hits) == 0 || prose > 0 && 10*proseHits >= 6*prose {
		return
	}
	for _, i := range hits {
		if pageTitle(d.blocks[i]) {
			d.blocks[i].removed = ""
		}
		d.remove(i, "repeated on "+strconv.Itoa(d.templates[key(d.blocks[i].source())])+" pages from this site")
	}
}
