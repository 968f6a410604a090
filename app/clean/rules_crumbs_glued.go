package clean

// gluedCrumbs returns the reason of a line that is a story's tool buttons
// run together where a scrape lost the space between their links, a
// small letter before a capital ("Email to a friendPrinter friendly",
// "Email this storyPrint this story"): every part a whole line of crumbs
// gives the same reason; "" for another line. A brand's capital inside
// its one word ("YouTube", "PayPal") parts it into no crumbs.
func gluedCrumbs(text string) string {
	glued := func(i int) bool { return text[i] >= 'A' && text[i] <= 'Z' && text[i-1] >= 'a' && text[i-1] <= 'z' }
	found := false
	for i := 1; i < len(text) && !found; i++ {
		found = glued(i)
	}
	if !found {
		return "" // (most lines: no key made)
	}
	reason, parts, from := "", 0, 0
	for i := 1; i <= len(text); i++ {
		if i < len(text) && !glued(i) {
			continue
		}
		r, ok := crumbs[key(text[from:i])]
		if !ok || reason != "" && r != reason {
			return ""
		}
		reason, parts, from = r, parts+1, i
	}
	if parts < 2 {
		return ""
	}
	return reason
}
