package extract

// maxDateTries is the number of elements after the h1 that dateShown
// reads: the article's header and its first paragraphs, not the dates
// of the teasers and comments under it.
const maxDateTries = 40

// dateWords in a class or id name an element that shows a date.
var dateWords = wordSet("date pubdate published timestamp posted dateline")

// dateShown is the date n, or the first element under it, shows
// ("October 5, 2026") as YYYY-MM-DD when its class or id names a date
// and it holds a short text, or "": the publication date of a page that
// states it nowhere else (no meta tag, no JSON-LD, no <time datetime>),
// as site builders' templates show it under the headline ("<div
// class="post-date">"), alone or in the byline's element.
func dateShown(n *node, deep bool) string {
	if classIn(n, dateWords) && textSize(n, 80) <= 80 {
		return date(collapse(textOf(n)))
	}
	for c := n.first; c != nil && deep; c = c.next {
		if d := dateShown(c, true); d != "" {
			return d
		}
	}
	return ""
}
