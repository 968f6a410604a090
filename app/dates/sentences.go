package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence ("Mr.",
// "Jan.", "Gen."); compared in lower case without the period.
var abbreviations map[string]bool

// sentenceStarters are words that, after an abbreviation such as "U.S." or
// "p.m.", show that a new sentence began.
var sentenceStarters map[string]bool

// Sentences splits a paragraph into sentences. It survives abbreviations
// ("U.S.", "Jan.", "Mr."), initials ("Kim J. Un"), decimals ("3.5"),
// ellipses and closing quotes or brackets after the final punctuation.
// Sentences are trimmed of surrounding white space; empty ones are dropped.
func Sentences(paragraph string) []string {
	spans := SentenceBounds(paragraph)
	if len(spans) == 0 {
		return nil
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = paragraph[sp[0]:sp[1]]
	}
	return out
}

// SentenceBounds is Sentences with byte offsets: each element is the
// [start, end) of one trimmed sentence in paragraph.
func SentenceBounds(paragraph string) [][2]int { return AppendSentenceBounds(nil, paragraph) }

// AppendSentenceBounds appends the bounds SentenceBounds returns to dst: a
// caller that reads many paragraphs reuses one array for them.
func AppendSentenceBounds(dst [][2]int, paragraph string) [][2]int {
	loadTables()
	out := dst
	s := paragraph
	start := 0
	add := func(lo, hi int) {
		for lo < hi {
			r, n := utf8.DecodeRuneInString(s[lo:])
			if !unicode.IsSpace(r) {
				break
			}
			lo += n
		}
		for hi > lo {
			r, n := utf8.DecodeLastRuneInString(s[:hi])
			if !unicode.IsSpace(r) {
				break
			}
			hi -= n
		}
		if hi > lo {
			out = append(out, [2]int{lo, hi})
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\n' && i+1 < len(s) && s[i+1] == '\n' {
			add(start, i)
			start = i + n
			i += n
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		end := i + n
		// runs of terminators: "?!", "...", "…"
		for end < len(s) && (s[end] == '.' || s[end] == '!' || s[end] == '?') {
			end++
		}
		// closing quotes and brackets belong to the sentence
		for end < len(s) {
			c, m := utf8.DecodeRuneInString(s[end:])
			if c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' {
				end += m
				continue
			}
			break
		}
		if end < len(s) {
			c, _ := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsSpace(c) {
				i = end
				continue // "3.5", "U.S.A", "example.com"
			}
		}
		if nextIsLower(s, end) || r == '.' && end == i+1 && !breaksAfterPeriod(s, i, end) {
			i = end
			continue
		}
		add(start, end)
		start = end
		i = end
	}
	add(start, len(s))
	return out
}

// breaksAfterPeriod decides whether the single period at s[dot] (followed
// by white space at s[end]) ends a sentence.
func breaksAfterPeriod(s string, dot, end int) bool {
	// the word before the period
	w := dot
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:w])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		w -= n
	}
	word := s[w:dot]
	// the next word
	k := end
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsSpace(r) {
			break
		}
		k += n
	}
	if k >= len(s) {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(s[k:])
	if unicode.IsLower(nr) {
		return false // "the border. and officials", "approx. five"
	}
	// whether the next word starts sentences, lowered only when asked: most
	// periods end a plain word, and the next word's copy would be garbage
	starter := func() bool { return sentenceStarters[strings.ToLower(leadingWord(s[k:]))] }
	switch {
	case word == "":
		return true
	case strings.Contains(word, "."): // "U.S.", "p.m.", "e.g."
		return starter()
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
		return false // an initial: "Kim J. Un"
	case abbreviations[strings.ToLower(word)]:
		// a month abbreviation before a number: "Jan. 5"; a title before a name
		return starter() && !unicode.IsDigit(nr)
	}
	return true
}

// nextIsLower reports whether the first non-space rune at or after s[i] is
// a lower-case letter ("Yes... maybe", "the border. and officials").
func nextIsLower(s string, i int) bool {
	for _, r := range s[i:] {
		if !unicode.IsSpace(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// leadingWord returns the letters at the start of s.
func leadingWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// loadSentencesTables builds the word tables of sentences.go; loadTables calls it once.
func loadSentencesTables() {
	abbreviations = setOf(`mr mrs ms dr prof sen rep gov gen col lt sgt capt maj adm cmdr
st jr sr mt ft rev hon pres supt insp det cpl pvt brig messrs mme mlle
jan feb mar apr jun jul aug sep sept oct nov dec
vs approx dept est fig vol no nos op ca cf al inc ltd co corp bros`)
	sentenceStarters = setOf(`the a an he she it they we i you this that these those there
his her their its our but and however in on at after before when while if as meanwhile
also yet so still some many one two`)
}
