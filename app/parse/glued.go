package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findGlued finds a metadata prefix and a trailing photo credit glued onto a
// paragraph's text.
func findGlued(text string) []Glued {
	var out []Glued
	if n := MetadataPrefixLen(text); n > 0 {
		out = append(out, Glued{Role: GluedMetadata, Start: 0, End: n})
	}
	if s := CreditSuffixStart(text); s > 0 && (len(out) == 0 || s > out[0].End) {
		out = append(out, Glued{Role: GluedCredit, Start: s, End: len(text)})
	}
	return out
}

var metaKeywords = []string{
	"date", "dated", "published", "published on", "posted", "posted on", "updated",
	"last updated", "updated on", "first published", "published at", "pubdate",
}

// MetadataPrefixLen returns the length of a metadata prefix glued onto the first
// sentence of text — a keyword such as "date" or "Published:" followed by a date
// ("date 2024-03-25 Following ...") or a bare ISO date followed by a capitalised
// word — including the whitespace after it; 0 when there is none.
func MetadataPrefixLen(text string) int {
	i := 0
	if text == "" {
		return 0
	}
	if strings.IndexByte("dDpPuUlLfF", text[0]) >= 0 { // the keywords' first letters
		for _, k := range metaKeywords {
			if len(text) > len(k) && strings.EqualFold(text[:len(k)], k) && (text[len(k)] == ' ' || text[len(k)] == ':') {
				i = max(i, len(k))
			}
		}
	}
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == ':' || text[j] == '\t') {
		j++
	}
	n := DateLen(text[j:])
	if n == 0 {
		return 0
	}
	k := j + n
	// An optional time: "12:30", "12:30:00", "T12:30:00Z".
	k += timeLen(text[k:])
	rest := strings.TrimLeft(text[k:], " \t|-–—:")
	if rest == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && !strings.ContainsRune("\"“‘'", r) {
		return 0
	}
	return len(text) - len(rest)
}

var monthNames = []string{
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}

var weekdayNames = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}

// DateLen returns the length of a date at the start of s, in one of the forms
// 2024-03-25, 2024/03/25, 25/03/2024, 25.03.2024, March 25, 2024, 25 March 2024,
// optionally preceded by a weekday ("Wednesday, 30 October 2024"), or day
// first with a month named in another language ("19. März 2026") or in
// Chinese, Japanese or Korean ("2026年12月5日"; see ForeignDate); 0 if none.
func DateLen(s string) int {
	if s == "" {
		return 0
	}
	// A date starts with a digit or with a month's or weekday's first letter.
	if c := s[0]; c < '0' || c > '9' {
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		switch c {
		case 'a', 'd', 'f', 'j', 'm', 'n', 'o', 's', 't', 'w':
		default:
			// Another language's weekday first: "lundi 1er décembre
			// 2026", "الأحد 21 سبتمبر 2026".
			return foreignDateLen(s)
		}
	}
	i := 0
	if w := wordAt(s); w != "" && isOneOf(strings.TrimSuffix(w, "."), weekdayNames) {
		i = len(w)
		for i < len(s) && (s[i] == ',' || s[i] == ' ') {
			i++
		}
	}
	t := s[i:]
	if n := numericDateLen(t); n > 0 {
		return i + n
	}
	if n := wordDateLen(t); n > 0 {
		return i + n
	}
	if n := foreignDateLen(t); n > 0 {
		return i + n
	}
	return 0
}

func numericDateLen(s string) int {
	a := digits(s)
	if a == 0 || a >= len(s) {
		return 0
	}
	sep := s[a]
	if sep != '-' && sep != '/' && sep != '.' {
		return 0
	}
	b := digits(s[a+1:])
	if b == 0 || b > 2 || a+1+b >= len(s) || s[a+1+b] != sep {
		return 0
	}
	c := digits(s[a+2+b:])
	n := a + 2 + b + c
	switch {
	case a == 4 && c >= 1 && c <= 2: // 2024-03-25
	case a <= 2 && c == 4: // 25/03/2024
	default:
		return 0
	}
	if n < len(s) && (unicode.IsLetter(rune(s[n])) || unicode.IsDigit(rune(s[n]))) && s[n] != 'T' {
		return 0
	}
	return n
}

// wordDateLen matches "March 25, 2024", "Mar. 25 2024" and "25 March 2024".
func wordDateLen(s string) int {
	if d := digits(s); d > 0 && d <= 2 {
		i := d
		i += skipOrdinal(s[i:])
		if i+1 < len(s) && s[i] == '.' && s[i+1] == ' ' {
			i++ // the day's point, as Europe writes it: EUobserver's "4. Dec 2026"
		}
		if i < len(s) && (s[i] == ' ' || s[i] == '-' || s[i] == '/') {
			sep := s[i] // "02-Dec-2026", CGTN's; "02/Dec/2026", The Wire's
			i++
			if w := wordAt(s[i:]); w != "" && isOneOf(strings.TrimSuffix(w, "."), monthNames) {
				i += len(w)
				if sep != ' ' {
					if i < len(s) && s[i] == sep && yearAt(s[i+1:]) {
						return i + 5
					}
					return 0
				}
				for i < len(s) && (s[i] == ' ' || s[i] == ',') {
					i++
				}
				if yearAt(s[i:]) {
					return i + 4
				}
			}
		}
		return 0
	}
	w := wordAt(s)
	if w == "" || !isOneOf(strings.TrimSuffix(w, "."), monthNames) {
		return 0
	}
	i := len(w)
	if i < len(s) && s[i] == ' ' {
		i++
	} else if !strings.HasSuffix(w, ".") {
		return 0 // the Hankyoreh's "Dec.2,2026" glues the day to the month's point
	}
	d := digits(s[i:])
	if d == 0 || d > 2 {
		return 0
	}
	i += d
	i += skipOrdinal(s[i:])
	for i < len(s) && (s[i] == ' ' || s[i] == ',') {
		i++
	}
	if yearAt(s[i:]) {
		return i + 4
	}
	return 0
}

// yearAt reports whether s starts with a four-digit year: alone, or glued
// to the time after it as a page's markup runs them together
// ("November 20, 20263:14 AM GMT").
//
//go:noinline
func yearAt(s string) bool {
	switch y := digits(s); y {
	case 4:
		return true
	case 5, 6:
		return y < len(s) && s[y] == ':'
	}
	return false
}

//go:noinline
func skipOrdinal(s string) int {
	for _, o := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(s, o) {
			return 2
		}
	}
	return 0
}

// timeLen matches " 12:30", " 12:30:00", "T12:30:00Z", " 12:30 GMT" after a date.
func timeLen(s string) int {
	i := 0
	if i < len(s) && (s[i] == 'T' || s[i] == ' ' || s[i] == ',') {
		i++
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	h := digits(s[i:])
	if h == 0 || h > 2 || i+h >= len(s) || s[i+h] != ':' {
		return 0
	}
	i += h + 1
	m := digits(s[i:])
	if m != 2 {
		return 0
	}
	i += 2
	if i < len(s) && s[i] == ':' && digits(s[i+1:]) == 2 {
		i += 3
	}
	if i < len(s) && s[i] == '.' {
		i += 1 + digits(s[i+1:])
	}
	for _, z := range []string{"Z", "+00:00", " GMT", " UTC", " am", " pm", " AM", " PM", " ET", " EST", " KST", " BST", " MSK"} {
		if strings.HasPrefix(s[i:], z) {
			i += len(z)
			break
		}
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-') && digits(s[i+1:]) == 2 {
		i += 3
		if i < len(s) && s[i] == ':' && digits(s[i+1:]) == 2 {
			i += 3
		}
	}
	return i
}

//go:noinline
func digits(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// wordAt returns the run of ASCII letters (and a trailing ".") at the start of s.
//
//go:noinline
func wordAt(s string) string {
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i > 0 && i < len(s) && s[i] == '.' {
		i++
	}
	return s[:i]
}

//go:noinline
func isOneOf(w string, list []string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false // no month or weekday name is shorter or longer
	}
	// The names are lower-case ASCII: compare the lower-cased word, once.
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lw := buf[:len(w)]
	for _, x := range list {
		if len(x) == len(lw) && x == string(lw) {
			return true
		}
	}
	return false
}

// creditWords are the agencies, stock libraries and labels photo credits name.
var creditWords = map[string]bool{
	"flickr": true, "getty": true, "reuters": true, "ap": true, "afp": true, "epa": true,
	"yonhap": true, "kcna": true, "shutterstock": true, "alamy": true, "wikimedia": true,
	"commons": true, "unsplash": true, "xinhua": true, "tass": true, "sputnik": true,
	"kremlin.ru": true, "pixabay": true, "bloomberg": true, "efe": true, "ansa": true,
	"nurphoto": true, "anadolu": true, "dpa": true, "pa": true, "images": true,
	"photo": true, "photos": true, "photograph": true, "image": true, "credit": true,
	"courtesy": true, "file": true, "istock": true, "istockphoto": true, "newsis": true, "news1": true,
	"kyodo": true, "pti": true, "ians": true, "ria": true, "novosti": true, "sipa": true, "zuma": true, "imago": true,
	"wikipedia": true, "handout": true, "pool": true, "mil.ru": true, "kcna/kns": true,
	"kns": true, "yna": true, "bbc": true, "cnn": true, "nk": true, "news": true,
	"vcg": true, "cfp": true, "imaginechina": true, // China's picture agencies: "/VCG Photo"
	// A picture the subject or a reader gave: "... before the flood.
	// Supplied" (Australia, New Zealand), "Submitted", "Contributed".
	"supplied": true, "submitted": true, "contributed": true,
	"gallo": true, // South Africa's picture agency: "Gallo Images/Sharon Seretlo"
	// The armed forces' own pictures: The War Zone's "... at Edwards Air
	// Force Base. USAF".
	"usaf": true, "usn": true, "usmc": true, "dvids": true,
	// The Gulf's state agencies: Gulf Today's "... in Al Rahmaniya. WAM".
	"wam": true, "qna": true, "kuna": true,
}

// CreditSuffixStart returns the offset in text where a photo credit glued onto
// the end of a sentence starts ("... on Tuesday. stepan / Flickr", "... on
// Tuesday. Photo: AP", "... (Getty Images)", "... | Yonhap via REUTERS", "...
// [File: Reuters]"), or -1.
// The offset points at the whitespace before the credit.
func CreditSuffixStart(text string) int {
	if len(text) < 20 {
		return -1
	}
	tail := text[max(0, len(text)-90):]
	base := len(text) - len(tail)
	// The Telegraph's "... from 2022 to 2024 Credit: Leon Neal/Getty
	// Images": the label says where the credit starts, with or without a
	// sentence's end before it.
	if k := lastIndex(tail, " Credit: "); k >= 0 && k+9 < len(tail) {
		if c := tail[k+9:]; !strings.ContainsAny(c, ".!?") && (slashAgency(c) || hasCreditWord(c) || nameSlash(c) || shortNames(c)) {
			return base + k
		}
	}
	// "... sentence. | Agency" or "... caption | Agency".
	// Advance Local's "... storm.Steve Novak | For NJ Advance Media", "...
	// River.John Finch | Special to AL.com": a freelance's outlet.
	bar := lastIndex(tail, " | ")
	if k := bar; k >= 0 && (isCredit(tail[k+3:]) || nameSlashOutlet(tail[k+3:]) || freelanceFor(tail[k+3:])) {
		return base + k
	}
	// The Nation Media Group's "... in Dar es Salaam. PHOTO | FILE": the
	// label in capitals before the bar, after the caption's full stop.
	if k := bar; k >= 0 && photoLabel(tail[:k]) && capitalised(tail[k+3:], 4) {
		if j := strings.LastIndex(tail[:k], " "); j > 0 && endsSentence(tail[:j]) {
			return base + j
		}
	}
	// "... sentence. (Getty Images)" / "(Photo: AP)".
	if strings.HasSuffix(tail, ")") {
		if k := strings.LastIndex(tail, " ("); k >= 0 && endsSentence(tail[:k]) && (isCredit(strings.Trim(tail[k+1:], "()")) || nameSlash(strings.Trim(tail[k+1:], "()")) ||
			outletColonName(strings.Trim(tail[k+1:], "()")) || nameSlashOutletWords(strings.Trim(tail[k+1:], "()")) ||
			pictureLabelled(strings.Trim(tail[k+1:], "()")) || labelBarSource(strings.Trim(tail[k+1:], "()")) || nameBarOutletWords(strings.Trim(tail[k+1:], "()")) || outletSlashName(strings.Trim(tail[k+1:], "()"), true) ||
			NationalAgency(strings.Trim(tail[k+1:], "()"))) {
			return base + k
		}
		// British captions end on a credit with no full stop before it:
		// the Metro's "... in the lining of a coat (Picture: Daniel
		// Hughes/SWNS)", the i Paper's "(Photo: Guy Smallman/Getty)", the
		// Standard's "(Getty Images)". A lone word may spell out what the
		// line names ("Environmental Protection Agency (EPA)").
		if k := strings.LastIndex(tail, " ("); k >= 0 {
			// Not a list's line naming a show and its channel ("Sarah Lane
			// & Tom Price (Night Shift, BBC Four)", "Harbour Lights (BBC
			// Four)"): an unlabelled credit has no comma and follows a
			// caption of three words or more.
			in := tail[k+2 : len(tail)-1]
			if n := len(in) - 5; n > 0 && in[n] == '/' && yearAt(in[n+1:]) {
				// Civil Beat's "(Cory Lum/Civil Beat/2026)": the picture's year.
				if in = in[:n]; nameSlashOutletWords(in) {
					return base + k
				}
			}
			// The 19th's "... a week. (Alana Ruiz for The 19th)": the
			// photographer and the outlet the picture was made for.
			if endsSentence(tail[:k]) && nameForOutlet(in) {
				return base + k
			}
			if in == strings.TrimSpace(in) && (labelledCredit(in) ||
				strings.Contains(in, " ") && !strings.Contains(in, ",") && len(strings.Fields(text[:base+k])) >= 3 && (isCredit(in) || nameSlash(in))) {
				return base + k
			}
			// CTV's "... on Tuesday night. (File photo)": the picture's
			// label after the caption's sentence.
			// and Radio Free Asia's "(Screenshot from state media)"
			in = strings.ToLower(tail[k+2 : len(tail)-1])
			from, what, _ := strings.Cut(in, " ")
			// Defense News' "... in 2025. (U.S. Army)": a service of the
			// armed forces credits its picture.
			// Military.com's "(U.S. Navy photo by Seaman Ella Grant)".
			if c := tail[k+2 : len(tail)-1]; endsSentence(tail[:k]) && strings.HasPrefix(c, "U.S. ") && (capitalised(c, 3) || strings.Contains(c, " photo by ")) {
				return base + k
			}
			// Iran International's "... covered by smog (file photo)" and
			// The Jordan Times' "... on Monday (Petra photo)" (FMT's
			// "(Bernama pic)") need no
			// full stop: an old picture, or an agency's one word and
			// "photo", under a caption, not a report of what was said
			// ("The council said it would publish the file (file
			// photo)").
			if ((from == "file" || from == "stock") && (what == "photo" || what == "image" || what == "pic") ||
				(what == "photo" || what == "pic") && unicode.IsUpper(rune(tail[k+2])) && len(strings.Fields(text)) >= 4) && (endsSentence(tail[:k]) || !strings.Contains(text, " said ")) {
				return base + k
			}
			// Breaking Defense's "(Graphic via U.S. Air Force)".
			if endsSentence(tail[:k]) && ((from == "photo" || from == "image" || from == "graphic" || from == "illustration") && strings.HasPrefix(what, "via ") && len(in) <= 50 ||
				from == "screenshot" && len(in) <= 40) {
				return base + k
			}
		}
	}
	// Mint's "... in derivatives last year.(Mint)": a source in
	// parentheses glued to the caption's full stop, one or two
	// capitalised words (an agency's photographer after a slash, "...
	// 2012.(AP Photo/Anja Niedringhaus)", is left to the rules that read
	// it spaced).
	if strings.HasSuffix(tail, ")") {
		if k := strings.LastIndex(tail, ".("); k > 0 && capitalised(tail[k+2:len(tail)-1], 2) && !strings.ContainsAny(tail[k+2:], "0123456789(/") {
			return base + k + 1
		}
	}
	// CGTN's and China Daily's "... Shandong Province, Dec. 2, 2026. /VCG
	// Photo", "... /Xinhua": a slash, no space after it, and a credit that
	// names an agency or a photo.
	if k := lastIndex(tail, " /"); k >= 0 && k+2 < len(tail) && tail[k+2] != ' ' && tail[k+2] != '/' {
		if c := tail[k+2:]; !strings.ContainsRune(c, '/') && isCredit(c) && hasCreditWord(c) {
			return base + k
		}
	}
	// Al Jazeera's "... in Tawila on November 30 [File: Reuters]" and
	// "... [Mohammed Salem/Reuters]": a bracketed credit ends a caption.
	if strings.HasSuffix(tail, "]") {
		if k := strings.LastIndex(tail, " ["); k >= 0 && k < len(tail)-3 {
			in := strings.TrimSpace(tail[k+2 : len(tail)-1])
			if f, ok := cutFold(in, "file:"); ok {
				in = strings.TrimSpace(f)
			}
			if in != "" && !mediaLabels[strings.ToLower(in)] && (isCredit(in) && (hasCreditWord(in) || slashAgency(in)) || nameBarOutlet(in)) {
				return base + k
			}
		}
	}
	// The Globe and Mail's "... in Ottawa on Wednesday.Justin Tang/The
	// Canadian Press": a photographer and the outlet glued to the
	// caption's full stop, no space between.
	if k := gluedStop(tail); k > 0 {
		if c := tail[k:]; nameSlashOutletWords(c) || nameSlash(c) || nameCommaSite(c) {
			return base + k
		}
	}
	// McClatchy's "... after heavy rain in June. MATIAS J. OCNER
	// mocner@miamiherald.com": the photographer in capitals and his
	// address.
	if k := capsNameEmail(tail); k >= 0 {
		return base + k
	}
	// Digital Journal's "... in Emilia-Romagna - Copyright AFP Andreas
	// SOLARO": the agency's copyright after a dash.
	if k := lastIndex(tail, " - Copyright "); k > 0 {
		if c := tail[k+13:]; hasCreditWord(c) && capitalised(c, 5) {
			return base + k
		}
	}
	// "... sentence. stepan / Flickr": the credit follows the last sentence end.
	last, _ := utf8.DecodeLastRuneInString(text)
	if strings.ContainsRune(".!?\"”’", last) {
		return -1
	}
	for k := len(tail) - 1; k > 0; k-- {
		if tail[k] == ' ' && endsSentence(tail[:k]) {
			c := tail[k+1:]
			if r, ok := strings.CutPrefix(c, "©"); ok {
				c = strings.TrimSpace(r) // "... 2026. © Thomas Samson, AFP"
			}
			if isCredit(c) && !mediaLabels[strings.ToLower(strings.Trim(c, "[]() "))] || outletSlashName(c, false) {
				return base + k
			}
			// "... in Sepang. — Filepic", "... Cavite. —INQUIRER FILE
			// PHOTO", "... Kaohsiung. CNA file photo": a credit that says
			// it is a picture's (PictureCredit), a dash before it or none.
			if pictureLabelled(strings.TrimLeft(c, "—–- ")) {
				return base + k
			}
			// Khmer Times' "... province. KT/Chor Sokunthea", the outlet
			// in capitals and its photographer; The Irrawaddy's "... in
			// November. / CJ", a slash and the source.
			if acronymSlashName(c) || strings.HasPrefix(c, "/ ") && capitalised(c[2:], 3) {
				return base + k
			}
			if abbrevEnd(tail[:k]) {
				// A rank's or a state's abbreviation is no sentence's
				// end: "... Fort Irwin, Calif. U.S. Army / Spc. Jordan Lee".
				continue
			}
			break
		}
	}
	return -1
}

// abbrevEnd reports whether s ends on a short abbreviation, a capital and
// at most two letters or initials before a full stop ("Spc.", "Sgt.",
// "U.S."), which need not end a sentence.
func abbrevEnd(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	if len(w) < 2 || len(w) > 4 || w[len(w)-1] != '.' || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

// nameForOutlet reports whether s is a photographer's name, two or three
// capitalised words, and the outlet the picture was made for, one to four
// words opening with a capital or a digit: "Alana Ruiz for The 19th".
func nameForOutlet(s string) bool {
	name, outlet, ok := strings.Cut(s, " for ")
	if !ok || !capitalised(name, 3) || !strings.Contains(name, " ") || strings.ContainsAny(name, "0123456789,.") {
		return false
	}
	f := strings.Fields(outlet)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// NameForOutlet is nameForOutlet, for the cleanup's caption rule.
func NameForOutlet(s string) bool { return nameForOutlet(s) }

// sentenceCredit reports whether s, sixteen words at most, is a picture's
// credit written as a sentence: Slate's "Photo illustration by Slate.
// Photos by Getty Images Plus.", Nieman Lab's "Photo of a phone by Jane
// Smith used under a Creative Commons license."
func sentenceCredit(s string) bool {
	if _, ok := cutFold(s, "photo"); len(s) < 20 || !ok {
		return false
	}
	ls := strings.ToLower(s)
	return strings.HasPrefix(ls, "photo illustration by ") || strings.HasPrefix(ls, "photos by ") ||
		strings.Contains(ls, " used under a creative commons licen")
}

// isCreditLabel reports whether s is a credit's label with its colon
// ("Image:", "Photo:", "Credit:").
func isCreditLabel(s string) bool {
	for _, p := range creditLabels {
		if strings.EqualFold(s, p) {
			return true
		}
	}
	return false
}

// freelanceFor reports whether s credits a freelance's picture to the
// outlet it was made for: "For NJ Advance Media", "Special to AL.com".
func freelanceFor(s string) bool {
	o, ok := strings.CutPrefix(s, "For ")
	if !ok {
		o, ok = strings.CutPrefix(s, "Special to ")
	}
	return ok && capitalised(o, 4) && (strings.Contains(o, " ") || strings.Contains(o, "."))
}

// creditLabels are the labels a credit opens with in parentheses.
var creditLabels = []string{"photo:", "photos:", "picture:", "pictures:", "image:", "pic:", "photograph:", "credit:", "photo credit:", "image credit:",
	// and other languages': Corriere's "(foto Ansa)", la Repubblica's
	// "(foto di Luca Ferrero)", Hürriyet's "(Fotoğraf: DHA)", Yle's
	// "(Kuva: Mikko Ahonen / Yle)", tagesschau's "(Bild: dpa)".
	"foto:", "foto di ", "foto ", "fotoğraf:", "kuva:", "bild:"}

// labelledCredit reports whether s, the inside of a caption's closing
// parentheses, is a credit under its label: "Picture: Daniel Hughes/SWNS",
// "Photo: Frontex", a few capitalised names after the label.
func labelledCredit(s string) bool {
	for _, p := range creditLabels {
		if c, ok := cutFold(s, p); ok {
			c = strings.TrimSpace(c)
			return c != "" && (isCredit(c) || nameSlash(c) || shortNames(c))
		}
	}
	return false
}

// shortNames reports whether s is one to five capitalised words (slashes
// and a name's small words between them) with no sentence's punctuation:
// what a credit's label names ("Credit: ITV Wales", "Photo: Frontex").
func shortNames(s string) bool {
	w := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '/' })
	if len(w) == 0 || len(w) > 5 || strings.ContainsAny(s, ".!?,;:()") {
		return false
	}
	for _, x := range w {
		switch x {
		case "of", "the", "and", "for", "via", "de":
			continue
		}
		if r, _ := utf8.DecodeRuneInString(x); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// gluedStop returns the offset in s just past the last full stop glued to
// a capital after it, a word of two lower-case letters or more or a
// number of two figures or more before it ("Wednesday.Justin",
// "2019.John"), or -1: not an initial's ("J.Scott") nor a
// domain's dot ("U.S.Army").
func gluedStop(s string) int {
	for k := len(s) - 2; k >= 2; k-- {
		if s[k] == '.' && s[k+1]-'A' < 26 && (s[k-1]-'a' < 26 && s[k-2]-'a' < 26 || s[k-1]-'0' < 10 && s[k-2]-'0' < 10) {
			return k + 1
		}
	}
	return -1
}

// CreditWord reports whether the lower-cased word w names a photo agency,
// a picture library or a credit's label ("reuters", "getty", "photo").
func CreditWord(w string) bool { return creditWords[w] }

// NameSlashPaper reports whether s is a photographer's name and the paper
// or the staff a slash joins, as Hearst's papers credit: "Lea Suzuki/The
// Chronicle", "Jon Shapley/Staff photographer".
func NameSlashPaper(s string) bool {
	name, paper, _ := strings.Cut(s, "/")
	if paper == "Staff photographer" || paper == "Contributor" {
		return strings.Contains(name, " ") && capitalised(name, 3)
	}
	return strings.HasPrefix(paper, "The ") && nameSlashOutletWords(s)
}

// OutletColonName reports whether s is an outlet and its photographer
// parted by a colon (see outletColonName).
func OutletColonName(s string) bool { return outletColonName(s) }

// outletColonName reports whether s is an outlet and its photographer
// parted by a colon, as a caption's parenthesised credit: "ABC News: Keana
// Naughton", "CBC: Evan Mitsui". The outlet is one to three capitalised
// words, one a newsroom's word or an acronym; the name two to four
// capitalised words.
func outletColonName(s string) bool {
	head, name, ok := strings.Cut(s, ": ")
	if !ok {
		return false
	}
	hw, nw := strings.Fields(head), strings.Fields(name)
	if len(hw) == 0 || len(hw) > 3 || len(nw) < 2 || len(nw) > 4 {
		return false
	}
	outlet := false
	for _, w := range hw {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		switch strings.ToLower(w) {
		case "news", "media", "press", "tv", "radio", "photo", "photos":
			outlet = true
		}
		outlet = outlet || creditWords[strings.ToLower(w)] || len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && !strings.ContainsFunc(w, unicode.IsDigit)
	}
	for _, w := range nw {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsFunc(w, func(r rune) bool { return unicode.IsDigit(r) || r == ':' || r == '/' }) {
			return false
		}
	}
	return outlet
}

// slashAgency reports whether a word joined by a bare slash names an agency
// or a photo label ("AP Photo/Ahn Young-joon", "EPA/JEON HEON-KYUN").
func slashAgency(s string) bool {
	for _, f := range strings.Fields(s) {
		if !strings.Contains(f, "/") {
			continue
		}
		for _, x := range strings.Split(f, "/") {
			if creditWords[strings.ToLower(strings.Trim(x, "()[]:,"))] {
				return true
			}
		}
		if i := strings.Index(s, f); i > 0 && hasCreditWord(s[:i]) {
			return true // "AP Photo/Ahn"
		}
	}
	return false
}

// slashNames reports whether s, "Name / Source" with no agency's word, has
// names' words around its slashes: no code's operators or underscores, no
// lower-case word in a part of two words or more but a connective ("Jane
// van Dyke / The Herald"), and no menu's "Add-ons" (a capital, a hyphen,
// then lower case).
func slashNames(s string) bool {
	if k := strings.IndexByte(s, ':'); k > 0 && k < 12 && !strings.Contains(s[:k], " ") {
		s = s[k+1:] // Yle's "Kuva: Mikko Ahonen / Yle"
	}
	if strings.ContainsAny(s, "=_*+<>{}();:|\\") {
		return false
	}
	for part := range strings.SplitSeq(s, "/") {
		w := strings.Fields(part)
		for _, x := range w {
			r, _ := utf8.DecodeRuneInString(x)
			switch {
			case x == "-":
				return false
			case unicode.IsUpper(r):
				if k := strings.IndexByte(x, '-'); k > 0 && k+1 < len(x) && x[k+1] >= 'a' && x[k+1] <= 'z' {
					return false
				}
			case len(w) > 1:
				switch x {
				case "via", "for", "of", "and", "&", "the", "by", "van", "von", "de", "da", "del", "di", "la", "le", "bin", "al":
				default:
					return false
				}
			}
		}
	}
	return true
}

// hasCreditWord reports whether s has an agency or credit label word.
func hasCreditWord(s string) bool {
	for _, x := range strings.Fields(s) {
		if creditWords[strings.ToLower(strings.Trim(x, "()[]:,|"))] {
			return true
		}
	}
	return false
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’", last)
}

// IsCredit reports whether s reads as a photo credit ("Photo: AP", "stepan /
// Flickr", "Yonhap via REUTERS", "Getty Images"): at most eight words, no
// sentence punctuation at the end, and either an agency or label word or the
// "Name / Source" shape.
func IsCredit(s string) bool { return isCredit(s) }

// shoutedHeadline reports whether s, a line of five words or more, is in
// capitals and reads as a headline rather than a credit: its first word is
// no credit's ("REUTERS/..." and "AFP PHOTO ..." are), or a later word is
// a sentence's function word ("TO", "IN", "ON", "AT", "AS", "IS":
// "REUTERS TO BUY I P SHARP OF CANADA").
func shoutedHeadline(s string) bool {
	if !inCapitals(s) {
		return false
	}
	w := strings.Fields(s)
	if !creditWords[strings.ToLower(strings.Trim(w[0], "()[]:,"))] {
		return true
	}
	for _, x := range w[1:] {
		switch x {
		case "TO", "IN", "ON", "AT", "AS", "IS":
			return true
		}
	}
	return false
}

func isCredit(s string) bool {
	s = strings.TrimSpace(s)
	nw := 0
	for range strings.FieldsSeq(s) {
		if nw++; nw > 16 {
			return false
		}
	}
	if nw == 0 {
		return false
	}
	if sentenceCredit(s) {
		return true
	}
	if nw > 8 {
		return false
	}
	// The National Interest's "Image: Shutterstock.": a labelled agency's
	// credit may end in a full stop.
	if k := strings.IndexByte(s, ':'); k > 0 && k < 12 && strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") &&
		isCreditLabel(s[:k+1]) && hasCreditWord(s[k+1:len(s)-1]) {
		s = s[:len(s)-1]
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?,;", last) && !strings.HasSuffix(s, "Kremlin.ru") && !strings.HasSuffix(s, "mil.ru") {
		return false
	}
	// (A line opening on an ASCII byte that is none of the labels' first
	// letters in either case opens on none of them.)
	if c := s[0]; c >= utf8.RuneSelf || strings.IndexByte("pPiIcCsSfFbB", c) >= 0 {
		for _, p := range []string{"photo:", "photo by", "file photo by", "photograph:", "image:", "credit:", "picture:", "pictured:", "source:", "photos:", "foto:", "фото:", "bild:", "image source", "photo source:", "photo credit:", "image credit:", "picture credit:"} {
			// (an ASCII byte folds only to the other case of its letter:
			// the labels of other first letters are not compared)
			if len(s) >= len(p) && (c >= utf8.RuneSelf || c|0x20 == p[0]) && strings.EqualFold(s[:len(p)], p) {
				return true
			}
		}
	}
	// Time's and Fortune's "Scott Olson—Getty Images": an unspaced dash
	// joins the photographer and the agency as a slash does.
	if strings.Contains(s, "—") && !strings.Contains(s, " —") && !strings.Contains(s, "— ") {
		s = strings.ReplaceAll(s, "—", "/")
	}
	// "stepan / Flickr", "Reuters/Kim Hong-Ji": a spaced slash, or a bare one
	// next to an agency ("Swindon/Notts Co v Middlesbrough" is a fixture).
	// Without an agency's word the parts must read as names: SQL's "(n -
	// avg) / stddev AS zscore" and a menu's "Add-ons / Web Extensions" do not.
	if strings.Contains(s, " / ") && (hasCreditWord(s) || slashNames(s)) || strings.Contains(s, "/") && nw <= 4 && slashAgency(s) {
		for _, x := range strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == ' ' }) {
			if r, _ := utf8.DecodeRuneInString(x); unicode.IsUpper(r) {
				return true
			}
		}
	}
	// A line in capitals of five words or more that does not open with a
	// credit's word is a wire's headline ("USDA CORRECTS TURKEY CREDIT
	// ANNOUNCEMENT", "REUTERS TO BUY I P SHARP OF CANADA" opens with the
	// agency but goes on past a credit's connectives), not a credit.
	if nw >= 5 && shoutedHeadline(s) {
		return false
	}
	// "Catherine Tate (The Catherine Tate Show, BBC Two)": a name with a
	// parenthetical is a caption or a list entry unless the text before the
	// parenthesis is a credit too.
	if k := strings.IndexByte(s, '('); k > 0 && !hasCreditWord(s[:k]) {
		return false
	}
	// Every word should be capitalised or a credit connective ("via",
	// "for"), and one an agency's: the first test, which needs no word
	// lowered, rejects most lines.
	var words [8]string // nw <= 8, the dash swap none the less
	w := AppendFields(words[:0], s, len(words))
	for _, x := range w {
		x = trimBrackets(x)
		if x == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !creditWords[strings.ToLower(x)] {
			switch strings.ToLower(x) {
			case "via", "for", "of", "and", "the", "by", "/", "|", "-", "courtesy":
			default:
				return false
			}
		}
	}
	var buf [32]byte
	for _, x := range w {
		x = trimBrackets(x)
		lx := asciiLower(buf[:0], x) // not a string each word: menus of capitalised words reach here
		if lx == nil {
			lx = append(buf[:0], strings.ToLower(x)...)
		}
		if creditWords[string(lx)] {
			switch string(lx) {
			case "photo", "image", "file", "news", "images":
			default:
				return true
			}
		}
	}
	return false
}

// trimBrackets is strings.Trim(x, "()[]:,") without the cutset's table
// made for each word.
func trimBrackets(x string) string {
	for x != "" && isBracket(x[0]) {
		x = x[1:]
	}
	for x != "" && isBracket(x[len(x)-1]) {
		x = x[:len(x)-1]
	}
	return x
}

func isBracket(c byte) bool {
	switch c {
	case '(', ')', '[', ']', ':', ',':
		return true
	}
	return false
}

// asciiLower appends s lower-cased to buf when s is ASCII and fits buf's
// capacity, or returns nil.
func asciiLower(buf []byte, s string) []byte {
	if len(s) > cap(buf) {
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// lastIndex is strings.LastIndex(s, sub) for a sub of two bytes or more,
// cheaper when s lacks sub's second byte: most captions hold no "|", "/"
// or "C", and the search backwards hashes every byte.
func lastIndex(s, sub string) int {
	if strings.IndexByte(s, sub[1]) < 0 {
		return -1
	}
	return strings.LastIndex(s, sub)
}

// cutFold is strings.CutPrefix ignoring ASCII case.
//
//go:noinline
func cutFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// mediaLabels are the bracketed labels a headline carries ("... [Photos]"),
// not a credit.
var mediaLabels = wordSet("photo photos video videos pics image images gallery slideshow audio watch")

// nameSlashOutlet reports whether s is a photographer's name and the outlet
// in capitals joined by a bare slash, as Politico credits after a caption's
// bar: "Francis Chung/POLITICO". Every word is capitalised; two to five
// words, the slash in the last.
func nameSlashOutlet(s string) bool {
	if !nameSlash(s) {
		return false
	}
	f := strings.Fields(s)
	_, outlet, _ := strings.Cut(f[len(f)-1], "/")
	return len(outlet) >= 2 && !strings.ContainsFunc(outlet, unicode.IsLower)
}

// nameBarOutlet reports whether s is a photographer's name in capitals, a
// bar and the outlet, as the Tampa Bay Times credits in brackets: "[ DIRK
// SHADD | Times ]". Two to four words in capitals, one to four capitalised
// words after the bar, no sentence.
func nameBarOutlet(s string) bool {
	name, outlet, ok := strings.Cut(s, " | ")
	if n := len(strings.Fields(name)); !ok || n < 2 || n > 4 || strings.ContainsFunc(name, unicode.IsLower) || !strings.ContainsFunc(name, unicode.IsLetter) {
		return false
	}
	return capitalised(outlet, 4) && !strings.ContainsAny(outlet, ".!?|")
}

// nameBarOutletWords reports whether s is a photographer's name, a bar and
// the outlet, as a caption's parenthesised credit: The Salt Lake Tribune's
// "Francisco Kjolseth | The Salt Lake Tribune". Two or three capitalised
// words before the bar, one to five after, no sentence.
func nameBarOutletWords(s string) bool {
	name, outlet, ok := strings.Cut(s, " | ")
	if n := len(strings.Fields(name)); !ok || n < 2 || n > 3 || !capitalised(name, 3) || strings.ContainsAny(name, ".,;:!?") {
		return false
	}
	return capitalised(outlet, 5) && !strings.ContainsAny(outlet, ".!?|,")
}

// capsNameEmail returns the offset of the space before a name in capitals
// and an e-mail address that end s after a sentence's end ("... in June.
// MATIAS J. OCNER mocner@miamiherald.com"), or -1. The name may be in its
// own case when the address spells it, as the Kansas City Star writes it
// ("... on Thursday. Tammy Ljungblad tljungblad@kcstar.com").
func capsNameEmail(s string) int {
	k := strings.LastIndexByte(s, ' ')
	if k < 0 || !strings.Contains(s[k+1:], "@") || !strings.Contains(s[k+1:], ".") {
		return -1
	}
	local, _, _ := strings.Cut(strings.ToLower(s[k+1:]), "@")
	names := 0
	for {
		j := strings.LastIndexByte(s[:k], ' ')
		if j < 0 {
			return -1
		}
		w := s[j+1 : k]
		if names >= 2 && endsSentence(w) && !(len(w) == 2 && w[1] == '.') { // not an initial: "J."
			return k
		}
		if names == 4 || strings.ContainsFunc(w, unicode.IsLower) && !addressSpells(local, w, names == 0) || !strings.ContainsFunc(w, unicode.IsLetter) || strings.ContainsAny(w, ",;:!?") {
			return -1
		}
		names++
		k = j
	}
}

// addressSpells reports whether an e-mail address's local part (lower
// case) spells capitalised word w of the name before it: the surname
// (the word right before the address) by its first five letters or all
// of a shorter one ("tljungblad" spells "Ljungblad"), a first name by its
// initial at least ("Tammy").
func addressSpells(local, w string, surname bool) bool {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || len(local) < 4 {
		return false
	}
	lw := strings.ToLower(w)
	if len(lw) > 5 {
		lw = lw[:5]
	}
	if surname {
		return len(lw) >= 3 && strings.Contains(local, lw)
	}
	return strings.HasPrefix(local, lw[:1]) || len(lw) >= 3 && strings.Contains(local, lw)
}

// outletSlashName reports whether s is an outlet and its photographer
// joined by a slash, the outlet first: as the Canadian Press credits, "THE
// CANADIAN PRESS/Chris Young" (one to four words in capitals before the
// slash), or, when capitalisedOutlet (in a caption's closing parentheses),
// as The Mainichi does, "Mainichi/Yuki Sato" (one to three capitalised
// words); two or three capitalised words after. Outside parentheses a
// capitalised outlet reads as well as a photographer's name ("Phelan M.
// Ebenhack/Associated Press").
func outletSlashName(s string, capitalisedOutlet bool) bool {
	outlet, name, ok := strings.Cut(s, "/")
	if !ok || strings.Contains(name, "/") || strings.HasSuffix(outlet, " ") || strings.HasPrefix(name, " ") {
		return false
	}
	of, nf := strings.Fields(outlet), strings.Fields(name)
	inCapitals := len(of) >= 1 && len(of) <= 4 && !strings.ContainsFunc(outlet, unicode.IsLower) && strings.ContainsFunc(outlet, unicode.IsLetter)
	if !inCapitals && !(capitalisedOutlet && capitalised(outlet, 3)) || len(nf) < 2 || len(nf) > 3 {
		return false
	}
	for _, w := range nf {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ".,;:!?") && !(len(w) == 2 && w[1] == '.') {
			return false
		}
	}
	return true
}

// nameSlashOutletWords reports whether s is a photographer's name and an
// outlet of several words joined by a slash, as a caption's parenthesised
// credit: "Adrian Wyld/The Canadian Press", "Paul Spinelli/Associated
// Press". Two to three capitalised words before the slash, one to four
// after.
func nameSlashOutletWords(s string) bool {
	name, outlet, ok := strings.Cut(s, "/")
	if !ok || strings.Contains(outlet, "/") {
		return false
	}
	nf, of := strings.Fields(name), strings.Fields(outlet)
	if len(nf) < 2 || len(nf) > 3 || len(of) < 1 || len(of) > 4 || strings.HasSuffix(name, " ") || strings.HasPrefix(outlet, " ") {
		return false
	}
	for k, w := range append(nf, of...) {
		// A small word inside the outlet: "Seth Robson/Stars and Stripes".
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !(k > len(nf) && k < len(nf)+len(of)-1 && (w == "and" || w == "of" || w == "the")) {
			return false
		}
	}
	return true
}

// nameCommaSite reports whether s is a photographer's name and the site's
// address after a comma, as cleveland.com credits its pictures: "John
// Kuntz, cleveland.com".
func nameCommaSite(s string) bool {
	name, site, ok := strings.Cut(s, ", ")
	return ok && strings.Contains(name, " ") && capitalised(name, 3) && !strings.ContainsAny(site, " /") && strings.Contains(site, ".") && site == strings.ToLower(site)
}

// nameSlash reports whether s is a photographer's name and the outlet joined
// by a bare slash, every word capitalised, two to five words: "Yonatan
// Sindel/Flash90" in the parentheses that close a caption.
func nameSlash(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 || strings.Count(s, "/") != 1 || !strings.Contains(f[len(f)-1], "/") {
		return false
	}
	for _, w := range f {
		for _, x := range strings.Split(w, "/") {
			if r, _ := utf8.DecodeRuneInString(x); x == "" || !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}
