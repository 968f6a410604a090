package extract

// maxDateTries is the number of elements after the h1 that dateShown
// reads: the article's header and its first paragraphs, not the dates
// of the teasers and comments under it.
const maxDateTries = 40

// dateWords in a class or id name an element that shows a date.
var dateWords = wordSet("date pubdate published timestamp posted")

// dateShown is the date n shows ("October 5, 2026") as YYYY-MM-DD when
// its class or id names a date and it holds a short text, or "": the
// publication date of a page that states it nowhere else (no meta tag,
// no JSON-LD, no <time datetime>), as site builders' templates show it
// under the headline ("<div class="post-date">").
func dateShown(n *node) string {
	named := false
	for _, w := range classWords(n) {
		named = named || dateWords[w]
	}
	if !named || textSize(n, 80) > 80 {
		return ""
	}
	return date(collapse(textOf(n)))
}

// dateWithin is dateShown of the first element under n that shows a date,
// or "".
func dateWithin(n *node) string {
	for c := n.first; c != nil; c = c.next {
		if c.tag == "" {
			continue
		}
		if d := dateShown(c); d != "" {
			return d
		}
		if d := dateWithin(c); d != "" {
			return d
		}
	}
	return ""
}
