package clean

import "strings"

// adMarkers are the lines sites leave where an ad slot was.
var adMarkers = map[string]bool{
	"advertisement": true, "advertisment": true, "advertisements": true, "advert": true,
	"ad": true, "ads": true, "advertising": true, "sponsored": true, "sponsored content": true,
	"paid content": true, "paid post": true, "promoted": true, "promoted content": true,
	"partner content": true, "story continues below advertisement": true,
	"article continues below advertisement": true, "article continues below": true,
	"story continues below": true, "continue reading below": true,
	"story continues below this ad": true, "article continues below this ad": true,
	"continue reading the main story": true, "scroll to continue with content": true,
	"skip advertisement": true, "advertisement scroll to continue": true,
	"ad feedback": true, "video ad feedback": true, "content continues below": true, "remove ads": true,
	"advertisement - scroll to continue": true, "anzeige": true, "publicité": true,
	"reklama": true, "реклама": true, "광고": true, "ad choices": true, "adchoices": true,
	"report this ad": true, "report an ad": true, "report ad": true, "sponsored links": true, "sponsored stories": true,
	"advertisement continue reading below": true, "sponsor message": true, "sponsored message": true, "the article continues after this ad": true,
	"this article continues after the advertisement": true, "article continues after advertisement": true,
	// Postmedia's slot, empty when scraped.
	"this advertisement has not loaded yet, but your article continues below": true,
	// The label in other languages: Spanish, Portuguese, Italian, Dutch,
	// Swedish, Turkish, Chinese, Japanese, Arabic.
	"publicidad": true, "anuncio": true, "publicidade": true, "pubblicità": true, "advertentie": true,
	"annons": true, "reklam": true, "广告": true, "広告": true, "إعلان": true,
	"ad policy": true, // The Nation's link beside its slot
}

// ruleAdMarker removes "Advertisement"-style lines.
func ruleAdMarker(d *doc) {
	for i, b := range d.blocks {
		// What a glued date leaves ("Date 2012-05-03 Ad"): a cleaning of
		// the rendering sees only that (FuzzClean).
		if b.kept() && adMarker(keptPart(b)) || b.kept() && sponsorLine(b) {
			d.remove(i, ReasonAd)
			// The Irish Examiner's "Sponsored Content" over its one
			// teaser, a headline: the advertiser's.
			if n := i + 1; b.k == "sponsored content" && n < len(d.blocks) && d.blocks[n].kept() && d.blocks[n].nw <= 15 && !endsSentence(d.blocks[n].text) {
				d.remove(n, ReasonAd)
			}
		}
	}
}

// adMarker reports whether a block is an ad marker (see ruleAdMarker).
func adMarker(b *block) bool {
	return adMarkers[b.k] || b.nw <= 6 && strings.HasPrefix(b.k, "advertisement") &&
		strings.Contains(b.k, "scroll") || affiliateNotice(b)
}

// affiliateNotice reports whether a block is an affiliate link's notice:
// "If you buy something from a Verge link, Vox Media may earn a commission.
// See our ethics statement.", a blog's "This post may contain affiliate
// links. As an Amazon Associate I earn from qualifying purchases."
func affiliateNotice(b *block) bool {
	return b.nw <= 40 && (b.has("may earn a commission") || b.has("may earn an affiliate commission") ||
		b.has("we may earn") && b.has("commission")) ||
		b.nw <= 25 && (b.has("contain affiliate links") || b.has("contains affiliate links") || b.has("qualifying purchases") && b.has("associate"))
}

// sponsorLine reports whether b is a sponsor's label alone, its name
// capitalised and no sentence: Punchbowl News' "Presented by Northbridge
// Energy", "Sponsored by M&I Bank", a wire feed's "Brought to you by AAP".
func sponsorLine(b *block) bool {
	if b.nw > 7 || endsSentence(b.text) {
		return false
	}
	for _, p := range []string{"presented by ", "sponsored by ", "brought to you by "} {
		if rest, ok := strings.CutPrefix(b.low, p); ok {
			name := strings.TrimPrefix(b.text[len(p):], "the ") // "Presented by the Foundation for ..."
			return rest != "" && startsUpper(name)
		}
	}
	return false
}
