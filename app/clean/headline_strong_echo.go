package clean

// A line that shares one story word with the article, a third of its own
// ("Trading plan under fire", a teaser of the site's list of its most read
// stories, over "Under-fire ferry skipper Jo Marsh has quit ..."), tells
// the story less than the headline further up that shares three or more,
// most of its own ("Ferry skipper Marsh quits after storm row"): on a page
// scraped without its title line the list between them put the teaser
// nearest the text.

// weakEcho reports whether a line of three story words or more, sharing
// shared of its own with the article (see echoOf), names one of them at
// most.
func weakEcho(shared, own int) bool {
	return shared <= 1 && own >= 3
}

// strongEcho reports whether a line sharing shared of its own story words
// with the article tells it: three or more, two thirds of its own.
func strongEcho(shared, own int) bool {
	return shared >= 3 && 3*shared >= 2*own
}
