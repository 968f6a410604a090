package clean

import (
	"strings"
	"unicode"
)

// ReasonPromo is the removal reason of a site's call to follow its news.
const ReasonPromo = "site promotion"

// rulePromo removes a site's call to follow its news, which many news sites
// print under every article or over their sign-up form: "Get Current
// Updates on India News ... along with Latest News and Top Headlines from
// India and around the world.", "Get the latest news from Computerworld
// delivered via email.", "Follow @nytimesworld for international breaking
// news and headlines.", "Get daily updates and breaking news alerts from
// Eater National delivered straight to your inbox:", "Keep up with all the
// latest news from the UK and around the world by following Sky News". A line of up to forty
// words that opens with the call (promoCalls) and names the news it offers
// (promoNews); a sentence that says "get the latest news" in passing opens
// otherwise.
//
// The call may close a short line in the site's voice: the Inquirer's
// "For comprehensive coverage, in-depth analysis, visit our special site
// Road Projects. Stay informed with our latest news." (promoTail). A blog's
// word to the newcomer goes too (welcomeNewcomer), and its call to the
// reader who liked the post (likedCall).
func rulePromo(d *doc) {
	for i, b := range d.blocks {
		if b.kept() && (b.nw <= 40 && (isPromo(b.low) || promoTail(b)) || b.nw <= 80 && (welcomeNewcomer(b) || likedCall(b)) || sectionPlug(b) || i > 0 && shoutedPlug(b) && !d.titleEchoed(i)) {
			d.remove(i, ReasonPromo)
		} else if b.kept() && readersSupport(b) {
			d.remove(i, ReasonDonation)
		}
		if b.removed == ReasonRelated {
			d.columnBox(i)
		}
	}
}

// welcomeNewcomer reports whether block b is a blog's word to the reader
// new to it ("Welcome to Thrifty Table! If you're new here, start with
// ...", "If this is your first time visiting the site, read my story").
func welcomeNewcomer(b *block) bool {
	return b.hasAny("if you're new here", "if you’re new here", "if this is your first time", "new here?") && !hasQuote(b.text)
}

// ruleSiteWelcome removes, after the classifier, a site's welcome saying
// what it offers, which blogs print in their side column: "Welcome to the
// Field Notes, where we bring you ...", "Welcome to Hatch, ... Here you'll
// find ...", and its word about itself, a paragraph of 8 to 60 words
// opening "This site is ..." ("This site is for cyclists who ...", "This
// website is supported, in part, by ..."). Taken before the classifier,
// the welcome would leave the page's header without the prose it ends on,
// and the header would climb to a line of the column for its headline; it
// runs after ruleColumn, which names the lines above the headline first.
func ruleSiteWelcome(d *doc) {
	for i, b := range d.blocks {
		if !b.kept() || b.nw > 60 || hasQuote(b.text) {
			continue
		}
		if b.nw <= 40 && strings.HasPrefix(b.low, "welcome to ") && b.hasAny(", where we ", "here you'll find", "here you’ll find") ||
			b.nw >= 8 && hasPrefixAny(b.low, "this site is ", "this website is ", "this blog is ") {
			d.remove(i, ReasonPromo)
		}
	}
}

// likedCall reports whether block b is a blog's call to the reader who liked
// its post, under it: "If you enjoyed this post, please subscribe to the
// feed", "Did you like this article? Get ... in your inbox", "♥If you
// liked this article, please share it on:".
func likedCall(b *block) bool {
	low := strings.TrimLeftFunc(b.low, func(r rune) bool { return r < 'a' || r > 'z' })
	return hasAny(low[:min(len(low), 20)], "if you enjoyed this", "if you liked this", "did you like this", "did you enjoy this") &&
		b.hasAny(" article", " post") && !hasQuote(b.text)
}

// columnBox removes a column's box over its link, link i ("Read More From
// DataDecisionMakers"): the column's name on a line of its own a few lines
// above, and the blurb between ("Welcome to the VentureBeat community!",
// "DataDecisionMakers is where experts ... share ..."), the name and the
// link bracketing it.
func (d *doc) columnBox(i int) {
	name, ok := strings.CutPrefix(d.blocks[i].low, "read more from ")
	if !ok || words(name) > 3 {
		return
	}
	for j, n := i-1, 0; j >= 0 && n <= 6; j-- {
		b := d.blocks[j]
		if !b.kept() || b.nw > 40 {
			return
		}
		if b.low == name {
			for k := j; k < i; k++ {
				d.remove(k, ReasonPromo)
			}
			return
		}
		n++
	}
}

// promoTail reports whether a line of thirty words at most, in the site's
// voice ("our"), closes on a sentence that is a site's call to follow its
// news.
func promoTail(b *block) bool {
	if b.nw > 30 || !b.has(" our ") {
		return false
	}
	low := strings.TrimRight(b.low, ". ")
	k := strings.LastIndex(low, ". ")
	return k > 0 && isPromo(low[k+2:]+".")
}

// promoCalls open a site's call to follow its news.
var promoCalls = []string{"get ", "catch all ", "catch the ", "stay up-to-date ", "stay up to date ", "stay informed ", "stay updated ", "follow @", "follow us for ", "download the ", "keep up with ", "keep up to date ", "stay on top of ", "find out what's happening ",
	// Citi Newsroom's "Click on the link to join the Citi Newsroom channel
	// on WhatsApp for the latest news.", the Jamaica Observer's "Now you
	// can read the Jamaica Observer ePaper anytime, anywhere. ..."
	"click on the link to join ", "join our ", "now you can read ",
	"click here to get ",   // CityNews' "Watch CityNews anywhere. Click here to get our top stories, ..."
	"simak ",               // Kompas' "Simak breaking news dan berita pilihan kami langsung di ponselmu. ..."
	"discover the latest "} // Moneycontrol's "Discover the latest Business News, Sensex, and Nifty updates. ..."

// promoNews are the news a site's call offers.
var promoNews = []string{"latest news", "news updates", "breaking news", "top headlines", "news alerts", "latest updates", "current updates", "news and headlines", "real-time updates",
	"in-depth reporting", "epaper", "e-paper", "top stories", "latest business news"} // The Namibian's "Stay informed with The Namibian – ... Get in-depth reporting ..."

// isPromo reports whether a lower-cased line is a site's call to follow its
// news (see rulePromo).
func isPromo(low string) bool {
	if contains(low, "\"") || contains(low, "“") {
		return false
	}
	// ITV's "Want a quick and expert briefing on the biggest news
	// stories? Listen to our latest podcasts ...": the site's call to its
	// podcasts, wherever in the line.
	if contains(low, "podcast") && hasAny(low, "listen to our ", "subscribe to our podcast") {
		return true
	}
	return promoCallIndex.any(low) && hasAny(low, promoNews...)
}

// promoCallIndex holds promoCalls by their first byte.
var promoCallIndex = indexPrefixes(promoCalls)

// shoutedPlug reports whether block b is a site's plug under a shouted
// label, an offer and a call after a dash (Legit.ng's "CHECK OUT: Learn How
// to Invest in Crypto — Join Free Webinar", "PAY ATTENTION: ... New
// Telegram Channel — Join to Get the Latest Updates"): a label of one to
// three words in capitals and a colon, then four to twenty-five words, each
// capitalised, no sentence's end in them, the last part opening on a call
// to join or sign up (see plugCalls).
func shoutedPlug(b *block) bool {
	label, rest, ok := strings.Cut(b.text, ": ")
	if !ok || words(label) > 3 || !shouted(label) || !strings.ContainsFunc(label, unicode.IsLetter) {
		return false
	}
	rest = strings.TrimSpace(rest)
	n := words(rest)
	if n < 4 || n > 25 || !capitalised(rest) || strings.ContainsAny(rest[len(rest)-1:], ".?!\"”") || sentenceInside(rest) {
		return false
	}
	for _, dash := range []string{" — ", " – ", " - "} {
		if k := strings.LastIndex(rest, dash); k > 0 {
			f := strings.Fields(lower(rest[k+len(dash):]))
			return len(f) > 0 && plugCalls[f[0]]
		}
	}
	return false
}

// plugCalls open the call closing a site's plug.
var plugCalls = setOf("join subscribe register sign download follow")
