package clean

import "strings"

// mailName returns the name the site presents itself under on a page whose
// only publisher cue is a copyright line naming its owning company (the
// network's "© 2012 Example Media, Inc." under one of its sites): a word of
// the page's short removed lines that spells the domain of an e-mail
// address its furniture gives ("Contact CoastWire" and "tips@coastwire.com"),
// no part of company's name, no mail service's; "" when there is none.
func (d *doc) mailName(company string) string {
	for _, b := range d.blocks {
		for from := 0; !b.kept() && b.nw <= 60; {
			k := strings.IndexByte(b.low[from:], '@')
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			if k == 0 || b.low[k-1] == ' ' {
				continue // a handle: "@coastwire"
			}
			label, tld, ok := strings.Cut(b.low[k+1:], ".")
			if n := strings.IndexFunc(tld, notLetter); n >= 0 {
				tld = tld[:n]
			}
			if !ok || len(tld) < 2 || len(label) < 4 || strings.ContainsAny(label, " ,;") || mailHosts[label] || strings.Contains(nameKey(company), label) {
				continue
			}
			if w := d.spells(label); w != "" {
				return w
			}
		}
	}
	return ""
}

// mailHosts are the mail services whose addresses name no site.
var mailHosts = setOf("gmail yahoo hotmail outlook googlemail live icloud")

// spells returns a capitalised word of the page's short removed lines
// that is label in lower case ("CoastWire" of "coastwire"), or "".
func (d *doc) spells(label string) string {
	for _, b := range d.blocks {
		if b.kept() || b.nw > 6 {
			continue
		}
		for _, w := range strings.Fields(b.text) {
			w = strings.Trim(w, ".,:;!?\"'()“”’")
			if startsUpper(w) && !domainName(w) && lower(w) == label {
				return w
			}
		}
	}
	return ""
}

// postsBy reports whether a line of the page credits name with its posts
// ("Recent Posts by Jane Doe", "By Jane Doe"): a writer's name, not the
// site's.
func (d *doc) postsBy(name string) bool {
	k := "by " + lower(name)
	for _, b := range d.blocks {
		if i := strings.Index(b.low, k); i >= 0 && (i == 0 || b.low[i-1] == ' ') {
			return true
		}
	}
	return false
}

// aboutName returns the name a footer's link to the site's own page gives
// ("About Gullwire", "Contact Gullwire", "Advertise with Gullwire"), no person's (the writer's "About
// Jane Doe") nor a part of company's, which the page's furniture names
// again, a word of it shaped as a brand (brandShaped) when it is one:
// "About Voices" is a column's; "" when there is none.
func (d *doc) aboutName(company string) string {
	for _, b := range d.blocks {
		if b.kept() || b.nw < 2 || b.nw > 4 {
			continue
		}
		rest, ok := "", false
		for _, o := range []string{"About ", "Contact ", "Advertise with ", "Advertise on ", "Advertise With ", "Advertise On "} {
			if rest, ok = strings.CutPrefix(b.text, o); ok {
				break
			}
		}
		if !ok || !camelBrand(rest) && (!startsUpper(rest) || !capitalised(rest)) || isNameLine(rest) || uiNamed(lower(rest)) ||
			!strings.Contains(rest, " ") && !brandShaped(rest) ||
			strings.ContainsAny(rest, "|:;!?,©()0123456789@/") || hasPrefixAny(lower(rest), "us", "me", "the ", "this ", "our ") ||
			strings.Contains(lower(company), lower(rest)) || d.mentions(rest) < 2 {
			continue
		}
		return publicationName(rest)
	}
	return ""
}

// brandShaped reports whether one word is written as a brand, not as a
// word of the language: a capital past its first letter or a point
// ("TechCrunch", "eHow", "NJ.com").
func brandShaped(w string) bool {
	return strings.ContainsAny(w, ".") || strings.IndexFunc(w[1:], func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0
}

// poweredName returns the name a removed footer line gives the site beside
// the platform it runs on or the company that publishes it ("Harbour Notes
// is powered by Blogger.", "Harbour Notes is proudly powered by
// WordPress", "Harbour Monthly is published by Tidewater Media",
// "HarbourFans.com is part of Tidewater Sports Sites"): capitalised words,
// six at most, not in capitals, and the platform's, company's or
// network's name capitalised too ("Dance is part of rehabilitation at ...",
// a teaser, names none); "" when the line is none.
func poweredName(b *block) string {
	if b.kept() || b.nw > 20 {
		return ""
	}
	for _, c := range []string{" is powered by ", " is proudly powered by ", " is published by ", " is part of "} {
		k := index(b.text, c)
		if k <= 0 || !startsUpper(b.text[k+len(c):]) {
			continue
		}
		name := strings.TrimSpace(b.text[:k])
		if words(name) > 6 || !startsUpper(name) || !capitalised(name) || shouted(name) || strings.ContainsAny(name, "|:;!?,©") {
			return ""
		}
		return name
	}
	return ""
}
