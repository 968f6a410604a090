package clean

import (
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// ruleCaption removes photo captions and credits: credit-only lines ("Photo:
// AP", "(Getty Images)", "Image source, Reuters"), captions ending in an agency
// credit ("... | Yonhap via REUTERS", "(AP Photo/Ahn Young-joon)"), caption
// labels ("Image caption, ...", "FILE PHOTO: ..."), and the stray image title
// that sits on the line right before a caption.
func ruleCaption(d *doc) {
	afterMarker := false // the previous kept block was an image's button
	afterLabel := false  // ... a bare label: "Image:"
	for i, b := range d.blocks {
		if !b.kept() {
			if b.removed == ReasonCredit && imageLabels[b.k] {
				afterMarker, afterLabel = true, true
			}
			// (a credit an earlier rule read as the byline's: The Times' "ALAMY")
			if b.removed == ReasonCredit || b.removed == ReasonMetadata && b.nw <= 6 && parse.IsCredit(b.text) {
				d.captionOverCreditLabel(i)
			}
			continue
		}
		lw := b.low
		if imageMarkers[b.k] {
			// "Enlarge this image": the caption follows, with its credit.
			d.remove(i, ReasonCaption)
			afterMarker = true
			continue
		}
		if afterMarker {
			afterMarker = false
			if afterLabel {
				// Sky News' "Image:" alone over the caption.
				afterLabel = false
				if b.nw <= 40 && !b.credit {
					d.remove(i, ReasonCaption)
					continue
				}
			}
			// NPR's "Enlarge this image" / caption / "Scott Olson/Getty
			// Images": the caption between the button and its credit.
			creditNext := i+1 < len(d.blocks) && d.blocks[i+1].nw <= 10 && parse.IsCredit(strings.Trim(d.blocks[i+1].text, "()[] "))
			if b.credit && b.nw <= 60 || hasPrefixAny(lw, "toggle caption", "hide caption") || creditNext && b.nw <= 40 {
				d.remove(i, ReasonCaption)
				continue
			}
		}
		switch {
		case b.nw <= 6 && i > 0 && d.blocks[i-1].kept() && d.blocks[i-1].kind == "paragraph" && d.blocks[i-1].nw <= 30 && (parse.NameSlashPaper(b.text) || outletSlashCaps(b.text)):
			// Hearst's caption over its photographer and the paper ("A
			// vacant office building on Montgomery Street." / "Lea
			// Suzuki/The Chronicle"), Kompas' over the site and its
			// photographer ("KOMPAS.com/BUDI SANTOSO").
			d.remove(i, ReasonCredit)
			d.remove(i-1, ReasonCaption)
		case d.ownSlashCredit(b):
			// Quanta's "Kristina Armitage/Quanta Magazine": the site's
			// own picture, credited under the standfirst.
			d.remove(i, ReasonCredit)
			d.captionOverCreditLabel(i)
			// BenarNews' "A woman walks ... in Demak, Central Java, Nov.
			// 20, 2026." over "[Dita Alangkara/BenarNews]": the lead
			// picture's caption, closing on its date as agencies' do.
			if p := i - 1; p > 0 && d.blocks[p].kept() && d.blocks[p].kind == "paragraph" && d.blocks[p].nw <= 40 && datedCaption(d.blocks[p].text) && d.leadCaption(p) {
				d.remove(p, ReasonCaption)
			}
		case b.nw <= 4 && i > 0 && d.ownPaperCredit(i):
			// The Japan News' "The Yomiuri Shimbun" under its lead
			// picture's caption: the paper credits its own picture.
			d.remove(i, ReasonCredit)
			d.remove(i-1, ReasonCaption)
		case b.nw <= 4 && d.firstKept(i) && parse.IsCredit(strings.Trim(b.text, "()[] ")) && !b.credit:
			// A credit's shape atop the page, no picture above it: the
			// site's masthead ("NK News" over the headline).
			d.remove(i, boiler.ReasonHeader)
		case (b.nw <= 10 || b.nw <= 16 && parse.IsCredit(b.text)) && (parse.IsCredit(strings.Trim(b.text, "()[] ")) || keptCredit(b) || strings.HasPrefix(b.text, "(") && parse.PictureCredit(b.text) || creditLabelIndex.any(lw)):
			d.remove(i, ReasonCredit)
			d.captionOverCreditLabel(i)
			d.captionUnderCredit(i)
			if imageLabels[b.k] {
				afterMarker, afterLabel = true, true
			}
		case b.nw <= 80 && (b.has("credit...") || b.has("credit…") || b.has(".credit:") || b.has(" - credit: ")) || b.nw <= 40 && photoTail(b.low, b.pairs()):
			// (and NL Times' "... the Port of Rotterdam - Credit:
			// Depositphotos", OC Media's "Protesters in Vake Park.
			// Photo: Mariam Nikuradze/OC Media.")
			// and Haaretz's "The Knesset plenum in Jerusalem, last
			// month.Credit: Olivier Fitoussi"
			// The New York Times' caption, its credit glued on: "A dry
			// riverbed near Petorca, in 2024.Credit...Jane Doe for The Times"
			d.remove(i, ReasonCaption)
		// and the AP's "FILE - People wade through floodwaters in Beira,
		// Mozambique, Jan. 20, 2025."
		case (captionLabelIndex.any(lw) ||
			galleryCounter(lw) || b.nw <= 3 && isCounter(lw) || b.nw <= 8 && strings.HasSuffix(lw, " cover art")) && b.nw <= 80:
			// (and Pitchfork's "Fields of Static Cover Art", an album's
			// sleeve; the Asahi Shimbun's "Photo/Illutration Foreign
			// tourists crowd ...", its label so spelt)
			d.remove(i, ReasonCaption)
			// BLOX's gallery: "1 of 2" / the picture's caption / "Buy
			// Now" (a print of it). (A gallery's captions without the
			// button are its story: Dragnet labels a White House
			// gallery's so.)
			if n := d.nextNonEmpty(i); b.nw <= 3 && isCounter(lw) && n > 0 && d.blocks[n].kept() && d.blocks[n].nw <= 40 {
				if m := d.nextNonEmpty(n); m > 0 && d.blocks[m].k == "buy now" {
					d.remove(n, ReasonCaption)
				}
			}
			// BBC Sport's "Image caption," alone, the caption on the
			// next line.
			if n := i + 1; b.nw == 2 && n < len(d.blocks) && d.blocks[n].kept() && d.blocks[n].nw <= 40 && hasPrefixAny(lw, "image caption", "media caption", "photo caption") {
				d.remove(n, ReasonCaption)
			}
		case b.kind == "paragraph" && b.nw >= 4 && b.nw <= 30 && datedCaption(b.text) && d.leadCaption(i) && d.datelineNext(i):
			// The lead picture's caption closing on its date, no credit,
			// right over the story's dateline: Khaosod English's "Traffic
			// on Sathorn Road on Dec. 3, 2026." over "BANGKOK — City Hall
			// will ...". A lede does not stand over its own dateline.
			d.remove(i, ReasonCaption)
		case b.nw <= 80 && fileCaption(lw):
			// The agencies' "... arrives at the awards in this June 3,
			// 2026, file photo.": a caption however long its story.
			d.remove(i, ReasonCaption)
		case b.nw <= 25 && d.videoCaption(i):
			d.remove(i, ReasonCaption)
		case b.nw <= 12 && illustrationNote(b) && !hasQuote(b.text) && !reportsSpeech(b):
			// The note under a stock picture: the Arab Times' "This photo
			// is for illustration purpose only.", India's "(Representational
			// image)".
			d.remove(i, ReasonCaption)
		case isCaption(b) || d.agencyCaption(i) || d.dashAgencyCaption(i) || d.namesCreditCaption(i) || d.nameCreditCaption(i) || d.slashCreditCaption(i) || d.ownTailCaption(i) || d.bulletCreditCaption(i) || d.barNameCaption(i) || d.sourceTailCaption(i):
			d.remove(i, ReasonCaption)
			// A stray image title on the line before the caption.
			if p := i - 1; p >= 0 && d.blocks[p].kept() && d.blocks[p].group == b.group &&
				d.blocks[p].nw <= 8 && !endsSentence(d.blocks[p].text) && d.blocks[p].kind != "title" && !d.deckUnderHeadline(p) && !d.headlineOverCaption(p) &&
				!d.titleEchoed(p) && !d.onlyLabelsAbove(p) { // the Japan Times' headline over its lead picture's caption
				d.remove(p, ReasonCaption)
			}
		}
	}
}

// fileCaption reports whether a lower-cased line points at its picture as
// an agency's caption does: "in this" and, within six words, "file photo"
// (picture, image, photograph): "in this undated file photo", "in this
// Sept. 30, 2026 file photo".
func fileCaption(low string) bool {
	k := index(low, "in this ")
	if k < 0 || k > 0 && isWordChar(low[k-1]) {
		return false
	}
	rest := strings.Fields(low[k+len("in this "):])
	for j := 0; j+1 < len(rest) && j <= 6; j++ {
		if rest[j] == "file" {
			w := strings.TrimRight(rest[j+1], ".,;:)")
			return w == "photo" || w == "picture" || w == "image" || w == "photograph"
		}
	}
	return false
}

// outletSlashCaps reports whether s is an outlet and its photographer
// joined by a slash (parse.OutletSlashName), the photographer in capitals
// as Kompas spells them ("KOMPAS.com/BUDI SANTOSO"); not a headline naming
// an address ("Google.com/Weddings Sweepstakes Winner") nor two agencies
// ("AFP/Getty Images", which the caption rules read on).
func outletSlashCaps(s string) bool {
	_, name, _ := strings.Cut(s, "/")
	return parse.OutletSlashName(s) && !strings.ContainsFunc(name, unicode.IsLower) && !agencyCredit(lower(name))
}

// photoTail reports whether a lower-cased line closes on its picture's
// photographer and outlet after a full stop or a slash: "... Photo: Mariam
// Nikuradze/OC Media.", LRT's "... / Photo: Ž. Gedvilas/BNS", Mongabay's
// "... in Nusantara. Image by Hans Nicholas Jong/Mongabay."; ps holds its
// pairs of bytes (see holds), or is nil.
func photoTail(low string, ps *pairSet) bool {
	for _, label := range photoTailLabels {
		if !holds(low, ps, label) {
			continue // most lines: the pairs of bytes, or Index's fast scan, not LastIndex's byte by byte
		}
		k := strings.LastIndex(low, label)
		if k <= 0 {
			continue
		}
		t := low[k+len(label):]
		if (low[k-1] == '.' || low[k-1] == '/') && strings.Count(t, " ") <= 5 && strings.Contains(t, "/") {
			return true
		}
		if dashAfterSentence(low[:k]) && strings.Count(t, " ") <= 3 && !strings.ContainsAny(t, ".!?,;") {
			return true // the Cayman Compass' "... will be installed. – Photo: Alvaro Serey"
		}
	}
	return false
}

// dashAfterSentence reports whether s closes on a sentence's end and a
// dash set apart ("... will be installed. –"), as a caption runs on to
// its credit.
func dashAfterSentence(s string) bool {
	for _, dash := range []string{" –", " —", " -"} {
		if t, ok := strings.CutSuffix(s, dash); ok {
			return endsSentence(t)
		}
	}
	return false
}

// photoTailLabels label a picture's credit closing its caption (photoTail).
var photoTailLabels = []string{" photo: ", " image by ", " photo by ", " photograph by "}

// creditLabelIndex holds the labels that open a picture's credit line,
// by their first byte (see ruleCaption).
var creditLabelIndex = indexPrefixes(strings.Split("image source|image credit|photo credit|picture credit|photo:|photos:|photograph:|credit:|credits:|pictured:|"+
	"file photo|file picture|photo by |image by |photograph by |illustration by |illustration:", "|"))

// captionLabelIndex holds the labels that open a caption, by their first
// byte (see ruleCaption).
var captionLabelIndex = indexPrefixes(strings.Split("image caption|media caption|video caption|caption:|file photo:|photo caption|file - |file – |file — |photo/illu|"+
	"banner image:|main image:|top image:|header image:|featured image:|lead image:", "|")) // Mongabay's "Banner image: ..."

// galleryCounter reports whether a lower-cased block opens with a gallery's
// counter: "image 3 of 12: ...", "photo 2/10 ...", "slide 1 of 5", and
// Reuters' "item 1 of 2 ..." and "[1/2]...".
func galleryCounter(lw string) bool {
	for _, p := range []string{"image ", "photo ", "picture ", "slide ", "item ", "["} {
		if rest, ok := strings.CutPrefix(lw, p); ok {
			return isCounter(rest)
		}
	}
	return false
}

// isCounter reports whether s opens with "N of M" or "N/M" (M a whole
// number, no letter glued to it): a bare "1 of 5" line is a gallery's
// counter.
func isCounter(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	rest := s[n:]
	switch {
	case strings.HasPrefix(rest, " of "):
		rest = rest[4:]
	case strings.HasPrefix(rest, "/"):
		rest = rest[1:]
	default:
		return false
	}
	m := 0
	for m < len(rest) && rest[m] >= '0' && rest[m] <= '9' {
		m++
	}
	// The total is a whole number: "1/12", not "1/12a".
	return m > 0 && (m == len(rest) || !unicode.IsLetter(rune(rest[m])))
}

// imageLabels are a credit's label left alone on its line ("Image:"), the
// caption under it.
var imageLabels = phrases("image|photo|picture|photograph")

// imageMarkers are the buttons a scraped image leaves in the text.
var imageMarkers = phrases("enlarge this image|toggle caption|hide caption|show caption|itoggle caption|expand image|" +
	"view image|open image|enlarge image|view larger image|click to enlarge|view gallery|" +
	"view slideshow|open gallery|expand gallery|open this photo in gallery")

// illustrationNote reports whether a block's line says its picture only
// illustrates the story.
func illustrationNote(b *block) bool {
	return b.hasAny("for illustration purpose", "for illustrative purpose", "representational image", "representative image",
		"representational photo", "representative photo", "image for representation", "photo for representation")
}

// isCaption reports whether a block is a photo caption: a short text ending in
// a " | Agency", "(AP Photo/...)" or "[File: Reuters]"-style credit, or one that parse found a
// glued credit on and that is no longer than a caption.
func isCaption(b *block) bool {
	if !b.credit || b.nw > 60 {
		return false
	}
	var credit string
	for _, s := range b.segs {
		if s.Removed == ReasonCredit {
			credit = strings.TrimSpace(s.Text)
		}
	}
	if strings.HasPrefix(credit, "|") {
		return true
	}
	if !strings.Contains(credit, " —") && !strings.Contains(credit, "— ") {
		credit = strings.ReplaceAll(credit, "—", "/") // Time's "Scott Olson—Getty Images"
	}
	if b.nw <= 40 && strings.Contains(credit, "/") && !strings.Contains(credit, " / ") && namesOnly(strings.ReplaceAll(credit, "/", " ")) &&
		!strings.HasPrefix(credit, "Credit") && datelineEnd(b.text) < 0 {
		// The Boston Globe's and The Globe and Mail's "A Green Line
		// train at Cleveland Circle.David L. Ryan/Globe Staff": the
		// photographer and the outlet after the caption's full stop.
		// A wire story's lede with a picture's credit glued to it
		// ("VALENCIA, Spain (AP) — ... said. Manu Fernandez/AP") stays.
		// (The New York Times' "... in Queens.CreditChang W. Lee/The New
		// York Times", which its labels keep, is left as it was.)
		return true
	}
	lc := lower(credit)
	if (hasPrefixAny(lc, "photograph:", "photographer:", "photo:", "photo credit:", "image credit:", "picture credit:", "photo by:", "image by:", "фото:", "foto:", "image:", "picture:", "photos:", "credit:", "photo by ", "photograph by ", "image by ", "file image", "file photo") || strings.HasSuffix(lc, "/file")) && b.nw <= 40 {
		// and CalMatters' "... in Sacramento on Nov. 12, 2026." over
		// "Photo by Fred Greaves for CalMatters", which parse glues on;
		// Firstpost's "... in Colombo. File image/Reuters", The News'
		// "... in Swat. — Online/File": an old picture's.
		return true
	}
	if strings.Contains(credit, " / ") && namesOnly(strings.Trim(credit, "()")) && !hasAny(lc, "log out", "log in", "change") &&
		(strings.HasPrefix(credit, "(") || b.nw <= 30) {
		// "(State Emergency Service / Telegram)": a source and where it
		// posted; "The Bank of Russia headquarters in Moscow. Sergei
		// Kiselyov / Moskva News Agency": a photographer and the agency.
		return true
	}
	if strings.HasPrefix(credit, "(") && strings.Contains(credit, "/") && namesOnly(strings.NewReplacer("/", " ", "(", "", ")", "").Replace(credit)) {
		return true // "(Kent Nishimura/Bloomberg News)"
	}
	if strings.HasPrefix(credit, "(") && hasPrefixAny(lc[1:], "photo", "picture", "pic:", "image", "credit", "foto", "kuva", "bild") && b.nw <= 40 {
		// the Metro's "(Picture: Daniel Hughes/SWNS)", "(Photo: Frontex)";
		// Corriere's "(foto Ansa)", Hürriyet's "(Fotoğraf: DHA)"
		return true
	}
	if k := strings.LastIndex(credit, ", "); k > 0 && b.nw <= 40 && strings.Contains(credit[k:], ".") && !strings.Contains(credit[k+2:], " ") {
		return true // cleveland.com's "... since 2019.John Kuntz, cleveland.com"
	}
	if strings.Contains(credit, "@") && b.nw <= 40 {
		return true // McClatchy's "... in June. MATIAS J. OCNER mocner@miamiherald.com"
	}
	if givenPicture[lc] && b.nw <= 40 {
		return true // "The children's corner before the flood. Supplied"
	}
	if (strings.HasPrefix(credit, "©") || strings.HasPrefix(credit, "- Copyright ")) && b.nw <= 40 {
		return true // "... on December 2, 2026. © Thomas Samson, AFP", "... - Copyright AFP Andreas SOLARO"
	}
	if strings.HasPrefix(lc, "source:") && b.nw <= 40 && hasPrefixAny(b.low, "satellite image", "satellite imagery", "image ", "photo ", "screenshot", "map ") {
		return true // Bellingcat's "Satellite image of the grain terminal on October 11. Source: Planet Labs PBC"
	}
	if strings.HasPrefix(credit, "(") && b.nw <= 40 && parse.NameForOutlet(strings.Trim(credit, "()")) {
		return true // The 19th's "(Alana Ruiz for The 19th)"
	}
	if strings.HasPrefix(credit, "(") && strings.Contains(credit, ": ") && parse.OutletColonName(strings.Trim(credit, "()")) {
		return true // "(ABC News: Keana Naughton)"
	}
	if parse.PictureCredit(credit) {
		return true // "... in Sepang. — Filepic", "(Express Photo)", "PHOTO | FILE"
	}
	if (strings.HasPrefix(credit, "[") || strings.HasPrefix(credit, "(")) && strings.Contains(credit, " | ") && b.nw <= 40 {
		// the Tampa Bay Times' "... on Tuesday. [ DIRK SHADD | Times ]",
		// The Salt Lake Tribune's "(Francisco Kjolseth | The Salt Lake
		// Tribune)", The New Indian Express's "(Photo | Express)"
		return true
	}
	if strings.HasPrefix(credit, "[") && !strings.ContainsAny(credit, " :/") {
		// a label: "... Magazine! [Photos]"; not an agency: "... on
		// Monday. [YONHAP]", the JoongAng Daily's "[NEWS1]"
		return agencyCredit(strings.Trim(lc, "[]"))
	}
	if strings.HasPrefix(credit, "/") && b.nw <= 40 {
		return true // "... Shandong Province, Dec. 2, 2026. /VCG Photo"
	}
	if b.nw <= 40 && pictureSourceOnly(lc) {
		return true // "Elvira Nabiullina, head of the Central Bank. Kremlin.ru"
	}
	// and Euractiv's "[Lars Eriksson/Shutterstock]": a picture library.
	return (strings.HasPrefix(credit, "(") || strings.HasPrefix(credit, "[")) &&
		hasAny(lc, "photo", "getty", "reuters", "afp", "epa", "yonhap", "kcna", "file", "shutterstock", "alamy", "istock", "imago", "unsplash", "screenshot", "screen grab")
}

// agencyCaption reports whether block i is a caption closing on a national
// news agency's acronym in parentheses (Arab News' "Pilgrims walk around
// the Kaaba at the Grand Mosque in Makkah. (SPA)"): thirty words at most,
// a longer paragraph of prose under it, no more than short lines between. The acronym after a wire's last paragraph
// ("... in Guruvayur. (ANI)") signs it off, and no longer one follows.
func (d *doc) agencyCaption(i int) bool {
	b := d.blocks[i]
	if !b.credit || b.nw > 30 {
		return false
	}
	credit := ""
	for _, s := range b.segs {
		if s.Removed == ReasonCredit {
			credit = strings.TrimSpace(s.Text)
		}
	}
	if !strings.HasPrefix(credit, "(") || !parse.NationalAgency(strings.Trim(credit, "()")) {
		return false
	}
	return d.proseUnder(i)
}

// dashAgencyCaption reports whether block i is the lead picture's caption
// closing on a dash and an agency, as Pakistan's papers credit their
// pictures (Geo News' "Prime Minister Shehbaz Sharif chairs a meeting in
// Islamabad on December 2, 2026. — APP"): a sentence, the dash, the
// agency alone; no prose of the story above it (leadCaption), a longer
// paragraph of prose under it. The same dash and agency after a story's
// last paragraph sign a wire's copy off ("... — PTI").
func (d *doc) dashAgencyCaption(i int) bool {
	b := d.blocks[i]
	if b.nw > 30 || b.kind == "title" {
		return false
	}
	k := -1 // both dashes start "\xe2\x80"; LastIndexAny would decode every rune
	if strings.Contains(b.text, "\xe2\x80") {
		k = max(strings.LastIndex(b.text, "—"), strings.LastIndex(b.text, "–"))
	}
	if k < 0 {
		return d.bareAgencyCaption(i)
	}
	agency := strings.TrimSpace(b.text[k+len("—"):]) // both dashes take three bytes
	// (or a picture given: the Saudi Gazette's "... — Courtesy photo",
	// the Kuwait Times' "... — KT photo by Yasser Al-Zayyat")
	if !givenPicture[lower(agency)] && !strings.Contains(lower(agency), "photo by ") && (words(agency) != 1 || !parse.NationalAgency(agency) && !agencyCredit(lower(agency))) || !endsSentence(b.text[:k]) {
		return false
	}
	return d.leadCaption(i) && d.proseUnder(i)
}

// namesCreditCaption reports whether block i is the lead picture's
// caption as Penske's sites print it (The Hollywood Reporter's "Dana Ruiz
// Amy Sussman/Getty Images"): who is pictured and the photographer run on
// to the agency after a slash, every word capitalised, no sentence's end;
// no prose above it, prose under it.
func (d *doc) namesCreditCaption(i int) bool {
	b := d.blocks[i]
	if b.nw < 4 || b.nw > 10 {
		return false
	}
	k := lastIndexByte(b.text, '/')
	if k < 0 || b.kind == "title" || !agencyCredit(lower(b.text[k+1:])) || !namesOnly(b.text[:k]) || endsSentence(b.text) {
		return false
	}
	return d.leadCaption(i) && d.proseUnder(i)
}

// nameCreditCaption reports whether block i is the lead picture's caption
// closing on its photographer's name after the sentence's full stop, bare
// or in parentheses, as the Phnom Penh Post ("... Por Sen Chey district.
// Heng Chivoan") and the Asahi ("... on Nov. 20. (Hanako Suzuki)") print
// it: ten words or more, two or three capitalised words after them, no
// abbreviation's stop before them ("St. Mary Church"); a headline just
// above it, no prose of the story, a longer paragraph of prose under it.
func (d *doc) nameCreditCaption(i int) bool {
	b := d.blocks[i]
	if b.kind == "title" || b.nw < 10 || b.nw > 30 || b.credit {
		return false
	}
	k := strings.LastIndex(b.text, ". ")
	var name string
	if p := strings.LastIndex(b.text, " ("); k < 0 && p > 0 && strings.HasSuffix(b.text, ")") {
		name, k = b.text[p+2:len(b.text)-1], p // the Cyprus Mail's "... after the rain (Christos Theodorides)", no stop
	} else if k < 0 {
		return false
	} else {
		name = b.text[k+2:]
		if in, ok := strings.CutPrefix(name, "("); ok {
			if name, ok = strings.CutSuffix(in, ")"); !ok {
				return false
			}
		}
	}
	before := b.text[strings.LastIndexByte(b.text[:k], ' ')+1 : k]
	if len(before) <= 3 && strings.ContainsFunc(before, unicode.IsUpper) || !isNameLine(name) || words(name) > 3 || strings.HasSuffix(name, ".") {
		return false
	}
	return d.leadCaption(i) && d.proseUnder(i) && d.headlineJustAbove(i)
}

// ownPaperCredit reports whether block i is a bare paper's name, in
// parentheses or not, that the page's copyright line names ("Copyright ©
// The Yomiuri Shimbun"), under a sentence of four to thirty words that
// stands in the article's header (a headline just above it) over the
// story's prose: the paper's credit for its own lead picture, under the
// picture's caption.
func (d *doc) ownPaperCredit(i int) bool {
	b, p := d.blocks[i], d.blocks[i-1]
	if !p.kept() || p.kind == "title" || p.nw < 4 || p.nw > 30 || !endsSentence(p.text) {
		return false // no caption's sentence above: the line's words not read
	}
	name, least := strings.Trim(b.text, "() "), 2
	if who, paper, ok := strings.Cut(name, ", "); ok && words(who) >= 2 && words(who) <= 3 && namesOnly(who) && !strings.Contains(paper, ",") {
		// BLOX's papers name the photographer first: "Dana Fields,
		// Post-Dispatch" under "... in Pine Lawn is one of two clinics
		// ...", the copyright line's "St. Louis Post-Dispatch".
		name, least = paper, 1
	}
	if !namesOnly(name) || words(name) < least {
		return false
	}
	owned := false
	for _, o := range d.blocks[i+1:] {
		if strings.Contains(o.text, "©") || strings.HasPrefix(o.low, "copyright") {
			owned = owned || strings.Contains(o.low, lower(name))
		}
	}
	return owned && d.headlineJustAbove(i-1) && d.proseUnder(i)
}

// headlineJustAbove reports whether a headline stands a few lines above
// block i with only short lines (a byline, a date) kept between: block i
// is in the article's header, where its lead picture hangs, not among the
// steps of a how-to, each under its picture.
func (d *doc) headlineJustAbove(i int) bool {
	for j, n := i-1, 0; j >= 0 && n < 4; j-- {
		b := d.blocks[j]
		if !b.kept() {
			continue
		}
		if b.nw >= 4 && !endsSentence(b.text) && headlineOver(b) {
			return true
		}
		if b.nw > 6 {
			return false
		}
		n++
	}
	return false
}

// bareAgencyCaption reports whether block i is the lead picture's caption
// closing on an agency's name alone after its full stop, as The Korea
// Times credits ("Taxis wait for passengers near Gangnam Station in Seoul,
// Nov. 28. Yonhap"), on an outlet and its photographer (Khmer Times'
// "... province. KT/Chor Sokunthea") or on a source in parentheses (Mint's
// "... last year.(Mint)"): parse cut the credit; no prose of the story
// above it, a longer paragraph of prose under it.
func (d *doc) bareAgencyCaption(i int) bool {
	b := d.blocks[i]
	if !b.credit {
		return false
	}
	credit := ""
	for _, s := range b.segs {
		if s.Removed == ReasonCredit {
			credit = strings.TrimSpace(s.Text)
		}
	}
	return (words(credit) == 1 && startsUpper(credit) && agencyCredit(lower(credit)) || parse.OutletSlashName(credit) ||
		strings.HasPrefix(credit, "(") && words(credit) <= 6) && d.leadCaption(i) && d.proseUnder(i)
}

// proseUnder reports whether the story's prose, longer than block i,
// follows it within a few lines, past the short lines a share bar or a
// byline leaves: block i stands over the article as a caption does.
func (d *doc) proseUnder(i int) bool {
	b := d.blocks[i]
	for j := i + 1; j < len(d.blocks) && j <= i+12; j++ {
		if n := d.blocks[j]; n.prose() && n.nw > b.nw {
			return true
		} else if n.kept() && n.nw > 8 {
			return false
		}
	}
	return false
}

// pictureSources are the sources of pictures that write no news: a credit
// naming only them ends a caption, not a wire story's paragraph as a bare
// "Reuters" may.
var pictureSources = phrases("kremlin.ru|mil.ru|wikimedia|commons|wikimedia commons|shutterstock|alamy|unsplash|pixabay|" +
	"flickr|istock|istockphoto|getty|getty images|imago|imago images|images|vcg|cfp|" +
	"imaginechina|nurphoto|zuma|sipa")

// pictureSourceOnly reports whether every word of a lower-cased credit names
// a source of pictures (pictureSources).
func pictureSourceOnly(lc string) bool {
	words := strings.Fields(strings.Trim(lc, "()[]. "))
	for _, w := range words {
		if !pictureSources[w] {
			return false
		}
	}
	return len(words) > 0
}

// givenPicture are the credits of a picture someone gave the paper, which
// end captions alone ("Supplied" in Australia and New Zealand).
var givenPicture = phrases("supplied|submitted|contributed|handout|supplied photo|submitted photo|contributed photo|courtesy photo")

// namesOnly reports whether every word of s is capitalised (after an
// opening parenthesis: "(CNN)"), a slash or a name's small word ("Ministry
// of Defense / Facebook").
func namesOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "/", "of", "the", "and", "for", "via", "de":
			continue
		}
		if !startsUpper(strings.TrimLeft(w, "(")) {
			return false
		}
	}
	return true
}

// captionOverCreditLabel removes the caption over credit line i when the
// line labels itself a photo's credit in parentheses, as The Jerusalem
// Post's "(photo credit: YONATAN SINDEL/FLASH90)" does under "Energy
// Minister Eli Cohen at a conference in Jerusalem, November 2026.".
//
// DW's "Image: Michael Kappeler/dpa/picture alliance" under "German
// lawmakers debated the budget for three days": a line with no sentence
// end over an "Image:" credit is its caption.
func (d *doc) captionOverCreditLabel(i int) {
	if i == 0 {
		return
	}
	p, low := d.blocks[i-1], d.blocks[i].low
	switch {
	case strings.HasPrefix(low, "(photo credit"), strings.HasPrefix(low, "photo credit:"):
		// and the Nation's "Photo credit: File | Nation Media Group"
		if p.kept() && p.kind == "paragraph" && p.nw <= 40 {
			d.remove(i-1, ReasonCaption)
		}
	case strings.HasPrefix(low, "photo:"):
		// TODAY's "Flats in Tengah under construction on Dec 1, 2026." over
		// "Photo: TODAY"; not Kun.uz's fifteen-word disclaimer over its
		// picture's credit.
		// Simple Flying's "An Airbus A340-300 taxiing at Lisbon Airport."
		// over "Photo: Sam Chui | Simple Flying": a credit naming the
		// photographer and the outlet, a bar between, is a picture's
		// wherever it stands.
		if p.kept() && p.nw <= 12 && (!endsSentence(p.text) || d.leadCaption(i-1) || barCredit(low)) && !strings.HasSuffix(p.text, ":") {
			d.remove(i-1, ReasonCaption)
		}
	case hasPrefixAny(low, "image:", "(image:", "credit:", "foto:", "kuva:", "fotoğraf:"),
		d.blocks[i].nw <= 2 && (low == "file photo" || low == "file picture"), // The Telegraph's (India) "File picture"
		hasPrefixAny(low, "(foto:", "bild:") && !d.deckUnderHeadline(i-1):
		// and the Mirror's "(Image: Yorkshire Live)" under "Sarah Jones
		// found her son's grave had been damaged", the Sun's "Credit:
		// Alamy" under "Passengers at the South Terminal on Wednesday
		// morning", and a lead picture's caption ending its sentence over
		// its credit, The Diplomat's "Construction work at the site of ...
		// in East Kalimantan, March 2026." over "Credit: Depositphotos";
		// Der Spiegel's "Andrii Sybiha in Kyiv last week" over "Foto: ...",
		// the Süddeutsche's caption over "(Foto: ...)", Yle's over "Kuva:
		// ...".
		if p.kept() && p.nw <= 20 && (!endsSentence(p.text) || d.leadCaption(i-1)) && !strings.HasSuffix(p.text, ":") {
			d.remove(i-1, ReasonCaption)
		}
	case d.blocks[i].nw <= 3 && agencyCredit(low) || strings.Contains(low, " / "):
		// A bare agency under a short sentence that stands apart from the
		// article's prose, no paragraph of it above (Forbes' share bar /
		// "Sheep graze beneath solar panels ..." / "getty"), a longer
		// paragraph under it: its caption; and over The Philippine Star's
		// paper and photographer ("The STAR / Miguel de Guzman").
		above, below := d.prevNonEmpty(i-1), d.nextKept(i)
		if p.kept() && p.kind == "paragraph" && p.nw >= 4 && p.nw <= 15 && endsSentence(p.text) &&
			(above < 0 || !d.blocks[above].prose()) && below >= 0 && d.blocks[below].kept() && d.blocks[below].nw > p.nw {
			d.remove(i-1, ReasonCaption)
		} else if p.kept() && p.kind == "paragraph" && p.nw <= 40 && strings.Contains(low, " / ") && datedCaption(p.text) && d.leadCaption(i-1) {
			// OPB's lead caption closing on the picture's date over its
			// photographer and the station ("... in Portland, Ore., Nov.
			// 20, 2026." / "Jonathan Levinson / OPB"), as agencies date
			// theirs.
			d.remove(i-1, ReasonCaption)
		}
	}
	// New Scientist's "An octopus changing colour as it sleeps" over
	// "Stephen Frink/Getty Images": a caption with no sentence's end over a
	// photographer and an agency, under the byline; and The Times' "Boarded-up
	// shops in Stockton. Ministers want town centres revived" over "ALAMY",
	// HuffPost's "... before the vote." over "Tom Reyes via Getty Images".
	if a := d.prevNonEmpty(i - 1); d.blocks[i].nw <= 6 && (strings.Contains(low, "/") || strings.Contains(low, " via ") || d.blocks[i].nw <= 3 && shouted(d.blocks[i].text)) &&
		agencyCredit(low) && a >= 0 && d.blocks[a].removed != "" &&
		p.kept() && p.kind != "title" && p.nw >= 3 && p.nw <= 20 && (!endsSentence(p.text) || strings.Contains(low, " via ")) && !strings.HasSuffix(p.text, ":") && d.leadCaption(i-1) {
		d.remove(i-1, ReasonCaption)
	}
}

// leadCaption reports whether block p, a sentence over a picture's
// labelled credit, is the lead picture's caption: no prose of the story
// above it (TimesLIVE's "Eskom's Lethabo power station in the Free State."
// over "Image: Alaister Russell", under the byline), past the standfirst
// right under the headline. Further down, a sentence over a credit may be
// the story's own.
func (d *doc) leadCaption(p int) bool {
	last := -1 // the last kept block before the one looked at
	for j, b := range d.blocks[:p] {
		if b.prose() && (last < 0 || !headlineOver(d.blocks[last])) {
			return false
		}
		if b.kept() {
			last = j
		}
	}
	return true
}

// headlineOver reports whether block h, right over a standfirst, is the
// headline: a title or a heading, or a line shaped as a headline with no
// sentence's end (a headline in sentence case the parse read as a
// paragraph: "Sebi tightens rules for F&O trading by retail investors").
func headlineOver(h *block) bool {
	return h.kind == "title" || h.kind == "heading" || !endsSentence(h.text) && h.nw >= 4 && parse.LooksLikeHeadline(h.text)
}

// captionUnderCredit removes the caption under credit line i where the
// credit stands over its picture's caption, as on the BBC's pages ("PA
// Media" / "Rescue teams used boats to reach people in Appleby on Tuesday
// morning" / the article's first paragraph): a line of six to thirty words
// with no sentence end, between a credit of a few words and a paragraph of
// prose. A lede ends its sentence; a subhead is shorter. A credit labelled
// "Credit" (The New York Times' "CreditKevin Frayer/Getty Images") is
// under its caption, and a teaser may follow it.
func (d *doc) captionUnderCredit(i int) {
	if i+2 >= len(d.blocks) || d.blocks[i].nw > 4 || !agencyCredit(d.blocks[i].low) || strings.HasPrefix(d.blocks[i].low, "credit") {
		return
	}
	c, next := d.blocks[i+1], d.blocks[i+2]
	if c.kept() && c.kind == "paragraph" && c.nw >= 6 && c.nw <= 40 && datedCaption(c.text) {
		// Daily Sabah's "Photo by Anadolu Agency" over "Energy ministers
		// ... at the signing ceremony in Istanbul, Türkiye, Dec. 2, 2026.":
		// a caption closing on the picture's date, as agencies write them.
		d.remove(i+1, ReasonCaption)
		return
	}
	// News24's "Gallo Images/Sharon Seretlo" / "Eskom's Megawatt Park in
	// Johannesburg." / the article: a sentence of a few words, shorter than
	// any lede, is the caption too.
	short := endsSentence(c.text) && c.nw >= 4 && c.nw <= 8
	// (A numbered heading is the article's next section, under a
	// gallery's last credit: "6. Ask for a clean kettle", its paragraph.)
	_, section := boiler.SectionNumber(c.text)
	// SABC's "Image: Reuters" / "Eskom pylons" / the lede: the lead
	// picture's words, no sentence, right over the article's first
	// paragraph.
	alt := c.nw >= 2 && c.nw <= 5 && !endsSentence(c.text) && !d.proseBetween(1, i)
	if !c.kept() || c.kind == "title" || section || (c.nw < 6 || c.nw > 30 || endsSentence(c.text)) && !short && !alt || strings.HasSuffix(c.text, ":") ||
		!next.kept() || next.kind != "paragraph" || next.nw < 12 || !endsSentence(next.text) {
		return
	}
	d.remove(i+1, ReasonCaption)
}

// proseBetween reports whether a block from i up to j (not j) is prose
// (see prose).
func (d *doc) proseBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if d.blocks[k].prose() {
			return true
		}
	}
	return false
}

// datedCaption reports whether text closes on a full date and a full stop
// ("... in Istanbul, Türkiye, Dec. 2, 2026."), as a picture agency's
// caption does.
func datedCaption(text string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(text), ".")
	if len(t) == len(text) || len(t) < 12 || t[len(t)-4] < '1' || t[len(t)-4] > '2' || leadingDigits(t[len(t)-4:]) != 4 {
		return false
	}
	k := strings.LastIndex(t[:len(t)-4], ", ")
	if k < 0 {
		return false
	}
	tail := t[max(0, k-12):]
	return firstDate(tail) != "" && strings.HasSuffix(tail, t[len(t)-4:])
}

// agencyCredit reports whether a lower-cased credit line names an agency or
// a picture library ("pa media", "getty images", "epa-efe/rex/shutterstock"),
// not only a label ("photos", "file").
func agencyCredit(lw string) bool {
	for _, w := range strings.FieldsFunc(lw, func(r rune) bool { return r == ' ' || r == '/' || r == '-' || r == ',' }) {
		switch w {
		case "photo", "photos", "image", "images", "file", "credit", "courtesy", "photograph", "media":
			continue
		}
		if parse.CreditWord(w) {
			return true
		}
	}
	return false
}

// deckUnderHeadline reports whether block p reads as a headline's deck
// ("Housing completions fall for second quarter in a row" / "Builders
// blame rising costs and planning delays"): five words or more right under
// a kept headline-shaped line of as many, not an image's title ("IMG_2034",
// "Donald Trump").
func (d *doc) deckUnderHeadline(p int) bool {
	if p < 1 || d.blocks[p].nw < 5 {
		return false
	}
	h := d.blocks[p-1]
	return h.kept() && h.nw >= 5 && h.nw <= 20 && !endsSentence(h.text) && parse.LooksLikeHeadline(h.text)
}

// headlineOverCaption reports whether block p, right over a caption, is
// the article's headline, not the image's stray title: the headline part of
// the page's title line (the Monitor's "Kampala traders strike ..." under
// "Kampala traders strike ... | Monitor"), or without one, a line of five
// words or more shaped as a headline, none of the story's prose above it.
func (d *doc) headlineOverCaption(p int) bool {
	if _, ok := d.pageTitle().echo(d.blocks[p].text); p > 0 && ok {
		return true
	}
	return d.blocks[p].nw >= 5 && parse.LooksLikeHeadline(d.blocks[p].text) && d.leadCaption(p)
}

// keptCredit reports whether what a block keeps after a rule cut a span
// out of it (a date glued before a credit: "Date 2012-05-03 A. Ria") is a
// credit: a second cleaning of the rendering sees only that.
func keptCredit(b *block) bool {
	return cutInside(b) && parse.IsCredit(strings.Trim(b.keptText(), "()[] "))
}

// firstKept reports whether no block above block i is kept: i is the first
// line the page shows.
// onlyLabelsAbove reports whether every kept line above block i has three
// words at most (the page's masthead and its menu, no title line): block i
// is the first line that may be the headline.
func (d *doc) onlyLabelsAbove(i int) bool {
	for _, b := range d.blocks[:i] {
		if b.kept() && b.nw > 3 {
			return false
		}
	}
	return true
}

// firstKept reports whether no block above block i is kept: in the
// rendering, block i is the first line.
func (d *doc) firstKept(i int) bool {
	for _, b := range d.blocks[:i] {
		if b.kept() {
			return false
		}
	}
	return true
}

// slashCreditCaption reports whether kept block i is a caption whose credit
// a slash glues to its last word, over the story's dateline: Capital FM's
// "Workers clear a drain along Ronald Ngala Street on Thursday/CFM" over
// "NAIROBI, Kenya, Dec 4 – ...". The credit is two to six capitals after a
// lower-case letter, and the caption ends no sentence.
func (d *doc) slashCreditCaption(i int) bool {
	b := d.blocks[i]
	if b.nw > 30 {
		return false
	}
	k := lastIndexByte(b.text, '/')
	if k < 1 || k+3 > len(b.text) || k+7 < len(b.text) || b.text[k-1] < 'a' || b.text[k-1] > 'z' {
		return false
	}
	for _, c := range b.text[k+1:] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	n := d.nextNonEmpty(i)
	return n > 0 && d.blocks[n].kept() && datelineEnd(d.blocks[n].text) > 0
}

// videoCaption reports whether kept block i is a video's caption between
// the player's length and its controls: CityNews' "Video length 2:08" /
// "Crews work to restore power ..." / "Autoplay".
func (d *doc) videoCaption(i int) bool {
	p, n := d.prevNonEmpty(i), d.nextNonEmpty(i)
	return p >= 0 && n > 0 && strings.HasPrefix(d.blocks[p].low, "video length ") && d.blocks[p].nw <= 4 &&
		(d.blocks[n].k == "autoplay" || d.blocks[n].k == "up next")
}

// datelineNext reports whether the line after block i is kept and opens
// on a dateline ("BANGKOK — ...", "SEOUL, June 16 (Reuters) - "): the
// story starts there.
func (d *doc) datelineNext(i int) bool {
	n := d.nextNonEmpty(i)
	return n > 0 && d.blocks[n].kept() && (datelineEnd(d.blocks[n].text) > 0 || capsDateline(d.blocks[n].text))
}

// capsDateline reports whether s opens on a place in capitals and a dash
// ("BANGKOK — City Hall will ..."): three capitals or more, no small
// letter, before a dash in the first 40 bytes.
func capsDateline(s string) bool {
	for _, dash := range []string{" — ", " – ", " -- "} {
		if k := strings.Index(s, dash); k > 0 && k < 40 {
			caps := 0
			for _, r := range s[:k] {
				if unicode.IsLower(r) {
					return false
				}
				if unicode.IsUpper(r) {
					caps++
				}
			}
			return caps >= 3
		}
	}
	return false
}
