package extract

// kickerWords in a class name mark a kicker set inside the headline's
// element: a section's or topic's label over the headline ("Nahverkehr"),
// or a badge before it ("Exclusive", "Live"), which the page's title and
// og:title leave out.
var kickerWords = wordSet("kicker overline eyebrow dachzeile topline surtitre supertitle badge label flag")

// headSeps are what may part a kicker from the headline (": ") once the
// kicker is dropped.
const headSeps = " :|-–—·"

// dropKickers removes from the h1 n the elements, up to two levels down,
// that are hidden (a screen reader's "Article: ") or whose class names
// a kicker, and that the headline follows:
// "<h1><span class="heading__kicker">Nahverkehr</span><span>: </span>
// <span>Landkreis streicht ...</span></h1>" is the headline "Landkreis
// streicht ...".
func dropKickers(n *node, deep bool) {
	for c := n.first; c != nil; {
		next := c.next
		if c.tag != "" && next != nil && (classIn(c, kickerWords) || hidden(c)) {
			c.remove()
		} else if c.tag != "" && !deep {
			dropKickers(c, true)
		}
		c = next
	}
}
