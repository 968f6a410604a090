package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossierapp/dossier/app/clean/internal/wordnet"
)

// Spelling variants: British and American spellings of one word ("centre",
// "center"). The reverse table leaves them out (spelling): in a clean text a
// repair between them would change the writer's spelling. But the spinner
// swaps them like any synonyms (WordNet lists "center" first in centre's
// first synset, "programme" in program's), and an article shows its
// writer's convention in the variants the spinner never writes
// ("organisations", "criticised"): there a variant of the other
// convention that the spinner writes is its swap. The "v" lines say so.

// minVariantUses is how often news prose must write a British variant in
// lower case for the table to list it.
const minVariantUses = 3

// britishRarity: a British writer writes the American variant at most once
// for this many uses of the British one (BBC prose, in lower case) for the
// American variant to tell of an American writer or of a spinner: "center"
// (BBC 0, "centre" 162) does, "program" (BBC 100, "programme" 231: a
// computer's) does not.
const britishRarity = 20

// variantLines returns the "v" lines, in the byte order of their words:
//
//	v word b        a British variant the spinner never writes: the writer's
//	v word a        an American one, which British prose hardly writes
//	v word B orig   a British variant the spinner writes for orig, its
//	                American variant, and for no other word: in an
//	                American article, orig
//	v word A orig   an American variant the spinner writes for orig, its
//	                British variant, and for no other word, which British
//	                prose hardly writes in its stead: in a British
//	                article, orig
//
// lower counts the uses of words in lower case in all the news text,
// bbcLower in the BBC's.
func variantLines(wn *wordnet.WordNet, lower, bbcLower map[string]int) []string {
	// writes[s] are the words the spinner replaces with s (nil: it never
	// writes s).
	writes := map[string][]string{}
	for p := range wordnet.POS {
		wn.Lemmas(p, func(w string) {
			for _, s := range wn.FirstSynonyms(w) {
				writes[s] = append(writes[s], w)
			}
		})
	}
	for s, ws := range spinExtra {
		writes[s] = append(writes[s], ws...)
	}
	// swapOf reports whether the spinner writes s for w and for no other
	// word news prose writes: "center" is middle's swap too, "offense"
	// crime's, "favor" privilege's, and there the variant may stand for
	// either.
	swapOf := func(s, w string) bool {
		found := false
		for _, o := range writes[s] {
			switch {
			case o == w:
				found = true
			case lower[o] > 0:
				return false
			}
		}
		return found
	}
	lines := map[string]string{}
	for br, n := range lower {
		am := american(br)
		if am == br || n < minVariantUses || !variantEnding(br) {
			continue
		}
		if len(br) < 5 {
			continue // "four", "hour", "your": not variants of "for", "hor", "yor"
		}
		rare := bbcLower[am]*britishRarity <= bbcLower[br] && bbcLower[br] >= minVariantUses
		if !variantLemma(wn, br) && (!rare || lower[am] < 2) {
			// "filled", "filed": two words; "called", "caled": a typo;
			// "advertise", "advertize": WordNet lists the American
			// spelling first, and this one is American too.
			continue
		}
		if writes[br] == nil {
			lines[br] = "b"
		} else if swapOf(br, am) {
			lines[br] = "B " + am
		}
		if !rare {
			continue // British prose writes "program" too
		}
		if writes[am] == nil {
			lines[am] = "a"
		} else if swapOf(am, br) {
			lines[am] = "A " + br
		}
	}
	words := make([]string, 0, len(lines))
	for w := range lines {
		words = append(words, w)
	}
	sort.Strings(words)
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = fmt.Sprintf("v %s %s", w, lines[w])
	}
	return out
}

// variantEnding reports whether w's British ending marks a convention:
// not "-ogue" ("dialogue" and "catalogue" are American prose's too).
func variantEnding(w string) bool {
	return !strings.HasSuffix(w, "ogue")
}

// variantLemma reports whether br, or the lemma it is an inflection of
// ("programmes", "criticising", "honoured"), is a British spelling that
// WordNet lists after its American one (americanFirst).
func variantLemma(wn *wordnet.WordNet, br string) bool {
	for _, suf := range []string{"", "s", "es", "d", "ed", "ing"} {
		stem, ok := strings.CutSuffix(br, suf)
		if !ok || len(stem) < 4 {
			continue
		}
		for _, l := range []string{stem, stem + "e"} {
			if am := american(l); am != l && americanFirst(wn, l, am) {
				return true
			}
		}
	}
	return false
}

// americanFirst reports whether WordNet lists am before br in a synset of
// br's, as it lists the American spelling of a word ("center, centre";
// "program, programme"; but "advertise, advertize").
func americanFirst(wn *wordnet.WordNet, br, am string) bool {
	for p := range wordnet.POS {
		for _, set := range wn.Senses(p, br) {
			for _, m := range set {
				if strings.EqualFold(m, br) {
					break
				}
				if strings.EqualFold(m, am) {
					return true
				}
			}
		}
	}
	return false
}
