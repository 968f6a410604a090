package clean

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// publisherCues are phrases after which sites name themselves.
var publisherCues = []string{
	"a message from ", "support ", "by supporting ", "journalists of ", "the journalists at ",
	"© ", "(c) ", "copyright © ", "copyright (c) ", "copyright ", "analysis and more from ",
	"more from ", "subscribe to ", "donate to ", "the team at ", "newsletter from ", "thanks for reading ",
	"©1", "©2", "follow ", "related stories from ",
}

// publisherMatcher finds which publisherCues a line holds in one pass.
var publisherMatcher = newMatcher(publisherCues...)

// weakCues are the publisherCues that name a section, a topic or a person
// about as often as the publication ("More from Architecture", "Support
// Our Troops", "Top CEOs donate to Romney"): a site named by the title line
// outweighs them.
// "Follow Letters of Note", "Follow “The Cannon”", "Follow Jane Doe on
// X" are weak too: a writer is followed as often as the site.
// McClatchy's "Related stories from Kansas City Star" is weak as "more
// from " is.
var weakCues = map[string]bool{"more from ": true, "support ": true, "subscribe to ": true, "donate to ": true, "follow ": true, "related stories from ": true}

// wires are the agencies a dateline credits: "SEOUL, June 16 (Reuters) -".
var wires = pairsOf("reuters=Reuters|ap=The Associated Press|afp=AFP|yonhap=Yonhap|upi=UPI|xinhua=Xinhua|tass=TASS|interfax=Interfax|kyodo=Kyodo|bloomberg=Bloomberg|cnn=CNN|dpa=dpa|efe=EFE|ians=IANS|pti=PTI|prnewswire=PR Newswire|business wire=Business Wire|globe newswire=GlobeNewswire")

// findPublisher returns the publication the text names: in a donation or
// subscription appeal ("A Message from The Moscow Times:", "Support The Moscow
// Times!"), a copyright line ("© 2024 Example News"), a newsletter box, or a
// wire dateline ("(Reuters) -").
//
// The title's site part is the publisher when no cue names one, when only
// copyright lines or weak cues (weakCues) do, and never when it is the
// title itself (title: the headline chosen; a "Site – Headline" line whose
// parts were read the wrong way round).
func findPublisher(d *doc, title string) string {
	votes := map[string]int{}
	best, bestN := "", 0
	// owner: the best name so far comes only from copyright lines, which
	// often name the owning company ("CBS Interactive Inc") rather than the
	// publication the title line names; weak: only from weak cues.
	owner, weak := true, true
	strong := map[string]bool{}     // names a cue other than a weak one gave
	plain := map[string]bool{}      // names a cue other than a copyright line gave
	var owners []string             // names copyright lines gave
	var appeal []string             // names "Subscribe to", "Support" gave
	followSeen := map[string]bool{} // the lines "Follow " was read on
	vote := func(name string, w int, copyright, weakCue bool) {
		if name = publicationName(name); name == "" || nameSmallWords[lower(name)] {
			return // (nor an article alone: "The" of "Subscribe to the Newsletter", its word no name)
		}
		if copyright {
			owners = append(owners, name)
		}
		// One name in capitals and in its own case ("FRANCE 24", "France
		// 24") is one name, in its own case.
		for other, n := range votes {
			if other != name && strings.EqualFold(other, name) {
				if shouted(name) {
					name = other
				} else {
					delete(votes, other)
					votes[name] = n
					strong[name] = strong[name] || strong[other]
					plain[name] = plain[name] || plain[other]
					if best == other {
						best = name
					}
				}
				break
			}
		}
		votes[name] += w
		if !weakCue && !copyright {
			strong[name] = true
		}
		if !copyright {
			plain[name] = true
		}
		// Names given as often: the one the page's furniture names
		// more often ("Follow This Blog" and "Follow The New York Times
		// »", the paper's name all over its menus and footer), not a
		// part of the other's name ("Sugar" of "YumSugar").
		if votes[name] > bestN || votes[name] == bestN && d.outnames(name, best) {
			best, bestN = name, votes[name]
		}
		owner, weak = !plain[best], !strong[best]
	}
	for _, b := range d.blocks {
		boiler := !b.kept() || b.kind == "title"
		if !boiler || b.nw > 200 {
			continue
		}
		lw := b.low
		// the cues found, in their order
		for found := publisherMatcher.maskIn(b, false); found != 0; found &= found - 1 {
			c := publisherCues[bits.TrailingZeros64(found)]
			from := 0
			for {
				k := index(lw[from:], c)
				if k < 0 {
					break
				}
				k += from
				from = k + len(c)
				if k > 0 && lw[k-1] != ' ' && lw[k-1] != '"' && lw[k-1] != '(' {
					continue
				}
				if (c == "support " || c == "donate to ") && k > 0 && inName(b.text, k) {
					continue // "the Rapid Support Forces": the cue is part of a name
				}
				if c == "support " && k > 0 && !hasSuffixAny(lw[:k], "| ", ". ", "! ", "? ", ": ", "- ", "– ", "— ", "· ", "• ", "please ", "\"", "(") {
					// A call to support opens its line or its part of one
					// ("| Support DG", "Please support ..."); mid-sentence
					// the word is a phrase's ("Online Support Groups",
					// "most servers support JMX").
					continue
				}
				rest := b.text[k+len(c):]
				if c[len(c)-1] != ' ' {
					rest = b.text[k+len(c)-1:] // "©2012 Neojaponisme": the year glued to the sign
				}
				quoted := ""
				if c == "follow " {
					if b.nw > 12 || k > 0 || b.has(" @") {
						// A story's headline: "House Expected to Follow
						// Senate's Lead"; a writer's plug with the handle:
						// "Follow Marta on Twitter @marta_r".
						continue
					}
					quoted = quotedTitle(rest)
					rest = strings.TrimLeft(rest, "“\"")
				}
				copyright := strings.HasPrefix(c, "©") || strings.HasPrefix(c, "(c)") || strings.HasPrefix(c, "copyright")
				if copyright && (b.removed == ReasonCaption || b.removed == ReasonCredit || hasSuffixAny(lw[:k], "image ", "imagery ", "photo ") || contains(lw[:k], "logo")) {
					// a picture's "© Thomas Samson, AFP" names its
					// photographer; 38 North's figure's "Image © 2026
					// Airbus DS" the satellite's company; a licence's
					// "CNN name, logo and all associated elements ® and
					// © Cable News Network" the brand's owner
					continue
				}
				// A wire's headline in capitals names no publisher ("BANKS
				// URGE SUPPORT FOR DEVELOPMENT BANKS", "IBM FILES COPYRIGHT
				// INFRINGEMENT SUIT"); a copyright line in capitals has
				// its year ("COPYRIGHT 2012 CNN").
				caps := shouted(b.text)
				if copyright {
					after := skipYears(skipCopyright(rest))
					if caps && len(after) == len(strings.TrimLeft(rest, " ")) {
						continue
					}
					rest = after
					if _, site, ok := strings.Cut(rest, " on behalf of "); ok {
						rest = site // Hearst's "Copyright ©2026, Hearst Television Inc. on behalf of WCVB-TV.": the station's
					}
				} else if caps {
					continue
				}
				name := properName(rest)
				if quoted != "" {
					name = quoted // WordPress's button, "Follow “Harbour Notes”": the blog's title, whole, in its own case
				}
				if copyright {
					name = withFor(rest, name)
				}
				if ln := lower(name); c == "follow " && (hasPrefixAny(ln, "follow", "this ") || hasSuffixAny(ln, "'s", "’s") || quoted == "" && d.writerNamed(name)) {
					// A button's state ("Follow Following Unfollow"), the
					// blog's own button ("Follow This Blog"), what is
					// followed of a name ("Follow AP's coverage"), a writer
					// the byline names ("Follow Joel").
					continue
				}
				writer := c == "subscribe to " && !strings.HasPrefix(lower(name), "the ") // (not "by The Times-Picayune": the paper as the byline)
				if (c == "more from " || c == "follow " && quoted == "" || writer) && (isNameLine(name) && d.writerNamed(name) || sectionWords[lower(name)]) ||
					c == "more from " && strings.HasSuffix(lw[:k], "read ") {
					// Medium's "More from Anna Petrova": the writer's;
					// The Globe and Mail's "More from Economy": a section;
					// VentureBeat's "Read More From DataDecisionMakers": a column.
					continue
				}
				if c == "follow " {
					// A follow button repeated word for word counts once:
					// a profile card's "Follow InNOut89" under each of a
					// writer's comments.
					if followSeen[b.k] {
						continue
					}
					followSeen[b.k] = true
				}
				vote(name, 1, copyright && !d.ownAddress(name), weakCues[c])
				if c == "subscribe to " || c == "support " || c == "donate to " {
					appeal = append(appeal, publicationName(name))
				}
			}
		}
	}
	// "Kyiv Independent © 2026": the name before the sign; "The Blog
	// Herald Copyright © Splashpress Media": the site before it, the
	// owner after it.
	owned := d.ownerNames()
	// The masthead naming the paper and its owner, the copyright line's
	// name: "The Japan News by The Yomiuri Shimbun".
	for _, b := range d.blocks[:min(len(d.blocks), 3)] {
		if name, by, ok := strings.Cut(b.text, " by "); ok && !b.kept() && b.nw <= 10 && words(name) <= 5 && capitalised(name) && slices.Contains(owners, properName(by)) {
			owned[lower(properName(by))] = true
			vote(name, 2, false, false)
		}
	}
	for _, b := range d.blocks {
		if b.kept() || b.nw > 40 {
			continue
		}
		if k := index(b.text, " ©"); k > 0 {
			// ("Copyright © 2011": the notice's word, no name)
			name, site := strings.CutSuffix(strings.TrimSpace(b.text[:k]), " Copyright")
			if b.nw > 8 {
				// A footer's longer line opening with the site's address
				// before its owner's notice: "Wired.com © 2012 Condé
				// Nast. All rights reserved. ...".
				if !domainName(name) || contains(name, " ") {
					continue
				}
				site = true
			}
			if words(name) <= 5 && capitalised(name) && !strings.ContainsAny(name, "|:") && !strings.EqualFold(name, "copyright") {
				vote(name, 1, true, false)
				if after := publicationName(properName(skipYears(b.text[k+len(" ©"):]))); site && after != "" {
					owned[lower(after)] = true
				}
			}
		}
	}
	// A wire named in a byline or source line: "By Jane Doe, Reuters",
	// "Source: Yonhap News Agency".
	for _, b := range d.blocks {
		if b.removed != ReasonMetadata || !hasPrefixAny(b.low, "by ", "source:", "sources:") {
			continue
		}
		for _, part := range strings.FieldsFunc(b.low, func(r rune) bool { return r == ',' || r == '|' || r == ';' || r == ':' }) {
			if w := wireNamed(strings.TrimSpace(part)); w != "" {
				vote(w, 1, false, false)
			}
		}
		// "By Global Times": the paper as the byline.
		if rest, ok := strings.CutPrefix(b.text, "By "); ok && b.nw <= 5 && capitalised(rest) && paperShaped(rest) && wireNamed(lower(rest)) == "" {
			if k := strings.LastIndexByte(rest, ','); k > 0 && paperShaped(rest[k+1:]) {
				rest = strings.TrimSpace(rest[k+1:]) // "By Jane Doe, NBC News": the writer, then the paper
			}
			if site := publicationName(d.site); site != "" && strings.HasSuffix(rest, " "+site) {
				rest = site // "By Liz Friden Fox News": the writer, then the site
			} else if f := strings.Fields(rest); len(f) >= 4 && isNameLine(strings.Join(f[:2], " ")) && paperShaped(strings.Join(f[2:], " ")) {
				rest = strings.Join(f[2:], " ") // the same with no title line to name the site
			}
			vote(properName(rest), 1, false, false)
		}
		// Al Jazeera's "Source: Al Jazeera and news agencies": the site
		// names itself beside the wires it drew on.
		if src, ok := strings.CutPrefix(b.text, "Source: "); ok {
			for _, tail := range []string{" and news agencies", " and agencies"} {
				if name, ok := strings.CutSuffix(strings.TrimRight(src, ". "), tail); ok && wireNamed(strings.ToLower(name)) == "" {
					vote(properName(name), 2, false, false)
				}
			}
		}
	}
	// The site's staff, named by its address: "NFL.com staff".
	for _, b := range d.blocks {
		if name := staffSite(b); name != "" {
			vote(name, 1, false, false)
		}
	}
	// A masthead's link: "The Guardian - Back to homepage", "Make
	// Boston.com your homepage".
	for i, b := range d.blocks {
		if b.kept() || b.nw > 8 {
			continue
		}
		if name := mastheadName(b.text, b.low); name != "" {
			vote(name, 2, false, false)
		} else if rest, ok := logoLink(b.text); ok && words(rest) <= 4 && capitalised(rest) && startsUpper(rest) &&
			(i < 3 || strings.HasSuffix(b.low, " homepage") && (d.namesLine(rest) || i < 12 && len(rest) >= 4 && !strings.ContainsFunc(rest, notLetter) && !sectionWords[lower(rest)] && d.mentions(rest) >= 2)) {
			// The logo's link first on the page: "The Verge homepage",
			// "Ars Technica home" ("Digital Life home" further down is a
			// section's)
			// ("Sport Homepage" further down is a section's), or one
			// naming the masthead's line ("Sydney Morning Herald
			// homepage" under "The Sydney Morning Herald"), or a brand's
			// one word among the page's first lines past its skip links
			// and menu that its furniture names again ("VentureBeat
			// Homepage", "Image Credit: VentureBeat ...").
			vote(properName(rest), 1, false, false)
		}
		if i < 6 {
			// The logo's picture near the top: "France 24 Logo", "AP
			// Logo".
			if rest, ok := cutSuffixFold(b.text, " logo"); ok && words(rest) <= 4 && capitalised(rest) && startsUpper(rest) {
				vote(properName(logoVariant(rest)), 1, false, false)
			}
		}
	}
	// The article's credit line at its end: "(FRANCE 24 with AFP)", "(The
	// Moscow Times with Reuters)": the site and the wire it drew on.
	for _, b := range d.blocks {
		if b.nw > 8 || !strings.HasPrefix(b.text, "(") || !strings.HasSuffix(b.text, ")") {
			continue
		}
		if name, wire, ok := strings.Cut(b.text[1:len(b.text)-1], " with "); ok && wireNamed(strings.ToLower(strings.TrimSpace(name))) == "" &&
			(wireNamed(strings.ToLower(strings.TrimSpace(wire))) != "" || hasAny(strings.ToLower(wire), "agencies", "wires")) {
			vote(properName(name), 2, false, false)
		}
	}
	// An appeal that opens with the paper's name as its subject: "The Kyiv
	// Independent is an English-language media outlet ...", "The Coastal
	// Times relies on readers like you".
	for _, b := range d.blocks {
		if b.removed == ReasonDonation {
			if name := appealSubject(b.text); name != "" {
				vote(name, 2, false, false)
			}
		}
	}
	// The site's plug in parentheses at the article's end, which the
	// classifier keeps with it: "(For updates ..., follow HarbourLive on
	// Facebook and Twitter)".
	for _, b := range d.blocks {
		if name := plugName(b); name != "" {
			vote(name, 1, false, true)
		}
	}
	// A portal's syndication line: "Provided by The Coastal Post", "©
	// Provided by The Coastal Post".
	for _, b := range d.blocks {
		if b.nw > 8 {
			continue
		}
		if rest, ok := strings.CutPrefix(strings.TrimPrefix(b.text, "© "), "Provided by "); ok && capitalised(rest) {
			vote(properName(rest), 2, false, false)
		}
	}
	// "Published in Dawn, March 5th, 2024", "This article was originally
	// published by The Conversation"; allAfrica's "Read the original
	// article on Vanguard." under a paper's story it republishes.
	for _, b := range d.blocks {
		if rest, ok := strings.CutPrefix(b.text, "Read the original article on "); ok && b.nw <= 10 {
			vote(properName(rest), 2, false, false)
			continue
		}
		if b.nw > 40 || !b.has("published ") {
			continue // every phrase below holds "published "
		}
		if b.has("comment") || b.has(" | ") {
			continue // a blog's category line: "Published in Architecture, Prefab | 1 Comment"
		}
		for _, c := range []string{"published in ", "originally published by ", "originally published in ", "first published in ", "first published by ", "republished from "} {
			if k := index(b.low, c); k >= 0 && (k == 0 || b.low[k-1] == ' ') {
				if c == "published in " && k > 0 && !hasSuffixAny(b.low[:k], "article was ", "story was ", "piece was ", "column was ", "report was ") {
					// News of a publication, not the page's credit: "a
					// poll published in the Bulletin magazine", "It was
					// published in the Sunday Telegraph."
					continue
				}
				if f := strings.Fields(b.low[k+len(c):]); len(f) > 0 && languages[strings.Trim(f[0], ",.;")] {
					continue // "an original article published in French on lemonde.fr"
				}
				if parse.DateLen(b.text[k+len(c):]) > 0 {
					continue // a sister site's "Republished from Nov 9, 2012 6:27 PM": a date
				}
				name := properName(b.text[k+len(c):])
				if k == 0 && c == "published in " && len(d.blocks) > 1 && b == d.blocks[1] && d.imported() && name != "" {
					// The line app/ingest writes from the markup's site
					// name, whole past a "for" between capitalised words:
					// "Published in Ministers for Infrastructure on
					// 2026-12-05".
					// A name in sentence case, whole: "Published in Nordic
					// cooperation on 2026-12-02" (the Nordic Council of
					// Ministers' og:site_name).
					if whole := b.text[len(c) : len(b.text)-len(" on 2026-12-05")]; strings.HasPrefix(whole, name+" for ") && namesOnly(whole[len(name)+5:]) && !contains(whole, ",") ||
						words(name) == 1 && words(whole) == 2 && strings.HasPrefix(whole, name+" ") && len(whole)-len(name) > 4 && lowerWord(whole[len(name)+1:]) {
						name = whole
					}
				}
				if e := k + len(c) + len(name); e <= len(b.low) && strings.HasPrefix(b.low[e:], ", our ") {
					continue // the site's own newsletter: "... in The Poynter Report, our daily newsletter"
				}
				vote(name, 2, false, false)
			}
		}
	}
	if owned[lower(best)] {
		// The owner the page says publishes the site ("The Car
		// Connection is published by High Gear Media", "Part of High
		// Gear Media") gives way to another name a cue gave.
		alt, n := "", 0
		for name, v := range votes {
			if !owned[lower(name)] && (v > n || v == n && d.outnames(name, alt)) {
				alt, n = name, v
			}
		}
		if alt != "" {
			best, bestN = alt, n
			owner, weak = !plain[best], !strong[best]
		}
	}
	site := publicationName(d.site)
	if site == "" {
		// With no title line, a blog's footer naming it beside its
		// platform ("Harbour Notes is powered by Blogger."), which its
		// template writes from the blog's title as the title line does.
		for _, b := range d.blocks {
			if name := poweredName(b); name != "" {
				site = publicationName(name)
				break
			}
		}
	}
	if uiNamed(lower(site)) || best != "" && contains(site, " ") && sectionWords[lower(site)] {
		site = "" // a shop's banner over the page, "30-Day Returns | Free Shipping ...": no site's name
		// (nor Hürriyet's "Son Dakika Haberleri", "Breaking News", where
		// another cue names the publication)
	}
	// (past the skip links: "Skip to main content" / "Otago Daily
	// Times" under "... | Otago Daily Times Online News")
	if m := 1; len(d.blocks) > 1 {
		for m < 3 && m+1 < len(d.blocks) && strings.HasPrefix(d.blocks[m].low, "skip ") {
			m++
		}
		if !d.blocks[m].kept() {
			// "RT Russia & Former Soviet Union" over the masthead's "RT": the
			// title line names the site and its section; "The Olive Press
			// News Spain" over "The Olive Press", the site and its tagline.
			// (Not "George Ambler" over "On Leadership", one name on two lines.)
			if mt := d.blocks[m].text; strings.HasPrefix(site, mt+" ") && words(site[len(mt)+1:]) >= 2 && (len(d.blocks) < m+2 || d.blocks[m+1].text != site[len(mt)+1:]) {
				site = mt
			} else if paper, ok := strings.CutSuffix(mt, " - "+site); ok && site != "" && words(paper) <= 4 && capitalised(paper) && hasSuffixAny(d.blocks[0].text, " - "+mt, " – "+mt, " | "+mt) {
				// The Arab Times' "ARAB TIMES - KUWAIT NEWS" both ending
				// the title line and over the menu: the paper, then its
				// tagline.
				site = publicationName(paper)
			}
		}
	}
	if site != "" && d.mentions(site) == 0 {
		if last := d.titleLineEnd(title); last != "" && !strings.EqualFold(last, site) {
			// A site part its furniture names nowhere, the headline's
			// ("Thanksgiving Table Ideas" of "Thanksgiving Table Ideas |
			// Atlanta - DailyCandy", read as a site before its headline),
			// where the title line's last part is a line of its own
			// ("DailyCandy" over the menu): that part is the site.
			site = last
		}
	}
	if site != "" && d.siteWithHeadline(site, title) {
		site = "" // the headline's other part: "Think Like a Doctor: A Terrible Leg Wound Solved" in the related stories
	}
	if isNameLine(site) && d.bylineIs(site) {
		site = "" // a column's headline names its writer: "Why ... buses - Rachel Moore" over "By Rachel Moore"
	}
	if best != "" && d.sectionNews(site) {
		site = "" // another cue names the publication
	}
	if site != "" && headlineOpens(title, site) && len(d.blocks) > 0 && !strings.EqualFold(title, d.blocks[0].text) {
		// The headline's first part read as the site before it ("Three
		// Rules of Tides - Ebb, Flood and Slack - Harbour Notes" over
		// "Three Rules of Tides – Ebb, Flood and Slack", the headline a
		// line under the title line): the title line's last part is the
		// site's.
		site = d.lastTitlePart(site)
	}
	if strings.EqualFold(site, title) {
		// The title line's other part, which the headline's echo in
		// the body ("Spiced Fig Loaves") shows to be the site's.
		site = ""
		if len(d.blocks) > 0 {
			if s, ok := d.pageTitle().echo(title); ok && !strings.EqualFold(s, title) {
				site = publicationName(s)
			}
		}
	}
	if site == "" && owner && len(d.blocks) > 0 && title != "" {
		// The page's first line holds the headline beside the site's
		// name ("Budget 2026 live: ... | The Northern Post") though a
		// rule, not the headline's, took it out, and the company of the
		// copyright line bears that name ("Northern Post Media Ltd"):
		// the name is the publication's.
		if s, ok := d.pageTitle().echo(title); ok && !strings.EqualFold(s, title) {
			if words(strings.TrimPrefix(s, "The ")) >= 2 && bears(best, s) || d.outnames(s, best) && strings.HasSuffix(d.blocks[0].text, " "+s) && !isNameLine(s) && !sectionWords[lower(s)] {
				// ... or, the title line's last part and no person's name,
				// the page's furniture names it more often than the
				// copyright's company, a network's ("Engadget" in its
				// menus, "© 2012 AOL Inc." at its foot).
				site = publicationName(s)
			}
		}
	}
	if domainName(site) && !d.namesLine(site) {
		// (A masthead written as the domain, "GreekReporter.com", is
		// the name.)
		if m := d.spelledDomain(site); m != "" {
			site = m // the name the domain squashes, as the masthead writes it
		} else if best != "" && !domainName(best) && nameKey(best) == nameKey(site) {
			site = best // or as the copyright line does: "© 2007 Daily Press" of "dailypress.com"
		}
	}
	if site != "" && best != "" && !d.companyLine(best) && wireNamed(lower(best)) == "" && d.mentions(site) <= 1 && d.mentions(best) >= 3 &&
		!strings.Contains(nameKey(best), nameKey(site)) && !strings.Contains(nameKey(site), nameKey(best)) && !d.namesLine(site) && d.topLine(best) {
		// The title line's site part a tagline the page names nowhere
		// else ("... — Tech News and Analysis"), under a masthead's line
		// that a cue names and the furniture repeats ("GigaOM", "©
		// GigaOM", "GigaOM Pro"): the masthead's name.
		return best
	}
	if site != "" && (best == "" || owner || weak || wireNamed(lower(best)) != "" && wireNamed(lower(site)) == "") {
		// A wire's story on a member's site ("BY ROSA DELGADO AND KEN
		// ITO, Associated Press" under "... | KXRV 7 News"): the site
		// published it.
		return site
	}
	if best != "" {
		if owner || weak {
			// Only copyright lines named it, often the owner ("Korea
			// Risk Group"), or weak cues, often a section ("More from
			// Politics"): the masthead names the publication ("NK News",
			// "Fox News").
			company := ""
			if owner {
				company = best
			}
			if owner && d.companyLine(best) {
				m := d.mailName(best)
				if h := d.handleNamed(); m == "" && !d.postsBy(h) {
					m = h // "Follow @riversidenation" and "Riverside Nation"
				}
				if m == "" {
					m = d.aboutName(best)
				}
				if m != "" {
					return m // the site's own name over its network's company
				}
			}
			// (and one the copyright squashes: "© 2026 StarTribune" under
			// "Star Tribune")
			if m := masthead(d, title, company, best); m != "" && (!owner && !d.mastheadGuess(m, best) || len(m) > 4 && bears(best, m) || !d.outnames(best, m) || wireNamed(lower(best)) != "" || nameKey(m) == nameKey(best)) {
				// ... unless the page's furniture names the copyright's
				// name more often, and not as a part of the masthead's
				// ("Librarian" of "Librarian by Day") nor a wire's, whose
				// story it is: "© 2026 NBCNews.com" under a portal's "MSN",
				// over "NBC News" in its menus. A masthead the company
				// bears is its paper ("TheJournal.ie" of "Journal Media").
				// A weak cue's name the furniture repeats outweighs a first
				// line read as the masthead with no title line over it (see
				// mastheadGuess).
				if m == lower(m) && nameKey(m) == nameKey(best) {
					return best // a logo's word in small letters ("hankyoreh"), as the cue writes it: "© The Hankyoreh"
				}
				return m
			}
			for _, a := range appeal {
				// (not over a paper's own name, "© The Financial Times
				// Ltd", nor as its address: "WSJ.com" of "WSJ")
				if owner && !paperShaped(best) && nameKey(a) != nameKey(best) && a != "" && wireNamed(lower(a)) == "" && !isNameLine(a) && (contains(a, " ") || brandShaped(a)) && !contains(lower(best), lower(a)) && d.companyLine(best) {
					return a // "Subscribe to The Riverton Star" beside "© 2026 Tidewater Holdings, Inc."
				}
			}
			if m := d.brandOf(company); m != "" && (d.companyLine(company) || companyTail(company, m)) {
				// (not "WordPress" over "© 2026 WordPress Tavern": the
				// name whole is the site's, no company's)
				return m
			}
			if m := d.stationTag(); owner && m != "" {
				return m // a station's masthead its dateline tags, over its group's copyright
			}
			// A name another cue than a copyright line or a weak one
			// gives, the logo's link ("Eater NY homepage", "Vox
			// homepage"), over the network's company of the copyright
			// line ("© 2026 Vox Media, LLC", a company's by its suffix),
			// not a wire's whose story the site runs: the most voted, the
			// map's order aside.
			brand, n := "", 0
			for name, v := range votes {
				if owner && strong[name] && wireNamed(lower(name)) == "" && (v > n || v == n && name < brand) {
					brand, n = name, v
				}
			}
			if brand != "" && !d.companyLine(best) {
				brand = "" // a person's copyright ("© Tim Ferriss") over "Tim"
			}
			if brand != "" {
				return brand
			}
			if owner && d.companyLine(best) {
				if m := d.selfName(best); m != "" {
					return m // the site's name its own links give, over its network's company
				}
			}
			if p := titleLineSite(d, title); site == "" && d.outnames(p, best) {
				return p // the title line's part its furniture names more often
			}
			if weak {
				// A weak cue naming a product of the copyright's name
				// ("Subscribe to CNBC PRO" beside "© 2026 CNBC LLC"): the
				// name is the publication.
				for _, o := range owners {
					if strings.HasPrefix(best, o+" ") || paperShaped(o) && wireNamed(lower(o)) == "" && votes[o] >= bestN && !paperShaped(best) {
						return o
					}
				}
			}
		}
		if o := spelledOut(best, owners); o != "" && !d.companyLine(o) && !d.outnames(best, o) {
			return o // "Support HG" and "© 2026 Harbour Gazette": the name the initials stand for, which the furniture names no less
		}
		if domainName(best) {
			if m := d.spelledDomain(best); m != "" && !strings.HasSuffix(m, "...") && !strings.HasSuffix(m, "…") {
				return m // "NBC News" of "© 2012 NBCNews.com", as the page's lines write it (not a teaser's "How Does She...")
			}
		}
		return best
	}
	// A wire dateline in the first kept paragraph, or on a line of its own
	// above it ("MOSCOW, December 2 /TASS/.", taken out as metadata).
	seenHeadline := false
	for _, b := range d.blocks {
		if b.removed == ReasonMetadata && wireTagged(strings.TrimSpace(b.text)) {
			for name, w := range wires {
				if b.has("/"+name+"/") || b.has("("+name+")") {
					return w
				}
			}
		}
		if !b.kept() || b.kind != "paragraph" {
			continue
		}
		if !endsSentence(b.text) && b.nw <= 20 && !seenHeadline && !contains(b.text, " -- ") {
			// A headline the parse read as a paragraph ("(LEAD) N.
			// Korea fires ballistic missile ...") over the dateline.
			seenHeadline = true
			continue
		}
		head := b.keptText()
		head = head[:min(len(head), 80)]
		// A wire's tag in the dateline: "MOSCOW, March 5. /TASS/.",
		// "SEOUL, March 5 (Yonhap) --".
		lh := strings.ToLower(head)
		for name, w := range wires {
			if !strings.ContainsAny(lh, "/(") {
				break // no tag to look for
			}
			if contains(lh, "/"+name+"/") || len(name) > 3 && contains(lh, "("+name+")") {
				return w
			}
		}
		if k := index(head, "("); k >= 0 {
			if e := index(head[k:], ")"); e > 0 {
				name := strings.ToLower(head[k+1 : k+e])
				after := strings.TrimSpace(head[k+e+1:])
				if w, ok := wires[name]; ok && hasPrefixAny(after, "-", "–", "—") {
					return w
				}
			}
		}
		break
	}
	if m := masthead(d, title, "", ""); m != "" {
		return m
	}
	if s := titleLineSite(d, title); s != "" {
		return s
	}
	if s := d.titleLineEnd(title); s != "" {
		return s // a blog's name in lower case: "... - nutty nomads blog" over "nutty nomads blog"
	}
	if m := d.repeatedMasthead(title); m != "" {
		return m
	}
	if h := d.handleNamed(); h != "" {
		return h
	}
	// Last, the footer's links to the site's own pages: "About DockWire",
	// "Advertise with DockWire".
	return d.aboutName("")
}

// handleNamed returns a short line of the page that its "Follow @handle"
// button (or its "Twitter: @handle" or "Website: www.handle.com" line; see
// handleOf) spells as the handle ("Universe Today" and "Follow
// @universetoday"), or a blog's name spells (see blogSpells), no byline's
// name ("By Jane Doe" and "Follow @janedoe"): the site's name; "" when
// there is none.
func (d *doc) handleNamed() string {
	for _, b := range d.blocks {
		h := handleOf(b)
		if len(h) < 4 {
			continue
		}
		for _, o := range d.blocks {
			// (the masthead's "Riverside Nation -" over its tagline)
			t := strings.TrimRight(o.text, " -–—|")
			if o.nw <= 5 && words(t) <= 4 && !d.bylineHolds("by "+lower(t)) &&
				(squash(o.low) == h && startsUpper(t) && capitalised(t) || blogSpells(o.low, h)) {
				return publicationName(t)
			}
		}
	}
	return ""
}

// titleLineSite returns the part of the page's title line beside the
// headline (title) that the page's furniture names most often (mentions,
// which counts removed lines), the title line itself aside: a site's name
// in a shape splitTitle leaves alone ("Hands on with the new tablet –
// istartedsomething", "Kalyn's Kitchen®: Kale Soup", "... - NHL.com -
// News").
func titleLineSite(d *doc, title string) string {
	if len(d.blocks) < 2 || title == "" || d.blocks[0].kind != "title" && d.blocks[0].removed != ReasonPageTitle {
		return ""
	}
	t := d.blocks[0].text
	k := strings.Index(t, title)
	if k < 0 {
		return ""
	}
	best, bestN := "", 0
	if !d.blocks[0].kept() && d.blocks[0].nw <= 6 {
		bestN = 1 // mentions counts the title line itself
	}
	for _, p := range strings.FieldsFunc(t[:k]+"|"+t[k+len(title):], func(r rune) bool { return strings.ContainsRune("|-–—»«•·›‹", r) }) {
		if p = strings.Trim(p, " :/\\✩"); words(p) > 5 || sectionWords[lower(p)] {
			continue
		}
		if n := d.mentions(p); n > bestN {
			best, bestN = p, n
		}
	}
	return publicationName(best)
}

// titleMark reports whether r (its size aside) parts a title line's site
// from its headline: ":", "|", a dash, "»".
//
//go:noinline
func titleMark(r rune, _ int) bool {
	return strings.ContainsRune(":|-–—»«•·›‹", r)
}

// titleLineEnd returns the last part of the page's title line, after its
// last separator (titleSeparators, or a colon glued to the name: "... the
// Plan :harbournotes"), when the page has it as a line of its own
// (namesLine) of four words at most and no section's name, or, one word in
// lower case, as the page writes it elsewhere in its own case (spelledAs:
// "IBNLive" of "... - Politics News - ibnlive"); else "". A first line the
// parse read as a paragraph ("» Headline :harbournotes") is the title line
// when it holds the headline (title) before that part, and the part is no
// kept line (the body's headline under a title line whose site came first,
// taken for the title).
func (d *doc) titleLineEnd(title string) string {
	if len(d.blocks) == 0 {
		return ""
	}
	b := d.blocks[0]
	read := b.kind == "title" || b.removed == ReasonPageTitle
	h := -1
	if !read {
		if h = strings.Index(b.text, title); len(title) < 10 || h < 0 {
			return ""
		}
	}
	k, n := -1, 0
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(b.text, sep); i > k {
			k, n = i, len(sep)
		}
	}
	if i := strings.LastIndex(b.text, " :"); i > k && i+2 < len(b.text) && b.text[i+2] != ' ' && b.text[i+2] != ':' {
		k, n = i, 2
	}
	if k < 0 {
		return ""
	}
	p := strings.TrimSpace(b.text[k+n:])
	if words(p) > 4 || sectionWords[lower(p)] || !read && (h+len(title) > k || d.keptLine(p)) {
		return ""
	}
	if !d.namesLine(p) {
		if p = d.spelledAs(p); p == "" {
			return ""
		}
	}
	return publicationName(p)
}

// keptLine reports whether a kept line of the page is s, in any case.
func (d *doc) keptLine(s string) bool {
	for _, b := range d.blocks {
		if b.kept() && strings.EqualFold(b.text, s) {
			return true
		}
	}
	return false
}

// spelledAs returns a word of the page past its first line that is w, one
// word of four letters or more in lower case, in capitals and small letters
// ("IBNLive" of "ibnlive", a brand's own case); "" when there is none or w
// is no such word.
func (d *doc) spelledAs(w string) string {
	if len(w) < 4 || lower(w) != w || strings.ContainsFunc(w, notLetter) {
		return ""
	}
	for _, b := range d.blocks[1:] {
		if !b.has(w) {
			continue
		}
		for _, f := range strings.Fields(b.text) {
			if f = strings.Trim(f, ".,:;!?\"'()“”’"); f != w && strings.EqualFold(f, w) && startsUpper(f) {
				return f
			}
		}
	}
	return ""
}

// bylineIs reports whether a metadata line is the byline "By " and name
// alone.
func (d *doc) bylineIs(name string) bool {
	k := "by " + lower(name)
	for _, b := range d.blocks {
		if b.removed == ReasonMetadata && b.low == k {
			return true
		}
	}
	return false
}

// masthead returns the site's name a scraped page opens with when nothing
// else names the publisher: a first line of a few capitalised words that is
// not the headline ("The Korea Herald", "South China Morning Post"). Past
// the page's title line, the name must be the company's of a copyright
// line, when one names it (owner). A first line the furniture names nowhere
// else gives way to the name another cue gives (other; see lonelyMasthead).
func masthead(d *doc, title, owner, other string) string {
	if len(d.blocks) < 2 {
		return ""
	}
	// Past the skip links ("Skip to main content", "Skip to navigation"),
	// a menu's and a search's buttons, and a cookie banner's lines.
	// Past the page's title line too, when the headline is all of it
	// ("Island council votes ..." over "The Islander").
	start := 0
	// end: the title line kept whole as the headline, the masthead under
	// it one end of it, a separator between ("The Ledger Notebook: Old
	// Habits" over "The Ledger Notebook"; not a wire's headline over the
	// first words of its lede), whether or not a rule took that line out.
	t, n := lower(d.blocks[0].text), d.blocks[1].low
	end := d.blocks[0].kind == "title" && d.blocks[0].kept() && len(n) < len(t) && n != "" &&
		(strings.HasPrefix(t, n) && titleMark(utf8.DecodeRuneInString(strings.TrimSpace(t[len(n):]))) ||
			strings.HasSuffix(t, n) && titleMark(utf8.DecodeLastRuneInString(strings.TrimSpace(t[:len(t)-len(n)]))))
	if end || !d.blocks[0].kept() && (sameKey(d.blocks[0].text, title) || sameKey(withoutKicker(d.blocks[0].text), title) || d.sectionBefore(title)) {
		start = 1 // (or its kicker and the headline: "EDITORIAL | Taxi violence ...", "FactCheck: Did ...")
	}
	b := d.blocks[start]
	for i, skips := start+1, 0; i < len(d.blocks)-1 && skips < 6 && i <= 16; i++ {
		if b.removed != ReasonCookie && !govBanner(b.low) {
			// (and the day's date atop a WordPress theme's header:
			// "Sunday, December 6, 2026")
			if !hasPrefixAny(b.low, "skip ", "jump to ", "accessibility links", "aller au contenu", "zum inhalt", "zum hauptinhalt", "ir al contenido",
				"saltar al contenido", "vai al contenuto", "salta al contenuto", "ir para o conteúdo", "pular para o conteúdo") && !mastheadSkips[b.k] && !todayLine(b) {
				break
			}
			skips++
		}
		b = d.blocks[i]
	}
	// A name in capitalised words, or one the title line's site may be
	// ("Notes from Poland", "SWI swissinfo.ch", "news.com.au").
	named := capitalised(b.text) && startsUpper(b.text) || oddSiteName(b.text) || domainName(b.text) || logoWord(b)
	// An institution's longer name joins its words with "of" or "for"
	// ("Ministry of Foreign Affairs of Japan", "Carnegie Endowment for
	// International Peace"), no tagline after a dash ("FanNation - The
	// Republic of Sport") nor a group's "Part of High Gear Media".
	long := b.nw <= 6 && b.hasAny(" of ", " for ") && !strings.ContainsAny(b.text, "-.…") && !strings.HasPrefix(b.low, "part of")
	if b.kept() && !(end && b == d.blocks[1]) || d.overHeadline[b] || b.nw == 0 || b.nw > 4 && !long || !named ||
		strings.EqualFold(b.text, title) || strings.ContainsAny(b.text, "|:;!?,") || strings.ContainsAny(b.text, "0123456789") && !brandWithNumber(b.text) || crumbReason(b) != "" ||
		b.hasAny("rights reserved", "copyright", "navigation", "search", "menu") {
		return ""
	}
	if strings.HasSuffix(b.text, "...") || strings.HasSuffix(b.text, "…") {
		return "" // a teaser's or a loader's line cut short: "HuffPost's QuickRead..."
	}
	if hasPrefixAny(b.low, "go to", "skip", "back to", "jump to", "return to", "sign ", "log ", "click ", "read ", "watch ", "listen") {
		return "" // "Go to Contents": a link, not a name (but "ClickOnDetroit" a name)
	}
	if languageNames[b.low] || menuButtons[b.low] || sectionWords[b.k] || editionLabel(b.k) || uiNamed(b.low) {
		return "" // "Türkçe" over "English", "Français": a language switcher; "Explore": a menu's button
	}
	if k := strings.LastIndexByte(b.text, ' '); k > 0 && corporateSuffixes[strings.ToLower(strings.TrimRight(b.text[k+1:], "."))] {
		return "" // "British Broadcasting Corporation": the owner, as a copyright line names it
	}
	name := publicationName(b.text)
	if rest, ok := cutSuffixFold(name, " home"); ok && startsUpper(rest) {
		name = publicationName(rest) // the logo's link: "Wired Home"
	}
	if start == 0 && d.blocks[0].kind != "title" && b.nw == 1 && (boiler.Default().Vocab[b.low] >= furnitureOdds || len(b.text) == 1) {
		// With no title line, a first line of one word the classifier
		// learned as a page's furniture ("Web", "Travel"), or a letter
		// (an index's "A"): a menu's entry, not the masthead ("Gawker").
		return ""
	}
	if start == 0 && b.nw == 1 && d.proseWord(b.low) {
		// With no title line, a first line of one word the article
		// writes in small letters as a word of its prose ("Physics",
		// "Products"): a menu's first entry, not the masthead.
		return ""
	}
	if start == 0 && other != "" && (owner == "" || !bears(owner, name) && d.mentions(name) <= 2 && !(brandShaped(name) && !strings.Contains(name, " "))) && d.menuFirst(b) {
		// With no title line, the first of a menu's links, the lines
		// under it as short and taken out as it is ("Products" over
		// "Videos", "Talk", "Articles"), where a cue names the
		// publication: a section, not the masthead. Where only a
		// copyright line names one, the link is a section when the
		// company does not bear it and the furniture names it twice at
		// most, no brand's one word ("Baseball" under "© 2026 The Sports
		// Network"; not "CNET" under "© CBS Interactive").
		return ""
	}
	if start == 0 && d.capsMenuUnder(b) {
		// With no title line, a line in capitals over more of them, a
		// word or two each ("TV PATROL" over "LIVE", "REPLAY", "BANDILA"):
		// a menu's first entry, a show's or a section's, not the masthead.
		return ""
	}
	if start == 0 && d.lonelyMasthead(name, other) {
		return ""
	}
	if start == 0 && inHeadline(name, title) {
		// With no title line, a place the menu opens with and the
		// headline names ("Singapore" over "Singapore's core inflation
		// eases ..."): a section, not the masthead.
		return ""
	}
	if start > 0 && (sectionWords[b.k] || owner != "" && !bears(owner, name) && nameKey(owner) != nameKey(name) && !d.mastheadAgain(b)) {
		// Past the title line, a menu's first entry ("Markets") or a
		// name the copyright's company does not bear ("SEO Services"
		// under "© Organic SEO Consultant") is no masthead, unless the
		// page's foot names it again on a line of its own (TimesLIVE's,
		// under "© 2026 Arena Holdings Pty Ltd").
		return ""
	}
	return name
}

// sectionBefore reports whether the page's title line is a section's
// label, a colon and the headline (title), the label a line of its own
// right over the headline below: TheJournal.ie's "FactCheck: Did ..."
// over "FactCheck" / "Did ...".
func (d *doc) sectionBefore(title string) bool {
	label, ok := strings.CutSuffix(d.blocks[0].text, ": "+title)
	if !ok || title == "" || words(label) > 3 {
		return false
	}
	for i, b := range d.blocks[1:] {
		if b.text == title {
			p := d.prevNonEmpty(i + 1)
			return p > 0 && d.blocks[p].text == label
		}
	}
	return false
}

// companyLine reports whether a copyright line of the page names name as a
// company's, a legal suffix after it ("© 2026 Vox Media, LLC").
func (d *doc) companyLine(name string) bool {
	ln := lower(name)
	for _, b := range d.blocks {
		if k := strings.Index(b.low, ln); k >= 0 && !b.kept() && (b.has("©") || b.has("copyright")) {
			if f := strings.Fields(strings.TrimLeft(b.low[k+len(ln):], ", ")); len(f) > 0 && corporateSuffixes[strings.TrimRight(f[0], ".,")] {
				return true
			}
		}
	}
	return false
}

// mastheadAgain reports whether a removed line further down the page, past
// its first paragraph of prose, says the same as masthead line b: the
// site's name in its footer or over its comments ("TimesLIVE").
func (d *doc) mastheadAgain(b *block) bool {
	p := d.firstProse()
	if p < 0 {
		return false
	}
	for _, o := range d.blocks[p+1:] {
		// (or the footer's line on the site, its name its subject:
		// "1News is New Zealand's home of news and weather.")
		if !o.kept() && (o.k == b.k || o.nw <= 15 && strings.HasPrefix(o.low, b.k+" is ")) {
			return true
		}
	}
	return false
}

// uiNamed reports whether a lower-cased line holds a word of a page's
// controls or furniture, which no publication's name holds: "Home Page",
// "Main Content", "Register or Sign in", "Contact me", "30-Day Returns".
func uiNamed(low string) bool {
	for _, w := range strings.Fields(low) {
		if uiWords[strings.Trim(w, ",.:;!?()")] {
			return true
		}
	}
	return false
}

// uiWords are the words of uiNamed.
var uiWords = setOf("page pages content contents contact register sign login logout password cart checkout returns admin hide show toggle skip menu submit " +
	"links main site help tweets set settings")

// inHeadline reports whether the headline names name, a whole word or
// words (a possessive's "'s" after it too).
func inHeadline(name, title string) bool {
	if name == "" || title == "" {
		return false
	}
	t, n := " "+strings.ToLower(title)+" ", " "+strings.ToLower(name)
	for _, after := range []string{" ", "'s", "’s", ",", ":", ".", ";"} {
		if strings.Contains(t, n+after) {
			return true
		}
	}
	return false
}

// todayLine reports whether b is a date alone, a weekday before it or not,
// as a news theme's top bar shows the day's date over the masthead.
func todayLine(b *block) bool {
	t := b.text
	if k := strings.Index(t, ", "); k > 0 && weekdayWords[strings.ToLower(t[:k])] {
		t = t[k+2:]
	}
	return b.nw <= 5 && parse.DateLen(t) == len(t)
}

// mastheadSkips are the buttons a page may open with before its masthead
// (VOA's "Print", "Skip to main content", ..., "Next", "Voice of America").
var mastheadSkips = phrases("menu|search|open menu|print|next|previous|close|log in|sign in|login|register|forgot your password")

// publicationName returns name as a publication's name: without a company's
// legal suffix ("Cable News Network LP" gives "Cable News Network"), and ""
// for a word a page's furniture puts after the cues ("Subscribe to RSS",
// "Copyright Information", "More from Football").
func publicationName(name string) string {
	name = strings.TrimRight(name, " :") // "Star-Telegram.com: | 01/02/2008 | Headline"
	if strings.HasPrefix(name, "All Rights Reserved") {
		return "" // "All Rights Reserved © 2020": the notice's words, no name
	}
	if k := strings.Index(name, " All Rights Reserved"); k > 0 {
		name = name[:k] // "©2012 The Print Shop Blog All Rights Reserved"
	}
	// A year inside, or years: "(c) Copyright Clubcall.com 2006 Contact
	// Us", "Copyright (C) eCanadaNow 2006-2007 Celebrity Images ...".
	if f := strings.Fields(name); len(f) > 2 {
		for i, w := range f[1 : len(f)-1] {
			if (len(w) == 4 || len(w) == 9 && w[4] == '-') && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789-") == "" {
				name = strings.Join(f[:i+1], " ")
				break
			}
		}
	}
	// A company's suffixes and a year or a date after the name, in any
	// order: "© Ben Hunt 2006", "The Economist Newspaper Limited 2026.";
	// a short number is the name's own ("Channel 4").
	for {
		k := strings.LastIndexByte(name, ' ')
		if k < 0 {
			break
		}
		last := name[k+1:]
		if corporateSuffixes[strings.ToLower(strings.TrimRight(last, "."))] {
			name = strings.TrimRight(name[:k], " ,")
			// "The Economist Newspaper Limited": the company's
			// "Newspaper" goes with its suffix ("Punch Newspapers" alone
			// is the masthead's).
			if n := strings.TrimSuffix(name, " Newspaper"); n != name && words(n) >= 2 {
				name = n
			}
			continue
		}
		if len(last) >= 4 && strings.TrimLeft(last, "0123456789.-") == "" {
			name = name[:k]
			continue
		}
		if n := strings.TrimSuffix(strings.TrimSuffix(name[:k], ","), " Publishing"); strings.EqualFold(last, "company") && words(strings.TrimPrefix(n, "The ")) >= 2 && !hasSuffixAny(n, " &", " and") {
			// "The New York Times Company", "The Harbour Gazette
			// Publishing Company": the paper's company; "Fast Company",
			// one word before it, is a name, and "Dow Jones & Company"
			// a firm's.
			name = n
			continue
		}
		break
	}
	// Poynter's logo, "Poynter.": one word and its full stop.
	if n := strings.TrimSuffix(name, "."); n != name && len(n) >= 3 && !strings.ContainsAny(n, ". ") && !corporateSuffixes[strings.ToLower(n)] {
		name = n
	}
	// A name in words with its domain's ending: "South Florida
	// Sun-Sentinel.com".
	if n, ok := strings.CutSuffix(name, ".com"); ok && words(n) >= 2 {
		name = n
	}
	// Its initials after it: "Free Malaysia Today (FMT)".
	if n, in, ok := strings.Cut(name, " ("); ok && words(n) >= 2 && strings.HasSuffix(in, ")") && len(in) >= 3 && len(in) <= 7 && shouted(in) && !strings.ContainsAny(in, " 0123456789") {
		name = n
	}
	// The Royal Gazette's title line, "... | The Royal Gazette:Bermuda
	// News": a tagline glued to the name by a colon.
	if k := strings.IndexByte(name, ':'); k > 0 && k+1 < len(name) && name[k-1] != ' ' && words(name[:k]) >= 2 && startsUpper(name[k+1:]) && capitalised(name[:k]) {
		name = name[:k]
	}
	// HuffPost's title line, "... | HuffPost Latest News": a tagline after
	// the name.
	if n, ok := cutSuffixFold(name, " latest news"); ok && n != "" {
		name = n
	}
	furniture := true
	for _, w := range strings.Fields(strings.ToLower(name)) {
		furniture = furniture && furnitureWords[w]
	}
	// A number ("3. On the same day ...", "More from 1885"), the pronoun
	// "I" ("Support I ...") or a month ("Published in June") names no
	// publication.
	// A company's suffix alone ("© 2012 925 LLC", its number taken for a
	// year) names none either.
	if furniture || corporateSuffixes[strings.ToLower(strings.TrimRight(name, "."))] || len(name) <= 2 && strings.ToUpper(name) != name || name == "I" || !strings.ContainsFunc(name, unicode.IsLetter) || months[strings.ToLower(name)] {
		return ""
	}
	// and an appeal's cause, HuffPost's "Support Free Journalism"; a
	// theme's credit at a blog's foot, "© Newspaper WordPress Theme by
	// TagDiv": the theme's, not the site's
	if l := strings.ToLower(name); hasSuffixAny(l, " rss", " feed", " feeds", " journalism", " theme", " wordpress theme") {
		return ""
	}
	return name
}

// months are the months' names, which name no publication.
var months = setOf("january february march april may june july august september october november december")

// corporateSuffixes end a company's legal name; and in India ("The Indian
// Express Pvt Ltd", "Private Limited"), South Africa and Australia ("Pty
// Ltd"), Singapore ("Pte Ltd"), Malaysia ("Sdn Bhd", "Berhad") and
// Indonesia ("Tbk").
var corporateSuffixes = setOf("inc llc lp llp ltd limited corp corporation co plc gmbh ag sa all newsletter " +
	"pvt private pty pte sdn bhd berhad tbk")

// furnitureWords are the single words that follow the publisher cues on a
// page's furniture rather than a publication's name.
var furnitureWords = setOf(`rss feed feeds atom xml email newsletter newsletters alerts updates posts comments
information policy terms privacy management manager news blog website site pictures photos videos
video life comment internship prospects home sport sports football business notice advertise advertising
monday tuesday wednesday thursday friday saturday sunday`)

// skipCopyright skips the words of a copyright notice that a cue leaves in
// front of the owner's name: "© Copyright 2012 Kalyn's Kitchen", "(c)
// Copyright © 2012".
func skipCopyright(s string) string {
	for {
		t := strings.TrimLeft(s, " ")
		l := strings.ToLower(t)
		switch {
		case strings.HasPrefix(l, "copyright ") || strings.HasPrefix(l, "copyright:"):
			s = t[len("copyright "):]
		case strings.HasPrefix(l, "©"):
			s = t[len("©"):]
		case strings.HasPrefix(l, "(c) "):
			s = t[len("(c) "):]
		default:
			return t
		}
	}
}

// skipYears skips "2024 ", "2020-2024 " and similar after a copyright sign.
func skipYears(s string) string {
	s = strings.TrimLeft(s, " ")
	// "© Copyright 2024 ...", "(c) Copyright ©"
	for _, w := range []string{"Copyright", "copyright", "COPYRIGHT", "©"} {
		if rest, ok := strings.CutPrefix(s, w); ok && (rest == "" || rest[0] == ' ') {
			s = strings.TrimLeft(rest, " ")
		}
	}
	i := 0
	for i < len(s) {
		switch {
		case s[i] >= '0' && s[i] <= '9' || s[i] == '-' || s[i] == ' ' || s[i] == ',':
			i++
		case s[i] == '.' && i >= 4 && strings.Trim(s[i-4:i], "0123456789") == "" && i+1 < len(s) && s[i+1] != ' ':
			i++ // "Copyright 2004-2010.Fone Arena": the name glued to the year's point
		case strings.HasPrefix(s[i:], "–"), strings.HasPrefix(s[i:], "—"):
			i += len("–") // "© 2010–2026, The Conversation Media Group Ltd"
		default:
			return s[i:]
		}
	}
	return s[i:]
}

// properName returns the run of capitalised words at the start of s ("The
// Moscow Times"), allowing inner "of", "and", "&"; at most six words.
func properName(s string) string {
	var buf [7]string // six words and the next: no slice of every field
	f := parse.AppendFields(buf[:0], s[:min(len(s), 120)], len(buf))
	var outBuf [6]string // a word kept of each of the six read: no growth
	out := outBuf[:0]
	for i, w := range f {
		if i >= 6 {
			break
		}
		t := strings.TrimRight(w, "!:,.;?)\"”'’")
		trimmed := t != w
		if t == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(t)
		lw := strings.ToLower(t)
		if i == 0 && t == "the" && len(f) > 1 && startsUpper(f[1]) {
			// "the Daily Courant": a site name written as a sentence
			// writes it.
			out = append(out, "The")
			continue
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !caseless(r) && !(i == 0 && camelBrand(t)) {
			if nameSmallWords[lw] && len(out) > 0 || len(out) > 0 && elided(t) {
				out = append(out, t) // "de la", "de l'Ouest"
				continue
			}
			if len(out) > 0 && sentenceCaseName(out[0], r) {
				// "Заречные вести": Russian capitalises a name's
				// first word only.
				out = append(out, t)
				if trimmed {
					break
				}
				continue
			}
			break
		}
		if i == 0 && (lw == "us" || lw == "our" || lw == "we" || lw == "you" || lw == "your" || lw == "independent") {
			return ""
		}
		if isCJK(r) {
			// Chinese and Japanese names have no spaces: the word,
			// up to its punctuation, is the name ("江城日报社" of
			// "江城日报社 备案号：...").
			if k := strings.IndexFunc(t, cjkPunct); k > 0 {
				t = t[:k]
			}
			out = append(out, t)
			break
		}
		if w == t+"." && i+1 < len(f) && (initials(t) || nameAbbreviations[lw]) && startsUpper(f[i+1]) {
			// An abbreviation's point, inside the name: "U.S.
			// Department of Agriculture", "St. Louis Post-Dispatch".
			out = append(out, w)
			continue
		}
		out = append(out, t)
		if trimmed {
			break
		}
	}
	for len(out) > 0 {
		l := strings.ToLower(out[len(out)-1])
		if nameSmallWords[l] {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	if len(out) == 0 || len(out) == 1 && strings.EqualFold(out[0], "the") {
		return ""
	}
	name := strings.Join(out, " ")
	switch strings.ToLower(name) {
	case "all rights reserved", "privacy policy", "dear", "thank you", "today", "support", "now", "here", "us today",
		"riproduzione", "ооо", "ао", "пао", "тов": // "© Riproduzione riservata", "© ООО «Лента.Ру»": a notice's words, a company's form
		return ""
	}
	return name
}

// initials reports whether t is initials with their points, the last point
// trimmed: "U.S", "E.W", "D.C".
func initials(t string) bool {
	parts := strings.Split(t, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return len(parts) >= 2
}

// nameAbbreviations are the abbreviations that open a word of a name ("St.
// Louis", "Ft. Worth"), their point not a sentence's end.
var nameAbbreviations = phrases("st|ste|mt|ft|pt")

// nameSmallWords are the lower-case words inside a publication's name
// ("Diario del Valle", "La Voz de Galicia", "Jornal do Commercio").
var nameSmallWords = phrases("of|and|from|&|the|de|del|di|da|do|dos|das|des|du|della|y|e|et|van|von|het|la|le|les|el|los|las")

// caseless reports whether r is a letter of a script without capitals
// (Chinese, Japanese, Korean, Arabic, Hebrew): a name in it starts with
// any letter.
func caseless(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsLower(r) && !unicode.IsUpper(r)
}

// sentenceCaseName reports whether a lower-case word starting with r goes
// on a name whose first word is first: both in a cased script other than
// Latin (Cyrillic, Greek), whose names capitalise their first word only
// ("Заречные вести", "Российская газета"). A Latin name's lower-case word
// ends it ("Dawn on March 5").
func sentenceCaseName(first string, r rune) bool {
	f, _ := utf8.DecodeRuneInString(first)
	// The scripts' blocks (unicode.Cyrillic and its kin would add their
	// tables to the wasm): Cyrillic, Greek, Armenian, Georgian.
	for _, b := range [][2]rune{{0x0400, 0x052f}, {0x0370, 0x03ff}, {0x0530, 0x058f}, {0x10a0, 0x10ff}} {
		if f >= b[0] && f <= b[1] {
			return r >= b[0] && r <= b[1] && unicode.IsLetter(r)
		}
	}
	return false
}

// wireNamed returns the agency a byline part names ("reuters", "the
// associated press", "yonhap news agency"), or "".
func wireNamed(part string) string {
	part = strings.TrimPrefix(part, "the ")
	if w, ok := wires[part]; ok {
		return w
	}
	switch part {
	case "associated press":
		return "The Associated Press"
	case "agence france-presse", "agence france presse":
		return "AFP"
	case "united press international":
		return "UPI"
	}
	if name, ok := strings.CutSuffix(part, " news agency"); ok {
		if w, ok := wires[name]; ok {
			return w
		}
	}
	return ""
}

// mastheadName returns the site a masthead's link names (text, and low in
// lower case): "The Guardian - Back to homepage", "Back to The Guardian
// homepage", "Make Boston.com your homepage"; "" for another line.
func mastheadName(text, low string) string {
	for _, home := range []string{"homepage", "home page", "home"} { // "The Guardian - Back to home"
		if !strings.HasSuffix(low, home) {
			continue
		}
		rest := strings.TrimSpace(text[:len(text)-len(home)])
		lr := strings.ToLower(rest)
		var name string
		switch {
		case strings.HasSuffix(lr, "back to"):
			name = strings.TrimRight(rest[:len(rest)-len("back to")], " -–—|:")
		case strings.HasPrefix(lr, "back to "):
			name = rest[len("back to "):]
		case strings.HasPrefix(lr, "make ") && strings.HasSuffix(lr, " your"):
			name = rest[len("make ") : len(rest)-len(" your")]
		}
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "", "us", "this", "it", "the", "this page":
			return ""
		}
		return properName(strings.TrimSpace(name))
	}
	return ""
}

// inName reports whether the capitalised word at text[k:] follows another
// capitalised word, as a word of a name does ("Rapid Support Forces"), unlike
// a cue opening a line or following a verb ("Please support The Times").
func inName(text string, k int) bool {
	if r, _ := utf8.DecodeRuneInString(text[k:]); !unicode.IsUpper(r) {
		return false
	}
	prev := strings.Fields(text[:k])
	if len(prev) == 0 {
		return false
	}
	w := prev[len(prev)-1]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !strings.ContainsAny(w[len(w)-1:], ".!?:")
}

// cutSuffixFold returns s without suffix, matched in any case, and whether
// it was there.
func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// languages are the languages an article says it was first published in
// ("published in French"): no publication's name.
var languages = setOf("english french german spanish italian portuguese russian ukrainian arabic hebrew chinese japanese korean turkish persian dutch polish")

// menuButtons are the buttons a page's menu bar opens with, the words a
// masthead's place holds when the logo is a picture.
var menuButtons = phrases("explore|discover|browse|sections|shop|account|my account|profile|notifications|trending|" +
	"edition|change edition|all sections|quick links|e-paper|epaper|this blog|this site|the web|linked from here")

// editionLabels are a site's editions and regions as its menu names them:
// no masthead.
var editionLabels = phrases("us edition|uk edition|international edition|international|edition|europe|asia|africa|" +
	"americas|middle east|asia pacific|asia-pacific|us|uk|u.s.")

// editionLabel reports whether a line's key labels an edition of the site
// (editionLabels, or any "<Region> Edition" of three words at most: China
// Daily's "Global Edition" over its menu), no publication's name.
func editionLabel(k string) bool {
	return editionLabels[k] || strings.HasSuffix(k, " edition") && words(k) <= 3
}

// languageNames are languages as a site's language switcher names them, each
// in its own tongue (and English's): no publication's name.
var languageNames = phrases("english|türkçe|français|español|deutsch|italiano|português|русский|українська|العربية|" +
	"عربي|فارسی|עברית|中文|简体中文|繁體中文|日本語|한국어|polski|nederlands|bahasa indonesia|bahasa melayu|" +
	"kiswahili|हिन्दी|tiếng việt|ไทย|ελληνικά|română|magyar|čeština|svenska|dansk|norsk|suomi|" +
	"bosanski|hrvatski|srpski|shqip|azərbaycanca|қазақша|o'zbekcha|кыргызча|afaan oromoo|hausa|" +
	"አማርኛ|eesti|lietuvių|lietuviškai|latviešu|slovenčina|slovenščina|български|català|" +
	"rumantsch|francais|espanol|portugues|繁体中文|ქართული|հայերեն")

// namesLine reports whether a short line of the page is name, with or
// without "The " before it.
func (d *doc) namesLine(name string) bool {
	name = strings.TrimPrefix(name, "The ")
	for _, b := range d.blocks {
		if b.nw <= 6 && strings.EqualFold(strings.TrimPrefix(b.text, "The "), name) {
			return true
		}
	}
	return false
}

// paperWords end a newspaper's or an agency's name.
var paperWords = setOf("times news post herald journal tribune gazette telegraph express observer chronicle agency press daily standard guardian independent")

// paperShaped reports whether name ends as a newspaper's name does ("Global
// Times", "Daily News"), not as a person's.
func paperShaped(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) >= 2 && len(f) <= 4 && paperWords[strings.Trim(f[len(f)-1], ".,")]
}

// sectionWords name a news site's sections, never the site.
var sectionWords = phrases("news|world|business|markets|politics|opinion|sport|sports|tech|technology|science|health|" +
	"entertainment|culture|lifestyle|travel|video|videos|local|national|economy|money|finance|weather|home|latest|live|" +
	"jobs|cars|classifieds|obituaries|events|games|puzzles|podcasts|newsletters|real estate|rentals|security|top news|top stories|latest news|breaking news")

// brandOf returns a line among the page's first that names the copyright's
// company by its first words alone ("Forbes" near the top of a page whose
// copyright line is "© 2026 Forbes Media LLC"): the publication's name,
// the company's without what it adds ("Media"); or a picture's credit
// further down that names it after a photographer. "" when there is none.
func (d *doc) brandOf(company string) string {
	if company == "" || words(company) < 2 {
		return ""
	}
	lc := lower(company)
	for i, b := range d.blocks {
		t := strings.TrimSpace(b.text)
		if i >= 15 {
			// Further down, a picture's credit naming the site's
			// photographer and the site: "Javier Zarracina/Vox" under
			// "© 2019 Vox Media, Inc.".
			k := strings.LastIndexByte(t, '/')
			if k < 0 || b.nw > 4 || !isNameLine(t[:k]) {
				continue
			}
			t = t[k+1:]
		}
		if b.nw == 0 || b.nw > 3 && i < 15 || !startsUpper(t) || !capitalised(t) {
			continue
		}
		if lt := lower(t); strings.HasPrefix(lc, lt+" ") && !sectionWords[b.k] {
			return t
		}
	}
	return ""
}

// bears reports whether a company's name holds a publication's, without its
// "The" ("Northern Post Media Ltd" bears "The Northern Post").
func bears(company, name string) bool {
	n := lower(strings.TrimPrefix(name, "The "))
	if k := strings.IndexByte(n, '.'); k > 3 {
		n = strings.TrimPrefix(n[:k], "the") // "Journal Media Ltd" bears "TheJournal.ie"
	}
	return strings.Contains(lower(company), n)
}

// appealSubject returns the name an appeal opens with as its subject (two
// to six words, the verb after it one an appeal says of its paper: "The
// Kyiv Independent is ...", "The Coastal Times relies on ..."), or "".
func appealSubject(text string) string {
	name := properName(text)
	if words(name) < 2 || len(name) >= len(text) {
		return ""
	}
	rest := strings.Fields(text[len(name):])
	if len(rest) == 0 || !appealVerbs[strings.ToLower(rest[0])] {
		return ""
	}
	return name
}

// appealVerbs follow a paper's name that opens its appeal.
var appealVerbs = setOf("is relies depends needs has was exists remains counts survives runs")

// logoVariant returns a logo's name without the variant its picture is
// ("TechCrunch Desktop Logo", "TechCrunch Mobile Logo": TechCrunch).
func logoVariant(name string) string {
	for {
		k := strings.LastIndexByte(name, ' ')
		if k <= 0 {
			return name
		}
		switch strings.ToLower(name[k+1:]) {
		case "desktop", "mobile", "header", "footer", "dark", "light", "white", "black", "colour", "color", "main", "primary", "small", "large":
			name = name[:k]
		default:
			return name
		}
	}
}

// logoLink returns the name of a logo's link to the home page ("The Verge
// homepage", "BBC Homepage", "Ars Technica home"), "home" in lower case: a
// portal's "Canoe Home" over a paper it hosts names the portal.
func logoLink(s string) (string, bool) {
	if rest, ok := cutSuffixFold(s, " homepage"); ok {
		return rest, true
	}
	return strings.CutSuffix(s, " home")
}

// brandWithNumber reports whether s is one word of letters with a number
// glued to its end, as a masthead's name may be ("News24"), not a count
// or a date ("Page 2", "2026").
func brandWithNumber(s string) bool {
	i := strings.IndexAny(s, "0123456789")
	if i == 0 {
		// a channel's number first: "1News", "9News"
		l := strings.TrimLeft(s, "0123456789")
		return len(s)-len(l) <= 2 && len(l) >= 3 && startsUpper(l) && strings.IndexFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
	}
	return i >= 3 && !strings.Contains(s, " ") && strings.Trim(s[i:], "0123456789") == "" && strings.IndexFunc(s[:i], func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// outnames reports whether the page's furniture names a more often than b
// (mentions), a not being a part of b's name ("Sugar" of "YumSugar"),
// whose mentions hold all of a's.
func (d *doc) outnames(a, b string) bool {
	return !strings.Contains(nameKey(b), nameKey(a)) && d.mentions(a) > d.mentions(b)
}

// squash returns the letters and digits of s, the rest left out: a name
// as a handle or an address writes it ("nbcnews" of "NBC News",
// "@NBCNews", "NBCNews.com").
//
//go:noinline
func squash(s string) string {
	// ASCII, most lines: their letters and digits copied (on the stack, so
	// the result is the one allocation), the rest left out, with no call a
	// rune; s itself when nothing goes.
	var buf [128]byte
	b, drop := buf[:0], false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return squashRunes(s)
		}
		if c-'a' < 26 || c-'A' < 26 || c-'0' < 10 {
			b = append(b, c)
		} else {
			drop = true
		}
	}
	if !drop {
		return s
	}
	return string(b)
}

// squashRunes is squash of any text.
func squashRunes(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// nameKey is a publication's name as mentions look for it: its letters
// and digits in lower case, without "The" ("washingtonpost"); a
// domain's longest label.
func nameKey(name string) string {
	if domainName(name) {
		// The domain's longest label: "theatermania" of
		// "TheaterMania.com", "heraldsun" of "m.heraldsun.com.au".
		long := ""
		for _, l := range strings.Split(lower(name), ".") {
			if len(l) > len(long) {
				long = l
			}
		}
		name = long
	}
	return squash(lower(strings.TrimPrefix(name, "The ")))
}

// mentions counts the removed lines of the page, short ones (six words at
// most) and copyright lines, that name name as nameKey writes it: how
// often the page's furniture names it.
func (d *doc) mentions(name string) int {
	if d.furniture == nil {
		d.furniture = []string{}
		for _, b := range d.blocks {
			if !b.kept() && (b.nw <= 6 || b.has("©") || b.has("copyright")) {
				d.furniture = append(d.furniture, squash(b.low))
			}
		}
	}
	key, n := nameKey(name), 0
	for _, s := range d.furniture {
		if len(key) >= 3 && strings.Contains(s, key) {
			n++
		}
	}
	return n
}

// ownerCues say who owns a site (see ownerNames).
var ownerCues = matcherOf(" is published by |part of |a division of | owned by |a subsidiary of |a unit of ")

// ownerNames are the names, in lower case, that the page's furniture says
// own or publish the site: "... is published by High Gear Media", "Part of
// High Gear Media", "a division of ...", "owned by ...".
func (d *doc) ownerNames() map[string]bool {
	out := map[string]bool{}
	for _, b := range d.blocks {
		if b.kept() || b.nw > 60 {
			continue
		}
		for m := ownerCues.maskIn(b, false); m != 0; m &= m - 1 {
			c := ownerCues.pats[bits.TrailingZeros64(m)]
			if k := strings.Index(b.low, c); k >= 0 && (k == 0 || b.low[k-1] == ' ' || c[0] == ' ') {
				if n := publicationName(properName(b.text[k+len(c):])); n != "" {
					out[lower(n)] = true
				}
			}
		}
	}
	return out
}

// camelBrand reports whether a word is a brand written with a small letter
// before its capital, as iPolitics and eNCA write theirs: a name's first
// word may be one.
func camelBrand(w string) bool {
	return len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'A' && w[1] <= 'Z'
}

// notLetter reports whether r is no letter.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }
