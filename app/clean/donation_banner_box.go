package clean

// bannerBox returns the button closing the box an appeal's banner at
// block i heads, the site's paragraph between them: The Reykjavík
// Grapevine's "Support The Grapevine!" / "Since 2003, The Reykjavík
// Grapevine has been ... Help us continue by joining our High Five Club."
// / "Join now". The paragraph, sixty words at most, speaks of the site in
// the first person and reports no one's words; the button is a crumb
// (crumbReason) or an appeal's ("Join now", "Donate"). Else i.
func (d *doc) bannerBox(i int) int {
	j := d.nextNonEmpty(i)
	if j < 0 {
		return i
	}
	p := d.blocks[j]
	if !p.kept() || p.kind != "paragraph" || p.nw > 60 || !weMatcher.anyIn(p) || reportsSpeech(p) || hasQuote(p.text) {
		return i
	}
	n := d.nextNonEmpty(j)
	if n < 0 {
		return i
	}
	if btn := d.blocks[n]; btn.nw <= 3 && (btn.removed == ReasonCrumb || btn.kept() && (donateButtons[btn.k] || crumbReason(btn) == ReasonCrumb)) {
		return n
	}
	return i
}
