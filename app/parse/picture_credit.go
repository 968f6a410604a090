package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// PictureCredit reports whether a credit cut from a caption's end says it
// is a picture's, in the words of papers in Asia, Africa and the
// Caribbean: after a dash ("— Picture by Miera Zulyana", "— Filepic",
// "—INQUIRER FILE PHOTO", "- File photo"), in parentheses ("(Express
// Photo)", "(HT Photo)"), after the caption's full stop ("CNA file
// photo", "File photo: Star"), or a bar after the label ("PHOTO | FILE").
// A bare agency after a dash ("— PTI") signs a wire's paragraph off
// instead, and is no picture's credit.
func PictureCredit(credit string) bool {
	c := strings.TrimSpace(credit)
	if rest, ok := strings.CutPrefix(c, "("); ok {
		in, ok := strings.CutSuffix(rest, ")")
		return ok && (pictureLabelled(in) || labelBarSource(in))
	}
	if label, rest, ok := strings.Cut(c, " | "); ok {
		return photoLabel(label) && capitalised(rest, 4)
	}
	return pictureLabelled(strings.TrimLeft(c, "—–- "))
}

// pictureLabelled reports whether s is a picture's credit that names
// itself one: a label and a source or a photographer ("Picture by Miera
// Zulyana", "File photo: Star", "Filepic"), or a source and the label
// ("Express Photo", "INQUIRER FILE PHOTO", "CNA file photo"), the
// source a paper's own, not an agency's. Six words
// at most; every word not the label's is capitalised.
func pictureLabelled(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 || strings.ContainsAny(s, ".!?;\"“”") {
		return false
	}
	low := strings.ToLower(s)
	for _, p := range []string{"picture by ", "pictures by ", "photo by ", "photos by ", "pic by ", "pic: ", "pics: ", "picture: ", "file photo: ", "file picture: ", "file pic: "} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			return capitalised(withoutPictureNumber(s[len(s)-len(rest):]), 4)
		}
	}
	for _, x := range []string{"filepic", "file photo", "file picture", "file pic", "photo"} {
		if low == x {
			return x != "photo" // "Photo" alone is a button's
		}
		if head, ok := strings.CutSuffix(low, " "+x); ok {
			// Not an agency's own stamp ("AFP PHOTO"): the old pages
			// that carry it keep the caption as the story's.
			return capitalised(s[:len(head)], 3) && !photoButtons[head] && !hasCreditWord(head)
		}
	}
	return false
}

// withoutPictureNumber returns a credit without the number of the picture
// in the paper's library after a comma, as the Guernsey Press prints it
// ("Adrian Miller, 123456"): four to eight digits.
func withoutPictureNumber(s string) string {
	k := strings.LastIndex(s, ", ")
	if k < 0 {
		return s
	}
	n := s[k+2:]
	if len(n) < 4 || len(n) > 8 || strings.Trim(n, "0123456789") != "" {
		return s
	}
	return s[:k]
}

// labelBarSource reports whether s is a picture's label, a bar and its
// source, as The New Indian Express credits in parentheses: "Photo |
// Express", "File Photo | PTI", "Express Illustration | Soumyadip
// Sinha", "Photo | Special Arrangement". The label is capitalised, of
// three words at most, and closes on "Photo", "Pic", "Image" or
// "Illustration"; the source is capitalised, of four words at most (a
// comma may part a photographer and the paper's initials), no sentence.
func labelBarSource(s string) bool {
	label, src, ok := strings.Cut(s, " | ")
	if !ok || !capitalised(label, 3) || !capitalised(src, 4) || strings.ContainsAny(src, ".!?|") {
		return false
	}
	l := strings.ToLower(label)
	return l == "photo" || l == "pic" || l == "image" || hasAnySuffix(l, " photo", " photos", " pic", " image", " illustration")
}

// hasAnySuffix reports whether s ends with one of the suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// photoButtons are the words before "Photo" on a button or a link, not a
// source's: "View Photo", "Upload Photo".
var photoButtons = wordSet("view see add upload more next previous profile cover your our edit change best")

// photoLabel reports whether s closes on the word that labels a credit
// after it in capitals: "... in Dar es Salaam. PHOTO".
//
//go:noinline
func photoLabel(s string) bool {
	return strings.HasSuffix(s, "PHOTO") || strings.HasSuffix(s, "PHOTOS")
}

// capitalised reports whether s is one to most words, each opening with a
// capital letter (a name, a source: "Miera Zulyana", "INQUIRER", "Star").
func capitalised(s string, most int) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > most {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// NationalAgency reports whether s, in capitals, is the acronym of a
// national news agency whose pictures papers of Asia, Africa and the Middle
// East credit in parentheses after a caption: Arab News' "... in Makkah.
// (SPA)", the Gulf's "(WAM)", "(QNA)", "(KUNA)". In capitals only: "Spa"
// and "App" are words. The same acronym signs a wire's paragraph off
// ("... he said outside the temple. (ANI)"): the caller tells which.
// The Washington Times spells its wire out: "... at Naval Station Norfolk.
// (Associated Press)".
func NationalAgency(s string) bool {
	return nationalAgencies[s] || s == "Associated Press"
}

// nationalAgencies are the acronyms of national news agencies (Saudi
// Arabia, the UAE, Qatar, Kuwait, Bahrain, Oman, Egypt, Iran, Syria,
// Lebanon, Jordan, Pakistan, Bangladesh, India, Vietnam, Laos,
// Indonesia, Malaysia, the Philippines, Taiwan).
var nationalAgencies = wordSet("SPA WAM QNA KUNA BNA ONA MENA IRNA ISNA SANA NNA PETRA APP BSS UNB ANI VNA KPL ANTARA " +
	"BERNAMA PNA CNA")

// OutletSlashName reports whether s is an outlet and its photographer
// joined by a slash, the outlet first (see outletSlashName).
func OutletSlashName(s string) bool { return outletSlashName(s, true) }

// acronymSlashName reports whether s is an outlet's acronym and its
// photographer joined by a slash, as Khmer Times credits after a caption's
// full stop: "KT/Chor Sokunthea". The acronym is two to five capitals; a
// name before the slash ("Tony Kurdzuk/The Star-Ledger") puts the
// photographer first.
func acronymSlashName(s string) bool {
	outlet, _, ok := strings.Cut(s, "/")
	if !ok || len(outlet) < 2 || len(outlet) > 5 || strings.ToUpper(outlet) != outlet || strings.ContainsAny(outlet, " .()") {
		return false
	}
	return outletSlashName(s, true)
}
