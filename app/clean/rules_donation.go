package clean

import (
	"math/bits"
	"strings"
	"unicode"
)

// appealStarts open a multi-paragraph donation appeal.
var appealStarts = []string{
	"a message from ", "a note from ", "dear reader", "dear readers", "dear friends",
	"dear subscriber", "a letter from the editor", "before you go", "before you continue",
	"support independent journalism", "support our journalism", "we need your help",
	"independent journalism needs you", "help us keep", "you've read ", "you have read ",
	"if you value our", "if you like our", "if you appreciate our", "if you enjoyed this article",
	"as you're here", "since you're here", "we have a small favour", "we have a small favor",
	"thank you for reading", "become a member", "become a supporter", "donate to ",
	"make a donation", "make a contribution", "support us", "help us",
	"you're a dedicated reader", "you are a dedicated reader", "we're really pleased that you",
	"your support helps", "your support makes", "your support matters", "your support keeps", "your support allows",
	"your contribution helps", "your donation helps", "your gift ", "your tax deductible gift", "your tax-deductible gift",
	"our journalism needs", "our journalism depends", // Advance Local's "Our journalism needs your support."
	"join us in ", "become a patron", // Novaya Gazeta Europe's "Join us in rebuilding ...", Patreon's asks
	"you could close this page",                         // Euromaidan Press's "You could close this page. Or you could join our community ..."
	"our newsroom depends on", "our newsroom relies on", // the Winnipeg Free Press's "Our newsroom depends on its audience of readers ..."
	"thank you for donating", "here we are to serve you", "choose to support ", "readers like you are ", // DutchNews's appeal over its "We could not provide ...", AzerNews's, TheJournal.ie's
}

// appealStartIndex holds appealStarts by their first byte.
var appealStartIndex = indexPrefixes(appealStarts)

// donateButtons are the buttons under an appeal, by their keys.
var donateButtons = phrases("support now|support us|donate|donate now|give now|contribute|contribute now|" +
	"become a supporter|become a member|support today|support|make a contribution|become a patron")

// appealCues are phrases only appeals for money use.
var appealCues = []string{
	"donat", "contribut", "support us", "support our", "supporting ", "support independent",
	"become a member", "become a supporter", "subscri", "our journalism", "independent journalism",
	"reader-funded", "readers like you", "paywall", "chip in", "monthly", "one-off", "one-time",
	"small favour", "small favor", "your support", "your help", "$", "€", "£", "membership",
	"funding", "fund our", "keep our journalism", "free for everyone", "every reader", "follow me", "clap",
	"stay independent", "keep us independent", "free to read", "consider becoming", "if you value",
	"supported by its members", "supported by its readers", "supported by readers", "supported by our readers",
	"supported by our members", "member-supported", "member-funded",
	// Notes from Poland's "... published by an independent, non-profit
	// foundation that is funded through donations from our readers."
	"non-profit", "nonprofit", "not-for-profit", "funded through", "funded by our",
	// Vox's "Will you support our work with a gift today?"
	"will you support", "with a gift", "gift today", "ask for your support",
	"independent media", // the exiled newsrooms' "... an independent media outlet ..."
	"patreon",           // Colombia Reports' "... Support our work on Patreon ..."
	// Report for America's note under its corps members' stories: "Your
	// donation to match our RFA grant helps keep her writing stories like
	// this one; please consider making a tax-deductible gift of any amount"
	"tax-deductible", "tax deductible", "gift of any amount",
}

// ruleDonation removes donation and subscription appeals: a banner ("Support The
// Moscow Times!"), a multi-paragraph appeal from its opening ("A Message from
// X:", "Dear readers,") to its last button crumb, or a single paragraph that asks
// readers for money in several ways.
func ruleDonation(d *doc) {
	for i := 0; i < len(d.blocks); i++ {
		b := d.blocks[i]
		if !b.kept() {
			continue
		}
		k := b.k
		// Banner: "Support The Moscow Times!", "Support independent journalism".
		// Ukrainska Pravda's "Journalists fight on their own frontline.
		// Support Ukrainska Pravda or become our patron!": the banner's
		// call after a slogan.
		// "Support and testing" is a section's heading: a conjunction, not
		// the name of what to support, follows the word.
		_, call, slogan := strings.Cut(k, ". support ")
		if (b.nw <= 8 && (strings.HasPrefix(k, "support ") && !hasPrefixAny(k, "support and ", "support & ") || strings.HasPrefix(k, "donate") ||
			strings.HasPrefix(k, "please support") || strings.HasPrefix(k, "help us") || hasPrefixAny(k, "підтримайте ", "поддержите ")) ||
			slogan && b.nw <= 20 && !strings.Contains(call, ". ") && strings.HasSuffix(b.text, "!")) &&
			!endsWithPeriod(b.text) {
			// A banner that opens an appeal ("Help us keep reporting")
			// takes the appeal's paragraphs under it with it.
			end := i
			// "Support PREMIUM TIMES' journalism of integrity and
			// credibility" over "At Premium Times, we firmly believe
			// ...": a banner asking support for journalism opens one.
			if isAppealStart(k, b.nw) || strings.Contains(k, "journalism") {
				end = appealEnd(d, i)
			} else {
				end = d.bannerBox(i)
			}
			removeAppeal(d, i, end)
			i = end
			continue
		}
		// A quote or a report of what someone said or wrote opens no
		// appeal: "“Help us, we have nothing left ...,” said Olena",
		// "“Join us in defending Europe’s skies ...,” Zelensky told ...".
		if isAppealStart(k, b.nw) && !reportsSpeech(b) && !hasQuote(b.text) && !b.has(" wrote") {
			end := appealEnd(d, i)
			if end > i || appealScore(b) >= 2 {
				removeAppeal(d, i, end)
				i = end
				continue
			}
			if n := d.sponsorMessage(i); n > i {
				d.remove(i, ReasonAd)
				d.remove(n, ReasonAd)
				i = n
				continue
			}
		}
		// A short paragraph closing on a call to act today ("... Become a
		// Free Press subscriber today.", "... Help us by joining CJR
		// today.", "Join today.", "Sign up now!"): the site's pitch, and
		// the button under it.
		// and a pitch in another language (foreignPitch).
		if (b.nw <= 45 && callToAct(b.text) || b.nw >= 4 && b.nw <= 35 && foreignPitch(b)) && !reportsSpeech(b) && !hasQuote(b.text) {
			end := i
			if n := end + 1; n < len(d.blocks) && d.blocks[n].kept() && d.blocks[n].nw <= 4 && hasPrefixAny(d.blocks[n].low, "join ", "become ", "subscribe", "donate", "support ") {
				end = n // its button: "Join Slate Plus"
			}
			removeAppeal(d, i, end)
			i = end
			continue
		}
		// A paragraph that reports speech ("... said:") is news about
		// funding, not an appeal.
		// An appeal in the paper's third person asks in more ways: "Safeguard
		// press freedom in Hong Kong, support independent local media —
		// make a tax-deductible one-off or monthly contribution to Hong
		// Kong Free Press today. With your help, HKFP can ...".
		if b.nw <= 250 && b.has("you") && b.hasAny(" you", "your ") && !reportsSpeech(b) &&
			(weMatcher.anyIn(b) && appealScore(b) >= 3 || b.nw <= 80 && appealScore(b) >= 4) {
			d.remove(i, ReasonDonation)
		}
	}
	appealHeadings(d)
}

// appealHeadings removes the short heading right over an appeal below the
// article's first paragraph: its title, National Review's "Something to
// Consider", Inside Climate News' "About This Story"; a longer one, of
// eight words at most, when it asks for help (appealTitle): the ICRC's
// "Help people affected by armed conflict".
func appealHeadings(d *doc) {
	f := d.firstProse()
	if f < 0 {
		return
	}
	for i := f + 1; i < len(d.blocks); i++ {
		if d.blocks[i].removed != ReasonDonation {
			continue
		}
		p := i - 1
		for p > f && d.blocks[p].removed == ReasonEmpty {
			p--
		}
		if h := d.blocks[p]; p > f && h.kept() && h.kind == "heading" && (h.nw <= 4 || h.nw <= 8 && appealTitle(h.low)) && !endsSentence(h.text) && !strings.HasSuffix(h.text, ":") {
			d.remove(p, ReasonDonation)
		}
	}
}

// appealTitle reports whether a lower-cased heading asks the reader for
// help, as an appeal's title does: "Help people affected by ...",
// "Support independent journalism", "Stand with ...".
func appealTitle(low string) bool {
	return hasPrefixAny(low, "help ", "support ", "donate ", "give ", "stand with ")
}

// sponsorMessage returns the paragraph of a sponsor's message under its
// label at block i, "A message from Northbridge Energy:" (Punchbowl News'),
// a name other than the site's; or -1.
func (d *doc) sponsorMessage(i int) int {
	b := d.blocks[i]
	name, ok := strings.CutPrefix(strings.TrimSuffix(b.text, ":"), "A message from ")
	if !ok || !strings.HasSuffix(b.text, ":") || b.nw > 8 || !startsUpper(name) {
		return -1
	}
	site := d.site
	if site == "" && len(d.blocks) > 0 && d.blocks[0].kind == "title" {
		site = d.firstLineSite()
	}
	if site == "" || strings.EqualFold(strings.TrimPrefix(name, "The "), strings.TrimPrefix(site, "The ")) {
		return -1
	}
	n := nextLine(d, i)
	if n < 0 || d.blocks[n].kind != "paragraph" || d.blocks[n].nw > 60 || hasQuote(d.blocks[n].text) {
		return -1
	}
	return n
}

// callToAct reports whether text's last sentence, ten words at most, asks
// the reader to join, subscribe, give or sign up today or now.
func callToAct(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") {
		return false
	}
	t = t[:len(t)-1]
	if k := strings.LastIndexAny(t, ".!?"); k >= 0 {
		t = t[k+1:]
	}
	if !holdsASCIIFold(t, "now") && !holdsASCIIFold(t, "today") {
		return false // (the call ends on either word, below: most sentences hold neither)
	}
	lt := lower(strings.TrimSpace(t))
	// The Ferret's "Join now to support our work.": the call's purpose
	// after its "now".
	for _, when := range []string{" now to ", " today to "} {
		if k := strings.Index(lt, when); k > 0 && words(lt) <= 10 {
			lt = lt[:k+len(when)-len(" to ")]
			break
		}
	}
	if words(lt) > 10 || !strings.HasSuffix(lt, " today") && !strings.HasSuffix(lt, " now") && lt != "today" {
		return false
	}
	return hasPrefixAny(lt, "become a ", "become an ", "join ", "subscribe", "donate", "support ", "help us ", "give ", "make a gift", "sign up", "chip in")
}

// removeAppeal removes the appeal of blocks i to end: its crumbs ("Donate
// now") with their own reason, the rest as a donation appeal.
func removeAppeal(d *doc, i, end int) {
	for j := i; j <= end; j++ {
		reason := ReasonDonation
		if j > i {
			if r := crumbReason(d.blocks[j]); r != "" {
				reason = r
			}
		}
		d.remove(j, reason)
	}
}

// reportsSpeech reports whether a lower-cased paragraph reports what someone
// said.
//
//go:noinline
func reportsSpeech(b *block) bool { return speechWords.anyIn(b) }

// speechWords are what reportsSpeech looks for, in one pass over the line.
var speechWords = matcherOf(" said| says| told |said:|according to")

func endsWithPeriod(s string) bool { return strings.HasSuffix(strings.TrimSpace(s), ".") }

// isAppealStart reports whether a block opens an appeal.
func isAppealStart(k string, nw int) bool {
	if nw > 60 {
		return false
	}
	if strings.IndexByte(k, 0xe2) >= 0 && strings.Contains(k, "’") { // "’" is E2 80 99
		k = strings.ReplaceAll(k, "’", "'") // "You’ve read 8 articles"
	}
	for _, hey := range []string{"hey, ", "hi, ", "hello, ", "hey there, "} {
		k = strings.TrimPrefix(k, hey) // "Hey, thank you for reading. We're ..."
	}
	for _, p := range appealStartIndex.of(k) {
		if strings.HasPrefix(k, p) {
			if strings.HasPrefix(p, "a message from") || strings.HasPrefix(p, "a note from") {
				return nw <= 10
			}
			return true
		}
	}
	return false
}

// appealScore counts the distinct appeal cues in a lower-cased text.
//
//go:noinline
func appealScore(b *block) int { return bits.OnesCount64(appealMatcher.maskIn(b, false)) }

var (
	appealMatcher = newMatcher(appealCues...)
	// weMatcher finds the publication speaking of itself: "we", "our",
	// or in the third person, "its members" ("The Basin Report is free
	// to read and supported by its members.").
	weMatcher       = matcherOf(" we |we're| our | us | us.| us,|we | its members| its readers| its subscribers")
	personalMatcher = matcherOf(" we | we're| our | us | us.| us,| you | you.| your | you're|thank you|we,")
)

// appealEnd returns the index of the last block of the appeal opened at i: the
// appeal runs over following blocks that read as appeal (first or second person
// asking for support) or as crumbs, and must contain appeal cues; if it contains
// none, appealEnd returns i.
func appealEnd(d *doc, i int) int {
	end, cues := i, appealScore(d.blocks[i])
	for j := i + 1; j < len(d.blocks); j++ {
		b := d.blocks[j]
		if !b.kept() {
			if b.removed == ReasonCrumb || b.removed == ReasonDonation || b.removed == ReasonAd {
				end = j
				continue
			}
			if !strings.ContainsFunc(b.text, unicode.IsLetter) {
				// A line without a letter an earlier rule took away
				// ("#") ends nothing: the cleaning of the rendering,
				// where it is gone, reads the appeal on past it
				// (FuzzClean).
				continue
			}
			if b.nw <= 2 && strings.HasPrefix(b.text, "#") && (b.removed == ReasonMetadata || b.removed == ReasonTags) {
				// Nor does a hashtag's stub the metadata rule took away
				// ("#A") between the opening and the appeal's text
				// ("Dear reader" / "#A" / "$5 keeps us going"; "#A 0"
				// with a figure, FuzzClean in session 32): gone
				// from the rendering, it is not there to end the appeal
				// when that is cleaned (FuzzClean).
				continue
			}
			if trailingShort(d, j) {
				// Nor does a line taken away among the short lines
				// at the end ("#A", a hashtag's stub, over "$5").
				return trailingAppealEnd(d, i, j, cues)
			}
			break
		}
		if reportsSpeech(b) {
			break // the article going on: "Support for the plan has grown, according to a poll"
		}
		cues += appealScore(b)
		if crumbReason(b) != "" || isAppealStart(b.k, b.nw) {
			end = j
			continue
		}
		if trailingShort(d, j) {
			return trailingAppealEnd(d, i, j, cues)
		}
		if !strings.ContainsFunc(b.text, unicode.IsLetter) {
			// A stray figure ("0") is no line of text: the appeal goes on
			// past it, as a cleaning of the rendering sees it once later
			// rules took it away (FuzzClean).
			continue
		}
		// A stray short line right under the appeal's opening ("AA0", a
		// button's label) over the appeal's text: the appeal goes on past
		// it, as a cleaning of the rendering, where later rules took the
		// line away, sees it go on (FuzzClean).
		if n := j + 1; j == i+1 && b.nw <= 3 && !endsSentence(b.text) && n < len(d.blocks) && d.blocks[n].kept() &&
			d.blocks[n].nw <= 80 && personalMatcher.maskIn(d.blocks[n], true) != 0 && appealScore(d.blocks[n]) >= 1 {
			cues += appealScore(d.blocks[n])
			end = n
			j = n
			continue
		}
		if b.kind == "heading" && appealScore(b) == 0 {
			break
		}
		personal := personalMatcher.maskIn(b, true) != 0
		if !personal {
			// The paper in the third person between two paragraphs of
			// the appeal: "Unlike many others, the Daily Courant has no
			// shareholders ..." before "Support the Daily Courant from
			// as little as £1 ...".
			// Right under the opening, one cue will do: ThePrint's
			// "Support Our Journalism" / "India needs fair ...
			// journalism ... ThePrint ... is doing just that." /
			// "Sustaining this needs support from wonderful readers
			// like you."
			if n := j + 1; b.nw <= 60 && n < len(d.blocks) && d.blocks[n].kept() && d.blocks[n].nw <= 80 &&
				personalMatcher.maskIn(d.blocks[n], true) != 0 && (appealScore(d.blocks[n]) >= 2 || j == i+1 && appealScore(d.blocks[n]) >= 1) {
				cues += appealScore(d.blocks[n])
				end = n
				j = n
				continue
			}
			// The paper in the third person right under the opening,
			// then its button: "Your support helps us to tell the
			// story" / "From reproductive rights to climate change ...,
			// The Independent is on the ground ..." / "Support Now".
			if n := j + 1; j == i+1 && b.nw <= 60 && n < len(d.blocks) && donateButtons[d.blocks[n].k] {
				end = n
				j = n
				continue
			}
			// The ask for a donation right under the appeal's
			// paragraphs, in the third person, closes it: "For those
			// who can, a donation would be greatly appreciated. Donate",
			// MPR News' "Donate today. A gift of $17 makes a difference."
			if end == j-1 && b.nw <= 40 && (b.has("donation") || strings.HasPrefix(b.k, "donate ")) {
				end = j
			}
			break
		}
		end = j
	}
	// The site's button right under it asks for the money: HuffPost's
	// "Help us tell more of the stories that matter" / "... from voices
	// that too often aren't heard." / "Support HuffPost".
	if n := end + 1; n < len(d.blocks) && supportButton(d.blocks[n]) {
		cues++
	}
	if cues == 0 {
		return i
	}
	return end
}

// trailingAppealEnd ends the appeal opened at i whose blocks j.. are the
// short lines at the end (trailingShort): button crumbs to the end of the
// article, when something there or above asks for money (cues counts the
// appeal's cues above j); "Dear reader" over a few short lines is not an
// appeal by itself.
func trailingAppealEnd(d *doc, i, j, cues int) int {
	if supportButton(d.blocks[j]) {
		cues++
	}
	for k := j + 1; k < len(d.blocks); k++ {
		if d.blocks[k].kept() {
			cues += appealScore(d.blocks[k])
		}
	}
	if cues == 0 {
		return i
	}
	return len(d.blocks) - 1
}

// supportButton reports whether b is a button asking support for the site
// by its name: "Support HuffPost".
func supportButton(b *block) bool {
	return b.nw <= 3 && strings.HasPrefix(b.k, "support ")
}

// trailingShort reports whether blocks j.. are all short lines (buttons and
// crumbs) running to the end of the document, lines without a letter aside.
func trailingShort(d *doc, j int) bool {
	n, kept := 0, false
	for ; j < len(d.blocks); j++ {
		b := d.blocks[j]
		if !b.kept() {
			continue
		}
		kept = true
		if !strings.ContainsFunc(b.text, unicode.IsLetter) || crumbReason(b) != "" {
			// Amounts and stray figures ("$5", "0") are no line of
			// text, and buttons ("Continue") are the crumbs counted
			// for: the count does not hang on whether a later rule
			// takes them away (cleaning the rendering again would
			// count fewer).
			continue
		}
		n++
		if b.nw > 8 || n > 8 {
			return false
		}
	}
	return kept
}

// holdsASCIIFold reports whether s holds w, a word of lower-case ASCII
// letters, in any case of its letters: whether lower(s) holds w, without
// lowering s (lower makes no ASCII letter of another byte).
func holdsASCIIFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
