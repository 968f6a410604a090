package clean

import (
	"strings"
	"unicode"
)

// newsletterFooters close a newsletter box.
var newsletterFooters = []string{
	"subscribers agree to", "by signing up", "by subscribing", "by clicking sign up",
	"by entering your email", "this site is protected by recaptcha", "you can unsubscribe",
	"unsubscribe at any time", "enter your email", "email address", "your email address",
	"thank you for signing up", "thanks for signing up", "you're signed up", "you are now subscribed",
	"check your inbox", "privacy notice", "read our privacy notice", "read our privacy policy", "see our privacy notice", "see our privacy policy", "i would like to be emailed", "i would like to receive", "i agree to receive", "privacy policy and terms", "after newsletter promotion", "type your email",
	// Reach's box (the Mirror, the Express, local papers): "We use your
	// sign-up to provide content in ways you've consented to ...", "Thank
	// you for subscribing", "We have more newsletters", "Invalid Email".
	"we use your sign-up", "thank you for subscribing", "thanks for subscribing", "we have more newsletters", "invalid email",
	// Future's (Space.com, Live Science, TechRadar) consent box.
	"contact me with news and offers",
	"i understand and agree that registration", // BLOX's (Lee Enterprises' papers)
	// Postmedia's box once signed up: "A welcome email is on its way. If
	// you don't see it, please check your junk folder.", "Interested in
	// more newsletters? Browse here."
	"a welcome email is on its way", "interested in more newsletters",
}

var newsletterFooterIndex = indexPrefixes(newsletterFooters)

// ruleNewsletter removes newsletter boxes: the sign-up line, its description and
// its consent footer.
func ruleNewsletter(d *doc) {
	for i := 0; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() {
			continue
		}
		lw := b.low
		if isNewsletterFooter(lw, b.nw) {
			d.remove(i, ReasonNewsletter)
			// The box's description between its name and the footer:
			// "Playbook" / "The unofficial guide to official
			// Washington, every morning and weekday afternoons." / "By
			// signing up, you acknowledge ...".
			if p := i - 1; p >= 1 && d.blocks[p].kept() && d.blocks[p].nw <= 25 && b.hasAny("signing up", "subscrib", "newsletter") {
				name := d.blocks[p-1]
				switch {
				case !name.kept() && name.removed != ReasonEmpty:
					d.remove(p, ReasonNewsletter)
				case name.kind == "heading" && name.nw <= 3 && !endsSentence(name.text):
					d.remove(p-1, ReasonNewsletter)
					d.remove(p, ReasonNewsletter)
				}
			}
			continue
		}
		if b.nw <= 4 && (strings.HasSuffix(lw, " newsletter") || strings.HasSuffix(lw, " newsletters")) {
			// France 24's "Daily newsletter" / "Receive essential
			// international news every morning" / "Subscribe": the box's
			// name, its line and its button.
			for j := i + 1; j < len(d.blocks) && j <= i+3; j++ {
				if k := d.blocks[j].k; hasPrefixAny(k, "subscribe", "sign up") && d.blocks[j].nw <= 4 {
					for x := i; x <= j; x++ {
						d.remove(x, ReasonNewsletter)
					}
					break
				}
			}
			if !b.kept() {
				continue
			}
		}
		// Meduza's "The Real Russia. Today." / "The most important stories
		// from Meduza in English, delivered every weekday." / "Subscribe":
		// the box's name, its line and its button.
		// iPolitics' "Don't miss the iPolitics AM newsletter" / "Get the
		// day's political news before your first coffee." / "Sign up":
		// the box's name says it is one. Inside Climate News'
		// "Newsletters" / "We deliver climate news to your inbox like
		// nobody else. ..." / "Sign up", The Marshall Project's "Closing
		// Argument" / "A weekly newsletter on ..." / "Sign up".
		if p := i - 1; p >= 1 && b.nw <= 4 && hasPrefixAny(b.k, "subscribe", "sign up") && d.blocks[p].kept() && d.blocks[p].nw <= 40 &&
			(hasAny(d.blocks[p].low, "delivered every", "delivered to your", "delivered straight", "in your inbox", "to your inbox", "newsletter", "stay updated", "stay up to date") ||
				d.blocks[p].nw <= 25 && d.blocks[p-1].nw <= 8 && strings.HasSuffix(d.blocks[p-1].k, " newsletter")) {
			d.remove(i, ReasonNewsletter)
			d.remove(p, ReasonNewsletter)
			if n := d.blocks[p-1]; n.kept() && n.nw <= 5 && n.kind != "title" {
				d.remove(p-1, ReasonNewsletter)
			}
			continue
		}
		if !isNewsletterStart(lw, b.nw, b.pairs()) {
			continue
		}
		d.remove(i, ReasonNewsletter)
		// The box's call right above it: "Stay updated with the latest
		// news!" over "Subscribe to The Jerusalem Post Newsletter"; its
		// name: "La newsletter del Corriere di Bologna" over "... iscriviti
		// gratis alla newsletter ...".
		if p := i - 1; p >= 0 && d.blocks[p].kept() && d.blocks[p].nw <= 8 && (strings.HasSuffix(d.blocks[p].text, "!") &&
			hasAny(d.blocks[p].low, "news", "updated", "inbox", "informed", "touch", "loop") || d.blocks[p].has("newsletter") && !endsSentence(d.blocks[p].text) && d.blocks[p].kind != "title" ||
			d.boxHeading(p)) {
			d.remove(p, ReasonNewsletter)
		}
		// A box closed by its consent footer within a few lines: all of it.
		for j := i + 1; j < len(d.blocks) && j <= i+5; j++ {
			nb := d.blocks[j]
			if nb.kept() && (nb.nw > 60 || articleSentence(nb)) {
				break
			}
			if nb.kept() && isNewsletterFooter(nb.low, nb.nw) {
				for k := i + 1; k <= j; k++ {
					d.remove(k, ReasonNewsletter)
				}
				break
			}
		}
		for j := i + 1; j < len(d.blocks) && j <= i+4; j++ {
			nb := d.blocks[j]
			if !nb.kept() {
				continue
			}
			nl := nb.low
			if nb.nw > 80 {
				break
			}
			if isNewsletterFooter(nl, nb.nw) || newsletterMore.any(nl) ||
				nb.nw <= 3 && crumbReason(nb) != "" {
				d.remove(j, ReasonNewsletter)
				i = j
				continue
			}
			break
		}
	}
}

// isNewsletterStart reports whether a block is a newsletter sign-up line.
func isNewsletterStart(lw string, nw int, ps *pairSet) bool {
	// Quartz's "📬 Sign up for the Daily Brief": an emoji before the call.
	lw = strings.TrimLeftFunc(lw, func(r rune) bool { return unicode.IsSymbol(r) || r == ' ' || r == '\ufe0f' })
	// A newsroom's blurb ending with its ask: "ProPublica is a nonprofit
	// newsroom that investigates abuses of power. Sign up to receive our
	// biggest stories as soon as they're published."
	if nw <= 45 && contains(lw, ". sign up ") && hasAny(lw, ". sign up to receive", ". sign up for ", ". sign up to get") &&
		hasAny(lw, "newsletter", "stories like this", "as soon as", "in your inbox", "our biggest stories", ". sign up for the free ", ". sign up for our free ") {
		// and Mother Jones' "Get your news from a source that's not
		// owned and controlled by oligarchs. Sign up for the free
		// Mother Jones Daily."
		return true
	}
	if nw > 30 {
		return false
	}
	// "Sign up here.", "Sign up to Down to Earth", "Thanks for reading X!
	// Subscribe for free ...", a podcast's "Thanks for listening to X!
	// Subscribe for free ...", "Type your email...".
	if hasPrefixAny(lw, "sign up here", "sign up to ", "sign up for ", "subscribe to ", "type your email", "enter your email") ||
		hasPrefixAny(lw, "thanks for reading", "thank you for reading", "thanks for listening", "thank you for listening") && contains(lw, "subscribe") {
		return true
	}
	if newsletterWords.maskWith(lw, ps, false) != 0 {
		return newsletterAsk.maskWith(lw, ps, false) != 0
	}
	return false
}

func isNewsletterFooter(lw string, nw int) bool {
	if nw > 60 {
		return false
	}
	if newsletterFooterIndex.any(lw) {
		return true
	}
	// (and a newsletter's line to readers a friend forwarded it to: "If a
	// friend forwarded it to you, you can subscribe here.", "Was this
	// forwarded to you? Sign up here.")
	return nw <= 25 && contains(lw, "agree to") && contains(lw, "privacy policy") ||
		nw <= 30 && contains(lw, "forwarded") && (contains(lw, "subscribe") || contains(lw, "sign up")) ||
		// and its ask to pass it on: "Enjoyed this issue? Forward it to
		// a friend who ...", "Forward this email to a friend."
		nw <= 20 && hasAny(lw, "forward it to a friend", "forward this to a friend", "forward this email to", "forward this newsletter to", "forward this issue to")
}

var (
	newsletterAsk = matcherOf("sign up|signing up for|signup|subscribe|get our|get the|receive|join|register|free |our daily|our weekly|" +
		"delivered|inbox|" +
		// and in German, Italian, French, Spanish, Portuguese, Dutch,
		// Polish, Russian and Ukrainian
		"abonnieren|anmelden|iscriviti|s'inscrire|inscrivez|suscríbete|suscribirse|inscreva|aanmelden|abonneer|zapisz się|подпиш|підпиш")
	newsletterMore = matcherOf("newsletter|inbox|mailbox|email|e-mail|sign up|subscribe|every morning|every day|" +
		"every week|every friday|every monday|weekly|daily digest|delivered to you|straight to you")
	newsletterWords = matcherOf("newsletter|briefing|bulletin|email alerts|news alerts|in your inbox|to your inbox|" +
		"by email|by e-mail")
)

// articleSentence reports whether kept block b is a sentence of the
// article's, not of a sign-up box: twelve words or more, a sentence's end,
// no word of subscribing ("The roster gives each pilot two days of rest
// ..." between "Thanks for reading Tide Notes! Subscribe for free ..."
// and the form's "Type your email…").
func articleSentence(b *block) bool {
	// A box's blurb closing "... and more!" (Future's "Breaking space
	// news, the latest updates on rocket launches, skywatching events
	// and more!") is the box's.
	return b.nw >= 12 && endsSentence(b.text) && !strings.HasSuffix(b.low, " and more!") && !newsletterWords.anyIn(b) && !b.hasAny("subscri", "sign up", "email", "inbox")
}
