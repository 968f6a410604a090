package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// smallWords are the words a title-case headline leaves in lower case.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "from": true, "as": true, "amid": true, "into": true, "over": true,
	"after": true, "vs": true, "vs.": true, "via": true, "up": true, "off": true,
	"out": true, "is": true, "are": true, "be": true, "its": true, "than": true,
	"about": true, "between": true, "among": true, "amidst": true, "against": true,
}

// Words splits s into fields on whitespace.
func Words(s string) []string { return strings.Fields(s) }

// AppendFields appends to dst the fields of s as strings.Fields splits
// them, up to most of them: the callers that need a line's few words pass
// an array of their own, which spares the slice Fields makes each line.
func AppendFields(dst []string, s string, most int) []string {
	start, n := -1, 0
	for i := 0; i < len(s) && n < most; {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isUnicodeSpace(r) {
			if start >= 0 {
				dst, start = append(dst, s[start:i]), -1
				n++
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 && n < most {
		dst = append(dst, s[start:])
	}
	return dst
}

// LooksLikeHeadline reports whether s has the shape of an article headline: one
// short line, starting with a capital, digit or quote, not ending like a sentence
// fragment (".", ",", ";", ":").
func LooksLikeHeadline(s string) bool {
	if len(s) > 4*200 {
		return false // more than 200 runes
	}
	if !startsCapital(s) { // before a pass over it
		return false
	}
	n := tidyLen(s, 200)
	if n < 8 || n > 200 {
		return false
	}
	nw := countWords(s)
	if nw < 2 || nw > 25 {
		return false
	}
	if endsBadly(s) && !shortSentences(s, nw) && !(initialsEnd(s) && titleCaseRatio(s) >= 0.8) {
		return false
	}
	if strings.Contains(s, "://") || len(s) >= 3 && strings.EqualFold(s[:3], "by ") || MenuShaped(s) {
		return false
	}
	// A long line ending in a full stop is a sentence, checked by endsBadly; a
	// long line without end punctuation but with many lower-case words is prose.
	// Up to 20 words it may be a headline in sentence case: today's live
	// blogs' and explainers' headlines run to 17 or more ("Budget 2026 live:
	// chancellor unveils fuel duty freeze and new tax on online gambling – as
	// it happened").
	return nw <= 20 || titleCaseRatio(s) >= 0.6
}

// tidyLen is the length of s in runes with each run of white space counted
// as one and none at either end: its length as the cleanup renders it
// ("00  000A" is as short as "00 000A", found by FuzzClean). It stops
// counting past most (the callers ask whether s is short).
func tidyLen(s string, most int) int {
	n, space := 0, false
	for _, r := range strings.TrimSpace(s) {
		if n > most {
			break
		}
		if isUnicodeSpace(r) {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		n++
	}
	return n
}

// LooksLikeHeading reports whether s looks like a section heading: short, no end
// punctuation other than "?", starting with a capital, and mostly title case
// (or very short).
func LooksLikeHeading(s string) bool {
	if len(s) > 4*100 {
		return false // more than 100 runes
	}
	// Its ends first, then its length and words: a paragraph's end
	// rejects it without a pass over it.
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == '!' || last == '"' || last == '”' || last == ')' || endsBadly(s) || !startsCapital(s) {
		return false
	}
	n := tidyLen(s, 100)
	if n < 2 || n > 100 {
		return false
	}
	nw := countWords(s)
	if nw == 0 || nw > 14 {
		return false
	}
	return nw <= 8 || titleCaseRatio(s) >= 0.6
}

func startsCapital(s string) bool {
	// A wire's tag before the headline: Yonhap's "(LEAD) N. Korea fires
	// ...", "(2nd LD) ..."; a credit in parentheses alone is none.
	if strings.HasPrefix(s, "(") {
		if k := strings.IndexByte(s, ')'); k > 1 && k <= 24 && k+2 < len(s) && s[k+1] == ' ' {
			return startsCapital(s[k+2:])
		}
	}
	for i, r := range s {
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r):
			return true
		case r >= 'a' && r <= 'z' && i+1 < len(s) && s[i+1] >= 'A' && s[i+1] <= 'Z' && i+2 < len(s) && s[i+2] >= 'a' && s[i+2] <= 'z':
			// A brand written with a small letter before its capital
			// ("iTunes", "eBay"): a capital's start.
			return true
		case unicode.IsLetter(r) && !unicode.IsLower(r):
			// A script without case (Chinese, Japanese, Korean, Arabic,
			// Hebrew): any letter starts a line as a capital does.
			return true
		case strings.ContainsRune("\"'“‘«¿¡", r):
			continue
		default:
			return false
		}
	}
	return false
}

// shortSentences reports whether s, of nw words, is two or three short
// sentences ending in a full stop, as some newsrooms write a headline
// ("Stocks fell. Here's why that matters.", "The Fed held rates. Markets
// shrugged."): at most 14 words, each sentence of 2 to 9 words and
// starting with a capital, no ": " (a site's "Skip to: Content. Text
// Version.") and the last no call to action.
func shortSentences(s string, nw int) bool {
	if nw > 14 || !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return false
	}
	n, start := 1, 0
	for k := 0; k+2 < len(s); k++ {
		// A sentence ends at ". " before a capital ("U.S. economy" and
		// "2.1%" end none).
		if strings.IndexByte(".?!", s[k]) >= 0 && s[k+1] == ' ' && startsCapital(s[k+2:]) &&
			!(k >= 2 && s[k-2] == '.' || k >= 1 && s[k-1] >= 'A' && s[k-1] <= 'Z' && (k < 2 || s[k-2] == ' ')) {
			if w := countWords(s[start:k]); w < 2 || w > 9 {
				return false // "1. You never ...": a list's item
			}
			n, start = n+1, k+2
		}
	}
	w := countWords(s[start:])
	return n >= 2 && n <= 3 && w >= 2 && w <= 9 && !strings.Contains(s, ": ") && !callToAction(s[start:])
}

// callToAction reports whether the sentence s opens with a verb an advert
// or a site's box closes on ("Register now.", "Sign up today.").
func callToAction(s string) bool {
	f, _, _ := strings.Cut(strings.ToLower(s), " ")
	return strings.Contains(" register sign subscribe join click download shop buy order bet play try claim book apply visit call log ", " "+f+" ")
}

// endsBadly reports whether s ends with sentence or clause punctuation.
func endsBadly(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".,;:…。，；：、।॥", last) // and Hindi's danda
}

// countWords counts the fields of s as strings.Fields splits them; a run
// of Chinese or Japanese characters, written without spaces, counts a word
// for every two of them (the mean Chinese word is about 1.6 characters), so
// that a Chinese headline is not taken for a one-word label.
func countWords(s string) int {
	n, cjk, in := 0, 0, false
	for _, r := range s {
		if r < utf8.RuneSelf {
			sp := r == ' ' || r >= '\t' && r <= '\r'
			if !sp && !in {
				n++
			}
			in = !sp
			continue
		}
		if r >= 0x3000 && unicode.IsPunct(r) {
			in = false // "，", "。": like a space
			continue
		}
		if IsCJK(r) {
			cjk++
			in = false
			continue
		}
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n + (cjk+1)/2
}

// isUnicodeSpace is unicode.IsSpace, ASCII first.
func isUnicodeSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// titleCaseRatio is the share of the content words of s that start with a
// capital.
func titleCaseRatio(s string) float64 {
	caps, total := 0, 0
	for rest := s; rest != ""; {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			end = len(rest)
		}
		w := rest[:end]
		rest = rest[end:]
		if w == "" {
			continue
		}
		w = strings.TrimLeft(w, "\"'“‘(«")
		if w == "" || isSmallWord(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		total++
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(caps) / float64(total)
}

// isSmallWord reports whether smallWords holds w lower-cased, without
// allocating for short ASCII words.
func isSmallWord(w string) bool {
	if len(w) > 8 {
		return false // no small word is longer
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return smallWords[strings.ToLower(w)]
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return smallWords[string(buf[:len(w)])]
}

// MenuShaped reports whether s is a row of links, not a headline: four or
// more items between " | ", none longer than four words ("Home Page | Site
// Index | RSS Feeds | About Us"), or a blog's "« Previous post | Main | Next
// post »". A title line's "Headline | Section | Site" has three parts and a
// longer first.
func MenuShaped(s string) bool {
	if strings.Count(s, " | ") < 2 {
		return false
	}
	parts := strings.Split(s, " | ")
	short := true
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if strings.EqualFold(p, "main") || strings.EqualFold(p, "home") {
			return true
		}
		if countWords(p) > 4 {
			short = false
		}
	}
	return short && len(parts) >= 4
}

// IsCJK reports whether r is a Han ideograph, hiragana or katakana: the
// scripts written without spaces between words (Korean's hangul has them).
// The blocks are written out: unicode.Han and its kin would add their
// tables to the wasm.
func IsCJK(r rune) bool {
	switch {
	case r < 0x3005:
		return false
	case r <= 0x3007, r >= 0x3040 && r <= 0x30ff, r >= 0x31f0 && r <= 0x31ff, // 々〆〇, kana
		r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff, r >= 0xf900 && r <= 0xfaff, // Han
		r >= 0xff66 && r <= 0xff9f,   // half-width katakana
		r >= 0x20000 && r <= 0x3134f: // Han, extensions B to G
		return unicode.IsLetter(r) || r == 0x3007
	}
	return false
}

// wordSet is the set of the space-separated words of s: a map literal costs
// the wasm several times the code. Not inlined: each call site would cost its
// own copy.
//
//go:noinline
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
