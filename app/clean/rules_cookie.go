package clean

import "strings"

// ruleCookie removes cookie and consent notices and their buttons.
func ruleCookie(d *doc) {
	for i, b := range d.blocks {
		// (A banner that opens on its cookies runs on longer, its
		// partners and its consent spelt out.)
		if !b.kept() || b.nw > 90 && !(b.nw <= 150 && hasPrefixAny(b.low, "we use cookies", "this site uses cookies", "this website uses cookies")) {
			continue
		}
		k := b.k
		switch k {
		case "accept", "accept all", "accept cookies", "accept all cookies", "reject all", "reject",
			"manage preferences", "manage cookies", "cookie settings", "cookie preferences", "i agree",
			"i accept", "got it", "allow all", "allow cookies", "decline", "customize settings",
			"manage consent", "consent", "agree and close", "privacy settings":
			d.remove(i, ReasonCookie)
			continue
		}
		// A sentence in another language that names cookies is the
		// notice ("Wir verwenden Cookies ...", "Мы используем файлы
		// cookie ..."), or in its own word for them ("Yle käyttää
		// evästeitä ..."): an article about them is rarer than the banner.
		if (b.has("cookie") || b.hasAny(cookieWords...)) && (b.hasAny("we use cookies", "uses cookies", "use of cookies",
			"accept cookies", "accept all", "cookie policy", "cookie settings", "cookies to",
			"consent to", "by continuing", "you agree", "manage your", "similar technologies", "essential cookies",
			"additional cookies", "analytics cookies", "view cookies") ||
			b.nw >= 8 && b.nw <= 50 && !b.hasAny(" the ", " and ", " of ", " to ", " you", " this ", " are ", " is ", " our ") && endsSentence(b.text)) {
			d.remove(i, ReasonCookie)
			// The banner's heading over it: "Cookies on GOV.UK".
			if p := i - 1; p >= 0 && d.blocks[p].kept() && d.blocks[p].nw <= 5 && strings.HasPrefix(d.blocks[p].low, "cookies ") {
				d.remove(p, ReasonCookie)
			}
		}
	}
}
