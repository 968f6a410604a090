package clean

import "strings"

// newsletterFooters close a newsletter box.
var newsletterFooters = []string{
	"subscribers agree to", "by signing up", "by subscribing", "by clicking sign up",
	"by entering your email", "this site is protected by recaptcha", "you can unsubscribe",
	"unsubscribe at any time", "enter your email", "email address", "your email address",
	"thank you for signing up", "thanks for signing up", "you're signed up", "you are now subscribed",
	"check your inbox", "privacy notice", "privacy policy and terms", "after newsletter promotion", "type your email",
}

// ruleNewsletter removes newsletter boxes: the sign-up line, its description and
// its consent footer.
func ruleNewsletter(d *doc) {
	for i := 0; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() {
			continue
		}
		lw := b.low
		if isNewsletterFooter(lw, b.text) {
			d.remove(i, ReasonNewsletter)
			continue
		}
		if !isNewsletterStart(lw, b.text) {
			continue
		}
		d.remove(i, ReasonNewsletter)
		for j := i + 1; j < len(d.blocks) && j <= i+4; j++ {
			nb := d.blocks[j]
			if !nb.kept() {
				continue
			}
			nl := nb.low
			if nb.nw > 80 {
				break
			}
			if isNewsletterFooter(nl, nb.text) || hasAny(nl, "newsletter", "inbox", "mailbox", "email", "e-mail",
				"sign up", "subscribe", "every morning", "every day", "every week", "every friday",
				"every monday", "weekly", "daily digest", "delivered to you", "straight to you") ||
				crumbReason(nb.text) != "" && nb.nw <= 3 {
				d.remove(j, ReasonNewsletter)
				i = j
				continue
			}
			break
		}
	}
}

// isNewsletterStart reports whether a block is a newsletter sign-up line.
func isNewsletterStart(lw, text string) bool {
	if wordsGT(text, 30) {
		return false
	}
	// "Sign up here.", "Sign up to Down to Earth", "Thanks for reading X!
	// Subscribe for free ...", "Type your email...".
	if hasPrefixAny(lw, "sign up here", "sign up to ", "sign up for ", "subscribe to ", "type your email", "enter your email") ||
		hasPrefixAny(lw, "thanks for reading", "thank you for reading") && strings.Contains(lw, "subscribe") {
		return true
	}
	if strings.Contains(lw, "newsletter") || strings.Contains(lw, "briefing") || strings.Contains(lw, "bulletin") ||
		strings.Contains(lw, "email alerts") || strings.Contains(lw, "news alerts") || strings.Contains(lw, "in your inbox") {
		return hasAny(lw, "sign up", "signup", "subscribe", "get our", "get the", "receive", "join", "register",
			"free ", "our daily", "our weekly", "delivered", "inbox")
	}
	return false
}

func isNewsletterFooter(lw, text string) bool {
	if wordsGT(text, 40) {
		return false
	}
	for _, f := range newsletterFooters {
		if strings.HasPrefix(lw, f) {
			return true
		}
	}
	return strings.Contains(lw, "agree to") && strings.Contains(lw, "privacy policy") && !wordsGT(text, 25)
}
