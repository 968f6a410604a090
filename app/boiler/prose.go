package boiler

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// proseSentence reports what measure(s, lex) reports with prose() &&
// sentence(), reading no more than it must: the last rune first, then the
// words, and the stopwords only until they make a fifth of them. Most
// articles open with their prose, and Classify asks this of their first
// lines before anything else, natively and in the wasm (where measuring
// them whole was a third of Classify's time on clean articles under node,
// speed43); TestProseSentenceMatchesMeasure checks that both say the same.
func proseSentence(s string, lex *lexTable) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', '!', '?', '…', '"', '”', '’', '\'', ')':
	case ']':
		if !endsBeforeNote(s) {
			return false
		}
	default:
		return false // !endSentence
	}
	words := 0
	in := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '\t' {
			in = false
		} else if !in {
			words++
			in = true
		}
	}
	if words < 10 || hasURLWord(s) {
		return false
	}
	nw := float32(words)
	nStop := 0
	var buf [24]byte
	n, inWord := 0, false
	endWord := func() bool {
		inWord = false
		if n > 0 {
			if e, ok := lex.get(buf[:n]); ok && e.stop {
				nStop++
				return float32(nStop)/nw >= 0.2
			}
		}
		return false
	}
	for _, r := range s {
		if r == ' ' || r == '\t' {
			if inWord && endWord() {
				return true
			}
			continue
		}
		if !inWord {
			inWord, n = true, 0
		}
		var lr rune
		switch {
		case r >= 'a' && r <= 'z':
			lr = r
		case r >= 'A' && r <= 'Z':
			lr = r + ('a' - 'A')
		case r < utf8.RuneSelf:
			continue
		case unicode.IsLetter(r):
			lr = unicode.ToLower(r)
		default:
			continue
		}
		if lr < utf8.RuneSelf && n < len(buf) {
			buf[n] = byte(lr)
			n++
		} else if n+utf8.RuneLen(lr) <= len(buf) {
			n += utf8.EncodeRune(buf[n:], lr)
		}
	}
	return inWord && endWord()
}

// hasURLWord reports whether measure would set url for s: a word (a run
// without spaces or tabs) with an "@", or of more than four bytes starting
// with "http" or "www.".
func hasURLWord(s string) bool {
	if strings.IndexByte(s, '@') >= 0 {
		return true
	}
	for _, p := range [2]string{"http", "www."} {
		for at := 0; ; {
			k := strings.Index(s[at:], p)
			if k < 0 {
				break
			}
			k += at
			if (k == 0 || s[k-1] == ' ' || s[k-1] == '\t') && k+4 < len(s) && s[k+4] != ' ' && s[k+4] != '\t' {
				return true
			}
			at = k + 1
		}
	}
	return false
}
