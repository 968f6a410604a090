package extract

import (
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// metadata finds the title, byline, date and site name in the head metadata,
// the JSON-LD blocks and the elements scan recorded.
func (x *extractor) metadata() Result {
	d := x.doc
	m := d.meta
	ld := strings.Join(d.ldjs, "\n")
	var r Result
	if strings.HasPrefix(m["og:site_name"], "archive.") {
		// A capture by archive.today (archive.ph, archive.is, ...)
		// states the archive's name and the capture's time in its
		// head, and keeps the page's <title>.
		m["og:site_name"], m["article:published_time"] = "", ""
	}

	// Site name.
	// A JSON-LD string may be written with the page's character
	// references ("Food &amp; Rural Affairs", "Council&#8217;s").
	r.SiteName = first(m["og:site_name"], unescape(ldName(ld, "publisher")), m["application-name"])
	docTitle := collapse(d.title)
	if h, ok := strings.CutPrefix(r.SiteName, "@"); ok && h != "" && !strings.Contains(h, " ") {
		// og:site_name as the site's handle ("@politifact"): the name as
		// the <title> spells it ("PolitiFact | Headline"), else the
		// handle's name.
		r.SiteName = h
		for _, sep := range titleSeps {
			for _, part := range strings.Split(docTitle, sep) {
				if part = strings.TrimSpace(part); strings.EqualFold(part, h) {
					r.SiteName = part
				}
			}
		}
	}
	if len(strings.Fields(r.SiteName)) > 5 {
		// An og:site_name too long to be shown ("Ministers for
		// Infrastructure, Transport, Regional Development, ..."): the
		// name the <title> ends with, where the long one opens with it
		// ("... | Ministers for Infrastructure").
		for _, sep := range titleSeps {
			if i := strings.LastIndex(docTitle, sep); i > 0 {
				s := docTitle[i+len(sep):]
				if rest, ok := strings.CutPrefix(strings.ToLower(r.SiteName), strings.ToLower(s)); ok && s != "" && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ",")) {
					r.SiteName = s
					break
				}
			}
		}
	}
	if m["og:site_name"] == "" {
		website := ldWebSite(ld)
		// The publisher's JSON-LD name longer than the one the <title>
		// ends with ("Northgate Observer Media", "... | Northgate
		// Observer"): the name as the page shows it.
		for _, sep := range titleSeps {
			if i := strings.LastIndex(docTitle, sep); i > 0 {
				if s := docTitle[i+len(sep):]; s != "" && strings.HasPrefix(strings.ToLower(r.SiteName), strings.ToLower(s)+" ") {
					r.SiteName = s
					break
				} else if (strings.EqualFold(s, x.logo) || strings.EqualFold(s, website)) && r.SiteName != "" && utf8.RuneCountInString(s) <= 40 {
					// ... or the owning company's ("Lee Enterprises") where
					// the logo over the headline, or the JSON-LD's WebSite,
					// names the paper the <title> ends with ("... | The
					// Riverton Star"): the name the site presents itself
					// under.
					r.SiteName = s
					break
				}
			}
		}
	}

	// Title.
	metaTitle := collapse(first(m["og:title"], m["twitter:title"], unescape(ldString(ld, "headline"))))
	h1 := x.h1
	switch {
	case h1 != "" && !strings.EqualFold(h1, r.SiteName) && (matches(h1, metaTitle) || matches(h1, docTitle) || headOf(h1, docTitle, r.SiteName)):
		// The h1, unless it is the site's name (a blog's, over its
		// post's <h3>), which the <title> holds beside the headline too.
		r.Title = h1
	case metaTitle != "" && x.h1s == 1 && len(strings.Fields(h1)) >= 4 && !matches(h1, r.SiteName):
		// The page's one headline, as the reader sees it, over a title
		// written for search engines and social cards ("Drought 2026:
		// City orders ..." over "No more lawn watering: ...").
		r.Title = h1
	case metaTitle != "":
		r.Title = metaTitle
	case docTitle != "":
		r.Title = trimSiteName(docTitle, r.SiteName)
	default:
		r.Title = h1
	}
	if r.SiteName == "" && docTitle != "" {
		head := r.Title
		if !strings.HasPrefix(docTitle, head) {
			head = trimSiteName(docTitle, "") // the headline shortened
		}
		if rest, ok := strings.CutPrefix(docTitle, head); ok && head != "" && head != docTitle {
			for _, sep := range titleSeps {
				if s, ok := strings.CutPrefix(rest, sep); ok && s != "" {
					// "Headline | Environment | The Courier": the
					// section, then the site; "Headline – The Star –
					// Local news, weather & sports": the site, then its
					// tagline, a list.
					if i := strings.LastIndex(s, sep); i >= 0 {
						if strings.Contains(s[i:], ", ") {
							s = s[:i]
						}
						if i = strings.LastIndex(s, sep); i >= 0 {
							s = s[i+len(sep):]
						}
					}
					if s != "" && utf8.RuneCountInString(s) <= 40 {
						r.SiteName = s
					}
				}
			}
		} else if lead, ok := strings.CutSuffix(docTitle, r.Title); ok && r.Title != "" {
			// The site's name first: "The Courier | Headline".
			for _, sep := range titleSeps {
				if s, ok := strings.CutSuffix(lead, sep); ok && s != "" && !strings.Contains(s, sep) && utf8.RuneCountInString(s) <= 40 {
					r.SiteName = s
				}
			}
		}
	}
	if r.SiteName == "" {
		r.SiteName = x.logo
	}
	if p := unescape(ldName(ld, "publisher")); p != "" && !strings.Contains(r.SiteName, " ") && strings.HasPrefix(strings.ToLower(r.SiteName), strings.ToLower(p)+".") {
		// og:site_name as an address ("Bloomberg.com"): the name the
		// publisher's JSON-LD gives ("Bloomberg").
		r.SiteName = p
	}
	if lowerCased(r.SiteName) {
		// og:site_name as a logo writes it ("euronews"): the name as the
		// publisher's JSON-LD or the <title> spells it ("Euronews"). A
		// slug squashes the name's first words (McClatchy's "kansascity"
		// for "Kansas City Star").
		// An address ("rivertonstar.com"): the name its logo shows.
		slug, _, _ := strings.Cut(strings.TrimPrefix(r.SiteName, "www."), ".")
		for _, s := range []string{ldName(ld, "publisher"), strings.TrimPrefix(docTitle, trimSiteName(docTitle, r.SiteName)), x.logo} {
			s = strings.TrimLeft(s, " |-–—:·_")
			if (strings.EqualFold(s, r.SiteName) || squashes(slug, s)) && !lowerCased(s) {
				r.SiteName = s
				break
			}
		}
	}
	r.Title = cap300(r.Title)
	r.SiteName = cap300(collapse(r.SiteName))

	// Byline.
	author := ""
	for _, k := range []string{"author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"} {
		if author = strings.TrimSpace(m[k]); author != "" {
			break
		}
	}
	if strings.Contains(author, "://") || strings.HasPrefix(author, "@") {
		author = ""
	}
	for _, b := range []string{author, unescape(ldName(ld, "author")), x.byline} {
		if b = stripBy(collapse(b)); b != "" && !strings.EqualFold(b, r.SiteName) {
			r.Byline = b
			break
		}
	}
	r.Byline = cap300(r.Byline)

	// Date.
	for _, k := range dateSources {
		v := m[k]
		switch k {
		case " ld":
			v = ldString(ld, "datePublished")
		case " ld created":
			v = ldString(ld, "dateCreated")
		case " time pub":
			v = x.pubTime()
		case " time":
			v = x.anyTime()
		case " shown":
			v = x.shownDate
		case " state":
			v = x.stateDate()
		case " url":
			v = urlDate(m["og:url"])
		case "parsely-page":
			v = ldString(v, "pub_date") // Parse.ly's older tag, JSON: {"title": ..., "pub_date": ...}
		}
		if v != "" {
			if dt := date(v); dt != "" {
				r.Published = dt
				break
			}
		}
	}
	return r
}

// logoName is the name an <img> states as the site's logo: its alt text
// ("Green Ledger", "Carrow Community Trust logo" without "logo") when it
// or the two elements around it are named "logo" or "brand" (a Webflow
// site's "w-nav-brand", a HubSpot theme's "header__logo"), or "". A logo
// in a box fixed to the window or hidden is another's (an archive's
// toolbar over the page it shows).
func logoName(img *node) string {
	named := false
	for n, i := img, 0; n != nil && i < 32; n, i = n.parent, i+1 {
		if overlay(n) || hidden(n) {
			return ""
		}
		for _, w := range classWords(n) {
			named = named || i < 3 && (w == "logo" || w == "brand")
		}
	}
	alt := collapse(img.attr("alt"))
	for _, s := range []string{" logo", " Logo", " home", " Home"} {
		alt = strings.TrimSuffix(alt, s)
	}
	if !named || len(alt) < 3 || len(alt) > 60 || strings.Contains(strings.ToLower(alt), "logo") || strings.EqualFold(alt, "home") {
		return ""
	}
	return alt
}

// dateSources are where metadata looks for the publication date, in
// order: meta tags by their names, and (names with a space first) the
// JSON-LD's datePublished, a <time> marked as the publication's, the
// JSON-LD's dateCreated, any <time datetime>, a date shown under the
// headline (dateShown), a date in the page's state (stateDate), in its
// address (urlDate).
var dateSources = []string{"article:published_time", " ld", "datepublished", " time pub",
	"og:published_time", "published_time", "date", "pubdate", "publishdate", "publish-date",
	"dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date",
	"parsely-pub-date", "citation_publication_date", "article.published",
	"publish_date", "publication_date", "pub_date", "dcterms.issued", "dc.date.created",
	"cxenseparse:recs:publishtime", "parsely-page", "originalpublicationdate", "pdate", "displaydate",
	" ld created", " time", " shown", " state", " url"}

// urlDate is the date the page's address holds in its path
// ("/2026/04/17/library-seed-shelf/", a blog's permalink), or "".
func urlDate(u string) string {
	for i := 0; i+12 <= len(u); i++ {
		if u[i] == '/' && u[i+11] == '/' && u[i+5] == '/' {
			if v := u[i+1 : i+11]; date(v) != "" {
				return v
			}
		}
	}
	return ""
}

// stateDate is the first date the page's state scripts give under a key
// that names the publication's ("publishedAt", "datePublished"), or "":
// a page drawn by script may state its date nowhere else.
func (x *extractor) stateDate() string {
	js := strings.Join(x.doc.state, "\n")
	for _, k := range []string{"datePublished", "publishedAt", "published_at", "first_publish_date", "publishDate", "published"} {
		if v := ldString(js, k); date(v) != "" {
			return v
		}
	}
	return ""
}

// ldBody is the JSON-LD articleBody as blocks, one a paragraph (a line
// break parts them), or nil. It is read as a fragment of this page, so a
// body written as HTML ("<p>…</p>") gives its text only.
func (x *extractor) ldBody() []string {
	ld := strings.Join(x.doc.ldjs, "\n")
	ab := ldString(ld, "articleBody")
	if v, _, ok := ldValue(ld, "liveBlogUpdate", 0); ok {
		// A live blog (LiveBlogPosting) states each entry in an object
		// of its own, a headline over its articleBody: the first
		// articleBody is the first entry's, or the blog's introduction
		// over them.
		var sb strings.Builder
		for i, o := range ldObjects(v, 500) {
			h, b := ldString(o, "headline"), ldString(o, "articleBody")
			if i == 0 && b == ab {
				ab = ""
			}
			for _, t := range []string{h, b} {
				if t != "" {
					sb.WriteString("\n" + t)
				}
			}
		}
		ab += sb.String()
	}
	if len(ab) < minBody {
		return nil
	}
	return fragment(unglue(ab))
}

// unglue parts the paragraphs of a plain articleBody that its site wrote
// with their tags stripped and nothing between them ("... filled faster
// than expected.Waste will go ..."): a line break after a stop between a
// small letter or a digit and a capitalised word.
func unglue(s string) string {
	if strings.ContainsAny(s, "\n<") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		sb.WriteByte(s[i])
		if i > 0 && i+2 < len(s) && strings.IndexByte(".!?", s[i]) >= 0 && (s[i-1] >= 'a' && s[i-1] <= 'z' || s[i-1] >= '0' && s[i-1] <= '9') &&
			s[i+1] >= 'A' && s[i+1] <= 'Z' && s[i+2] >= 'a' && s[i+2] <= 'z' {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// fragment is the text s, HTML or plain, as blocks: a line break parts
// paragraphs in plain text (as <br><br>, the writer parts them); captions
// go.
func fragment(s string) []string {
	if !strings.Contains(s, "<") {
		s = unmark(s)
	}
	d := parse(strings.ReplaceAll(s, "\n", "<br><br>"))
	fx := &extractor{doc: d, pTotal: -1, relaxed: true, noCaptions: true}
	fx.prune(d.root)
	measure(d.root)
	w := &writer{x: fx}
	w.node(d.root, true)
	w.endBlock()
	return w.blocks
}

// unmark takes Markdown's bold marks and links' addresses out of the
// plain text s, as a headless CMS keeps a body ("**The pipes were
// not.**", "a [report](https://...) found"): a paragraph ending in "**"
// or holding an address was not read as one. The cleanup reads the
// rest ("## ", "> ", "- ").
func unmark(s string) string {
	s = strings.ReplaceAll(s, "**", "")
	for {
		i := strings.Index(s, "](")
		j := strings.LastIndexByte(s[:max(i, 0)], '[')
		k := strings.IndexByte(s[max(i, 0):], ')')
		if i < 0 || j < 0 || k < 0 {
			return s
		}
		s = s[:j] + s[j+1:i] + s[i+k+1:]
	}
}

// blocksLen is the number of bytes of text in blocks.
func blocksLen(blocks []string) int {
	n := 0
	for _, b := range blocks {
		n += len(b)
	}
	return n
}

// description is the page's summary as its head states it: og:description,
// the description meta, twitter:description or the JSON-LD description.
// News pages show it under the headline as the deck (standfirst), often
// outside the element that holds the body.
func description(d *doc) string {
	m := d.meta
	return first(m["og:description"], m["description"], m["twitter:description"],
		ldString(strings.Join(d.ldjs, "\n"), "description"))
}

// deckKey is s folded for comparing a deck with the description: white
// space collapsed, lower case, without the final full stop; "" for a
// text under 20 or over 600 bytes.
func deckKey(s string) string {
	s = strings.TrimRight(strings.ToLower(collapse(s)), ". ")
	if len(s) < 20 || len(s) > 600 {
		return ""
	}
	return s
}

// holds reports whether the blocks already hold the line t (a line within
// 4 bytes of its length, the final full stop or a case change apart).
func holds(blocks []string, t string) bool {
	k := deckKey(t)
	for _, b := range blocks {
		for _, line := range strings.Split(b, "\n") {
			if d := len(line) - len(k); d >= -4 && d <= 4 && deckKey(line) == k {
				return true
			}
		}
	}
	return false
}

func first(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func cap300(s string) string {
	if len(s) <= 300 {
		return s
	}
	i := 300
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// matches reports whether a and b are the same headline up to case, or one
// contains the other (a <title> with the site name appended).
func matches(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	a, b = strings.ToLower(collapse(a)), strings.ToLower(collapse(b))
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// lowerCased reports whether s has letters and none of them in upper case.
// squashes reports whether slug, one word in lower case of six letters or
// more, is the first words of name run together: "kansascity" of "Kansas
// City Star", "miamiherald" of "Miami Herald".
func squashes(slug, name string) bool {
	if len(slug) < 6 || strings.ContainsAny(slug, " .") || !strings.Contains(name, " ") {
		return false
	}
	joined := ""
	for i, w := range strings.Fields(strings.ToLower(name)) {
		if joined += w; joined == slug {
			return i > 0
		}
	}
	return false
}

func lowerCased(s string) bool {
	return strings.ToLower(s) == s && strings.ToUpper(s) != s
}

// headOf reports whether the <title> t, its site's name trimmed, is the
// start of the headline h1 or holds it, in three words or more: a page's
// title line often shortens its headline ("Dutch farmers block motorways |
// Herald" over "Dutch farmers block motorways over nitrogen rules").
func headOf(h1, t, site string) bool {
	head := trimSiteName(t, site)
	return head != t && len(strings.Fields(head)) >= 3 && matches(h1, head)
}

var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", "_"}

// trimSiteName removes " - Site", " | Site" and similar from a <title>.
func trimSiteName(t, site string) string {
	best := t
	for _, sep := range titleSeps {
		if i := strings.LastIndex(t, sep); i > 0 {
			head, tail := t[:i], t[i+len(sep):]
			if site != "" && !strings.EqualFold(tail, site) && strings.EqualFold(head, site) {
				return tail
			}
			if utf8.RuneCountInString(head) >= utf8.RuneCountInString(tail) && len(head) < len(best) {
				best = head
			}
		}
	}
	return best
}

func stripBy(s string) string {
	for _, p := range []string{"By ", "by ", "BY ", "Von ", "Par "} {
		if strings.HasPrefix(s, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// pubTime is the datetime of a <time> marked as the publication time.
func (x *extractor) pubTime() string {
	for _, t := range x.times {
		if t.has("pubdate") || strings.EqualFold(t.attr("itemprop"), "datePublished") {
			return t.attr("datetime")
		}
		for _, w := range classWords(t) {
			if w == "published" || w == "publish" || w == "pubdate" {
				return t.attr("datetime")
			}
		}
	}
	return ""
}

func (x *extractor) anyTime() string {
	for _, t := range x.times {
		if date(t.attr("datetime")) != "" {
			return t.attr("datetime")
		}
	}
	return ""
}

// monthNames are the months' names in English, French, German, Spanish,
// Italian and Portuguese. A word names its month when it is one of them,
// opens the English name in three letters or more ("Dec.", "sept") or
// another in four bytes or more ("déc.", "févr.", "Dezem"): English
// words that open another language's name ("ago", "set", "out") and
// words that only open with one (French "mardi") do not.
var monthNames = []string{
	"january janvier januar enero gennaio janeiro",
	"february février februar febrero febbraio fevereiro",
	"march mars märz marzo março",
	"april avril abril aprile",
	"may mai mayo maggio maio",
	"june juin juni junio giugno junho",
	"july juillet juli julio luglio julho",
	"august août agosto",
	"september septembre septiembre settembre setembro",
	"october octobre oktober octubre ottobre outubro",
	"november novembre noviembre novembro",
	"december décembre dezember diciembre dicembre dezembro",
}

// date reads a stated date — 2024-03-25T10:00:00Z, 2024/03/25, 20240325,
// 25.03.2024, "Mon, 25 Mar 2024 10:00:00 GMT", "March 25, 2024",
// 14/05/2013 and 05/14/2013 where the day is over 12 — as YYYY-MM-DD, or
// "".
func date(s string) string {
	s = strings.TrimSpace(s)
	var y, mo, d int
	num := func(t string) int {
		v := 0
		for _, c := range t {
			if c < '0' || c > '9' {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	switch {
	case len(s) >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4]:
		y, mo, d = num(s[:4]), num(s[5:7]), num(s[8:10])
	case len(s) >= 10 && s[2] == '.' && s[5] == '.':
		d, mo, y = num(s[:2]), num(s[3:5]), num(s[6:10]) // "14.11.2026, 10:15 Uhr": day first
	case len(s) >= 8 && num(s[:8]) >= 0 && (len(s) == 8 || s[8] == 'T'):
		y, mo, d = num(s[:4]), num(s[4:6]), num(s[6:8])
	default:
		f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return r == ' ' || r == ',' || r == '.' || r == '-' || r == '/'
		})
		second := 0 // a second number of one or two digits: "14/05/2013"
		for _, t := range f {
			switch v := num(t); {
			case len(t) == 4 && v >= 1000:
				y = v
			case len(t) <= 2 && v > 0 && d == 0:
				d = v
			case len(t) <= 2 && v > 0 && second == 0:
				second = v
			case len(t) >= 3 && mo == 0:
				for i, names := range monthNames {
					n := " " + names + " "
					if k := strings.Index(n, " "+t); k == 0 || k > 0 && (len(t) > 3 || n[k+1+len(t)] == ' ') {
						mo = i + 1
					}
				}
			}
		}
		// Numbers alone: the day is the one over 12, the other the
		// month ("14/05/2013", "05/14/2013"); both 12 or under, the
		// order is the site's, unknown.
		switch {
		case mo != 0 || second == 0:
		case d > 12 && second <= 12:
			mo = second
		case second > 12 && d <= 12:
			d, mo = second, d
		}
	}
	if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return ""
	}
	return itoa(y, 4) + "-" + itoa(mo, 2) + "-" + itoa(d, 2)
}

func itoa(v, width int) string {
	b := make([]byte, width)
	for i := width - 1; i >= 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b)
}

// daysIn is the number of days in month m of year y (time.Date
// normalises day 0 of the next month to the last day of this one).
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ldString is the first string value of key in the JSON-LD text.
func ldString(js, key string) string {
	for i := 0; ; {
		v, next, ok := ldValue(js, key, i)
		if !ok {
			return ""
		}
		if strings.HasPrefix(v, `"`) {
			s, _ := jsonString(v)
			if s = strings.TrimSpace(s); s != "" {
				return s
			}
		}
		i = next
	}
}

// ldName is the "name" (or names) of the first object value of key, or its
// string value: "author": {"name": "A"}, "author": [{"name": "A"}, {"name":
// "B"}] → "A and B".
func ldName(js, key string) string {
	for i := 0; ; {
		v, next, ok := ldValue(js, key, i)
		if !ok {
			return ""
		}
		i = next
		if strings.HasPrefix(v, `"`) {
			s, _ := jsonString(v)
			if s = strings.TrimSpace(s); s != "" && !strings.Contains(s, "://") {
				return s
			}
			continue
		}
		names := objectNames(v)
		if len(names) == 0 {
			names = ldRefNames(js, v)
		}
		switch len(names) {
		case 0:
			continue
		case 1:
			return names[0]
		case 2:
			return names[0] + " and " + names[1]
		default:
			return strings.Join(names, ", ")
		}
	}
}

// ldRefNames follows the references the object (or array of objects) v
// holds to the nodes elsewhere in js that name them, as Yoast's @graph
// links its nodes: "publisher": {"@id": "https://example.com/#organization"}
// and, further on, {"@type": "Organization", "@id": "https://example.com/
// #organization", "name": "Example"} → "Example".
func ldRefNames(js, v string) []string {
	var names []string
	for _, o := range ldObjects(v, 6) {
		if r, _, ok := ldValue(o, "@id", 0); ok && strings.HasPrefix(r, `"`) {
			id, _ := jsonString(r)
			if n := ldNodeName(js, id); n != "" {
				names = append(names, n)
			}
		}
	}
	return names
}

// ldNodeName is the "name" of the first object in js whose "@id" is id and
// that has one, or "".
func ldNodeName(js, id string) string {
	if id == "" {
		return ""
	}
	var starts []int // the open objects
	for i := 0; i < len(js); i++ {
		switch js[i] {
		case '{':
			starts = append(starts, i)
		case '}':
			if len(starts) > 0 {
				starts = starts[:len(starts)-1]
			}
		case '"':
			k, n := jsonString(js[i:])
			i += n - 1
			if k != "@id" || len(starts) == 0 {
				continue
			}
			rest := strings.TrimLeft(js[i+1:], " \t\r\n")
			if !strings.HasPrefix(rest, ":") {
				continue
			}
			rest = strings.TrimLeft(rest[1:], " \t\r\n")
			if v, _ := jsonString(rest); strings.HasPrefix(rest, `"`) && v == id {
				if names := objectNames(js[starts[len(starts)-1]:]); len(names) > 0 {
					return names[0]
				}
			}
		}
	}
	return ""
}

// ldWebSite returns the name of the JSON-LD's WebSite node (the first
// "name" after its type), or "".
func ldWebSite(js string) string {
	for i := 0; ; {
		v, next, ok := ldValue(js, "@type", i)
		if !ok {
			return ""
		}
		if strings.HasPrefix(v, `"WebSite"`) {
			return ldString(js[next:], "name")
		}
		i = next
	}
}

// ldValue finds `"key":` in js from i on and returns the text from the value
// on, and the index to continue the search from.
func ldValue(js, key string, i int) (string, int, bool) {
	pat := `"` + key + `"`
	for i < len(js) {
		k := strings.Index(js[i:], pat)
		if k < 0 {
			return "", 0, false
		}
		i += k + len(pat)
		v := strings.TrimLeft(js[i:], " \t\r\n")
		if strings.HasPrefix(v, ":") {
			return strings.TrimLeft(v[1:], " \t\r\n"), i, true
		}
	}
	return "", 0, false
}

// objectNames collects the "name" strings of the object v starts with, or of
// the objects directly in the array v starts with (at most 6).
func objectNames(v string) []string {
	if v == "" || (v[0] != '{' && v[0] != '[') {
		return nil
	}
	want := 1
	if v[0] == '[' {
		want = 2
	}
	var names []string
	depth := 0
	for i := 0; i < len(v) && len(names) < 6; i++ {
		switch v[i] {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return names
			}
		case '"':
			s, n := jsonString(v[i:])
			i += n - 1
			if depth == want && s == "name" {
				rest := strings.TrimLeft(v[i+1:], " \t\r\n")
				if strings.HasPrefix(rest, ":") {
					rest = strings.TrimLeft(rest[1:], " \t\r\n")
					if strings.HasPrefix(rest, `"`) {
						if name, _ := jsonString(rest); strings.TrimSpace(name) != "" {
							names = append(names, strings.TrimSpace(name))
						}
					}
				}
			}
		}
	}
	return names
}

// ldObjects is the objects of the JSON array v starts with (or the one
// object it starts with), each as its text, at most max of them.
func ldObjects(v string, max int) []string {
	var objs []string
	depth, start := 0, 0
	for i := 0; i < len(v) && len(objs) < max; i++ {
		switch v[i] {
		case '{', '[':
			if depth++; v[i] == '{' && (depth == 1 || depth == 2 && v[0] == '[') {
				start = i
			}
		case '}', ']':
			if depth--; v[i] == '}' && (depth == 0 || depth == 1 && v[0] == '[') {
				objs = append(objs, v[start:i+1])
			}
			if depth <= 0 {
				return objs
			}
		case '"':
			_, n := jsonString(v[i:])
			i += n - 1
		}
	}
	return objs
}

// jsonString decodes the JSON string v starts with and returns it and the
// number of bytes it took.
func jsonString(v string) (string, int) {
	var sb strings.Builder
	i := 1
	for i < len(v) {
		c := v[i]
		switch {
		case c == '"':
			return sb.String(), i + 1
		case c == '\\' && i+1 < len(v):
			i++
			switch v[i] {
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			case 'r', 'b', 'f':
				sb.WriteByte(' ')
			case 'u':
				r := rune(utf8.RuneError)
				if i+4 < len(v) {
					r = hex4(v[i+1 : i+5])
					i += 4
					if utf16.IsSurrogate(r) && i+6 < len(v) && v[i+1] == '\\' && v[i+2] == 'u' {
						r = utf16.DecodeRune(r, hex4(v[i+3:i+7]))
						i += 6
					}
				}
				sb.WriteRune(r)
			default:
				sb.WriteByte(v[i])
			}
			i++
		default:
			sb.WriteByte(c)
			i++
		}
	}
	return sb.String(), len(v)
}

func hex4(s string) rune {
	var r rune
	for i := 0; i < len(s); i++ {
		d := digit(s[i], true)
		if d < 0 {
			return utf8.RuneError
		}
		r = r*16 + rune(d)
	}
	return r
}
