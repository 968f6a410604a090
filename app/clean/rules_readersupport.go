package clean

// readersSupport reports whether block b is a short note crediting the
// article to its readers' money with a call to join them, which a member
// site prints in or under its stories: the Slovak Spectator's "This article
// is published thanks to the support of our readers. Consider
// subscribing.", 404 Media's "This article was produced with support from
// our paying subscribers. Become one here.".
func readersSupport(b *block) bool {
	if b.nw > 30 || hasQuote(b.text) || reportsSpeech(b) {
		return false
	}
	return b.hasAny("support of our ", "support from our ", "thanks to our ", "made possible by our ", "funded by our ") &&
		b.hasAny("readers", "subscribers", "members", "supporters") &&
		b.hasAny("subscrib", "become one", "become a member", "join them", "join us", "donate", "support us")
}
