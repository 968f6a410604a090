package extract

import "strings"

// teaserList reports whether n is a list of teaser cards: two or more of
// its children are cards (see card) and the cards hold most of its text.
// A rail of "Latest news" or "Related coverage" written as <article>
// elements, each a linked headline over a one-paragraph excerpt, has
// the excerpts' commas and length of prose, and its link density (the
// headline's share, a fifth or so) is under what marks a list of links;
// the linked headline over each is what tells it from the article's own
// sections, whose subheads link nowhere.
func teaserList(n *node) bool {
	cards, text := 0, 0
	for c := n.first; c != nil; c = c.next {
		if c.tag != "" && card(c) {
			cards++
			text += c.textLen
		}
	}
	return cards >= 2 && text*2 >= n.textLen
}

// maxCard is the most text (in characters) a teaser card holds.
const maxCard = 600

// card reports whether n is a teaser card: a short block (at most one
// paragraph, maxCard characters) whose headline, a story's of four words
// or more, is all link to another page, above or beside what else it
// holds (an excerpt, a date, a section's name). A name over its review
// (a roundup's "Dumpling House", a product's) and a headline that links
// within the page (a live blog's entry and its permalink) make no card.
func card(n *node) bool {
	if n.textLen == 0 || n.textLen > maxCard || n.pCount > 1 || isHeading(n.tag) {
		return false
	}
	h := headline(n, 0)
	return h != nil && h.linkLen == h.textLen && strings.Count(collapse(textOf(h)), " ") >= 3 && !pageLink(h)
}

// headline is the first heading under n, looked for at most three levels
// down, or the link that wraps it; nil if there is none.
func headline(n *node, depth int) *node {
	for c := n.first; c != nil; c = c.next {
		switch {
		case c.tag == "":
		case isHeading(c.tag):
			return c
		case c.tag == "a" && hasHeadingChild(c):
			return c // <a href><h3>…</h3></a>
		case depth < 2 && blockTags[c.tag]:
			if h := headline(c, depth+1); h != nil {
				return h
			}
		}
	}
	return nil
}

// pageLink reports whether n is or holds a link within the page.
func pageLink(n *node) bool {
	if n.tag == "a" && n.attr("href") == "#" {
		return true
	}
	for c := n.first; c != nil; c = c.next {
		if c.tag != "" && pageLink(c) {
			return true
		}
	}
	return false
}
