package clean

import "strings"

// ruleDisclaimer removes the notes a site prints around an opinion piece:
// its disclaimer ("The views expressed are the author’s own and do not
// necessarily reflect those of the Sentinel.") and its call for letters
// ("Want to respond to this column? Send us a letter to the editor at
// ..."), and a nonprofit newsroom's note on who funds it. A quote or
// reported speech is the article's.
func ruleDisclaimer(d *doc) {
	for i, b := range d.blocks {
		if !b.kept() || b.nw > 100 || b.kind == "title" {
			continue
		}
		lw := b.low
		if b.has("responsible for their own content") && !hasQuote(b.text) {
			// An aggregator's note on the reports it carries: allAfrica's
			// "... Publishers named above each report are responsible for
			// their own content, which AllAfrica does not have the legal
			// right to edit or correct."
			d.remove(i, ReasonMetadata)
			continue
		}
		if strings.Contains(lw, "comments") && (strings.Contains(lw, " is committed to ") && hasAny(lw, "discussion", "conversation") ||
			hasAny(lw, "we welcome your comments", "comments relevant and", "comments are relevant and", "comments civil")) && !hasQuote(b.text) && !reportsSpeech(b) ||
			b.nw <= 40 && b.has("conversations are opinions of our readers") {
			// The comment section's policy: Postmedia's "Postmedia is
			// committed to maintaining a lively but civil forum for
			// discussion. Please keep comments relevant ...", Crikey's
			// "Crikey is committed to hosting lively discussions. ...",
			// the Jamaica Observer's "We welcome your comments on stories.
			// Please ensure that your comments are relevant and ...";
			// Torstar's "Conversations are opinions of our readers and are
			// subject to the Code of Conduct. ...".
			d.remove(i, ReasonComments)
			continue
		}
		if b.nw > 60 {
			continue
		}
		if b.has("reviewed by an editing team") && !hasQuote(b.text) {
			// The Winnipeg Free Press's note on its standards: "Every
			// piece of reporting Winnipeg Free Press produces is reviewed
			// by an editing team before it is posted online ...".
			d.remove(i, ReasonMetadata)
			continue
		}
		if b.nw <= 60 && b.hasAny("takes no institutional position", "does not take institutional position") && !hasQuote(b.text) {
			// A think tank's disclaimer: the Council on Foreign
			// Relations' "... takes no institutional positions on
			// policy issues ...", Carnegie's "... does not take
			// institutional positions on public policy issues".
			d.remove(i, ReasonMetadata)
			continue
		}
		if (b.nw <= 40 && b.has("sole views of its author") || strings.IndexByte(lw, '(') >= 0 && b.has("those of the author(s)")) && !hasQuote(b.text) && !reportsSpeech(b) {
			// Brookings': "... each Brookings publication represents
			// the sole views of its author(s)."; the institution's
			// motto right above it goes with it. Carnegie's "... the
			// views represented herein are those of the author(s)",
			// CSIS's "... should be understood to be solely those of
			// the author(s)."
			d.remove(i, ReasonMetadata)
			if p := i - 1; p >= 0 && d.blocks[p].kept() && d.blocks[p].nw <= 15 && strings.Contains(d.blocks[p].low, " is committed to ") {
				d.remove(p, ReasonMetadata)
			}
			continue
		}
		if b.nw <= 12 && strings.HasSuffix(lw, "not an official record.") {
			// The UN's press release closes: "For information media.
			// Not an official record."
			d.remove(i, ReasonMetadata)
			continue
		}
		if strings.HasPrefix(lw, "disclosure:") && b.hasAny("financial supporter", "supporters play no role", "donors play no role", "sponsors play no role") {
			// The Texas Tribune's "Disclosure: The Texas Association of
			// Realtors has been a financial supporter of The Texas
			// Tribune, a nonprofit ... Financial supporters play no role
			// in the Tribune's journalism."
			d.remove(i, ReasonMetadata)
			continue
		}
		if b.nw <= 40 && !hasQuote(b.text) && (strings.IndexByte(lw, '(') >= 0 && b.hasAny("501(c)(3) nonprofit news", "501(c)3 nonprofit news") || b.has(" is part of states newsroom") ||
			b.hasAny("coverage of ", "reporting on ") && b.hasAny(" is supported by ", " is supported in part by ", " is made possible by ", " is funded in part by ", " is underwritten by ")) {
			// Block Club Chicago's "... is a 501(c)(3) nonprofit news
			// organization dedicated to ...", Civil Beat's "Civil Beat's
			// coverage of Hawaii's environment is supported by ...".
			d.remove(i, ReasonMetadata)
			continue
		}
		if b.nw <= 45 && !hasQuote(b.text) && !reportsSpeech(b) && d.selfNote(lw) {
			d.remove(i, ReasonMetadata)
			continue
		}
		if !b.hasAny(" expressed", "letter", "views of the author", "informational purposes", "not necessarily represent", "not necessarily reflect") || hasQuote(b.text) || reportsSpeech(b) {
			continue
		}
		// (and Kun.uz's "The views of the author may not coincide with
		// the position of the editorial office.", The Connexion's "...
		// for informational purposes only and does not constitute legal
		// advice.")
		// (and a platform's note on what its readers and contributors
		// write: MyJoyOnline's "DISCLAIMER: The Views, Comments, Opinions,
		// Contributions and Statements made by Readers and Contributors on
		// this platform do not necessarily represent the views or policy
		// of Multimedia Group Limited.")
		// (and a markets site's note on its experts' tips: "Disclaimer:
		// The views and investment tips expressed by investment experts on
		// ... are their own and not those of the website ...")
		disclaimer := b.hasAny("views expressed", "opinions expressed", "views of the author") &&
			b.hasAny(" own", "necessarily", "do not reflect", "does not reflect", "not the views", "not coincide") ||
			strings.HasPrefix(lw, "disclaimer:") && b.has(" expressed") && b.hasAny("are their own", "is their own") ||
			b.hasAny("not necessarily represent the", "not necessarily reflect the") && b.hasAny(" views", " opinion", " policy", " position") && b.hasAny(" contributors", " authors", " author", " writers", " readers", " columnists") ||
			b.has("informational purposes only") && b.has("not constitute")
		letters := b.nw <= 50 && b.hasAny("letter to the editor", "letters to the editor") &&
			b.hasAny("send us", "submit", "write to us", "email us", "e-mail us", "send a letter", "send your letter")
		if disclaimer || letters {
			d.remove(i, ReasonMetadata)
			// its sentence carried on to the next line: "... the
			// editorial position of Caribbean Net News," / "nor can
			// Caribbean Net News be held accountable for these views."
			if n := d.nextNonEmpty(i); n > 0 && !endsSentence(b.text) && d.blocks[n].kept() && d.blocks[n].nw <= 30 && !startsUpper(d.blocks[n].text) {
				d.remove(n, ReasonMetadata)
			}
		}
	}
	// A commentary's footnotes after its last paragraph: Carnegie's
	// "Notes" over "1 Data from city transport departments ...", War on
	// the Rocks' "[1] Figures are the author's estimates ...".
	// The heading only under kept text (the article whose notes they
	// are): a page that is a lone "Notes" keeps it, and cleaning a
	// rendering again finds what the first cleaning kept.
	notes := false
	start := trailingStart(d)
	above := d.keptBefore(start)
	for i := start; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() {
			continue
		}
		if b.nw == 1 && above && (b.k == "notes" || b.k == "footnotes" || b.k == "endnotes") {
			notes = true
			d.remove(i, ReasonMetadata)
		} else if footnote(b.text, notes) {
			d.remove(i, ReasonMetadata)
		} else {
			above = true
		}
	}
}

// keptBefore reports whether a block before i is kept.
func (d *doc) keptBefore(i int) bool {
	for j := 0; j < i && j < len(d.blocks); j++ {
		if d.blocks[j].kept() {
			return true
		}
	}
	return false
}

// selfNote reports whether a lower-cased paragraph is a newsroom's note on
// itself: the site, by the name its title line gives it, or "we're", said
// to be a newsroom, a news site or a nonprofit ("Chalkbeat is a nonprofit
// news site covering ...", "KFF Health News is a national newsroom that
// ...", "We're an independent, nonprofit newsroom reporting on ...").
func (d *doc) selfNote(lw string) bool {
	subj, pred, ok := "", "", false
	for _, is := range []string{" is a ", " is an ", " is the "} {
		if subj, pred, ok = strings.Cut(lw, is); ok {
			break
		}
	}
	if !ok {
		if pred, ok = strings.CutPrefix(lw, "we're "); !ok {
			if pred, ok = strings.CutPrefix(lw, "we are "); !ok {
				return false
			}
		}
		subj = "we"
	}
	pred, _, _ = strings.Cut(pred, ". ")
	if !hasAny(pred, "newsroom", "news site", "news organization", "news organisation", "news outlet", "nonprofit", "non-profit", "publication") {
		return false
	}
	if subj == "we" {
		return true
	}
	site := d.site
	if site == "" && len(d.blocks) > 0 && d.blocks[0].kind == "title" {
		site = d.firstLineSite()
	}
	return site != "" && subj == lower(site)
}

// footnote reports whether s opens with a footnote's number: in brackets
// ("[1] Figures are ..."), or bare and a capital after it ("1 Data from
// ...") under a notes heading (bare).
func footnote(s string, bare bool) bool {
	n := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	if n == 0 && len(s) > 2 && s[0] == '[' {
		m := strings.IndexFunc(s[1:], func(r rune) bool { return r < '0' || r > '9' })
		return m > 0 && strings.HasPrefix(s[1+m:], "] ")
	}
	return bare && n > 0 && n <= 3 && len(s) > n+1 && s[n] == ' ' && startsUpper(s[n+1:])
}
