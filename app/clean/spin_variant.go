package clean

import "strings"

// Spelling variants. The spinner swaps British and American spellings of a
// word like any synonyms (WordNet lists "center" first in centre's first
// synset, "programme" in program's), but the news model cannot undo them: a
// writer may use either convention, and a repair that changed the writer's
// spelling would be wrong. An article shows its writer's convention where
// the spinner cannot have written it: in the variants it never writes
// ("organisations", "criticised"; "realized", "organizations": the table's
// "b" and "a" lines) and in its honorifics ("Mr Blair", "Mr. Bush"). In a
// spun article that shows one convention and not the other, a variant of
// the other convention that the spinner writes for this one's spelling of
// the word, and for no other word ("defense" for "defence"; not "center",
// which is middle's swap too), is read as its swap and repaired. A word
// with a capital ("World Trade Center", "Labor Party") is a name's and never
// repaired.

// variant is what the table says of a spelling variant.
type variant struct {
	// kind is 'b' or 'a' for a British or American variant the spinner
	// never writes (the writer's), 'B' or 'A' for one it writes for orig.
	kind byte
	orig string // the other convention's spelling of the word
}

// variantOf looks w (lower case) up in the table's "v" lines.
func (t *spinTable) variantOf(w string) (variant, bool) {
	line, ok := t.variants.find(w)
	if !ok {
		return variant{}, false
	}
	f := strings.Fields(line[2+len(w):])
	if len(f) == 0 || len(f[0]) != 1 {
		return variant{}, false
	}
	v := variant{kind: f[0][0]}
	if len(f) > 1 {
		v.orig = f[1]
	}
	return v, true
}

// variantOf is spinTable.variantOf through the cache, which a spun
// article's words are in already (see decodeRun): conventionOf and
// variantRepairs look every word up. The caller holds c.mu.
func (c *lookups) variantOf(w string) (variant, bool) {
	cw, ok := c.words[w]
	if !cw.hasV {
		cw.v, cw.isV = c.t.variantOf(w)
		cw.hasV = true
		c.store(w, &cw, ok)
	}
	return cw.v, cw.isV
}

// isHonorific reports whether w is an honorific, written "Mr Blair" in
// British style, "Mr. Bush" in American; the spinner leaves them alone.
func isHonorific(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Dr":
		return true
	}
	return false
}

// minConvention is how many signs of one convention (and none of the
// other) tell an article's convention.
const minConvention = 2

// The families of spelling variants, by their endings: an article may
// follow one convention in one family and the other in another (pages of
// other news write "Mr." and "organization" but "defence" and "theatre").
const (
	famIse  = iota // organise, organize
	famOur         // colour, color
	famTre         // centre, center
	famEnce        // defence, defense
	famMme         // programme, program
	famLl          // travelled, traveled
	numFamilies
)

// variantFamily returns the family of a spelling variant (a word of the
// table's "v" lines).
func variantFamily(w string) int {
	switch {
	case strings.Contains(w, "list") || strings.HasSuffix(w, "led") || strings.HasSuffix(w, "ling") ||
		strings.HasSuffix(w, "ler") || strings.HasSuffix(w, "lers"):
		return famLl
	case strings.Contains(w, "is") || strings.Contains(w, "iz") || strings.Contains(w, "ys") || strings.Contains(w, "yz"):
		return famIse
	case strings.Contains(w, "or"):
		return famOur
	case strings.HasSuffix(w, "ence") || strings.HasSuffix(w, "ences") || strings.HasSuffix(w, "ense") || strings.HasSuffix(w, "enses"):
		return famEnce
	case strings.Contains(w, "mme") || strings.Contains(w, "program"):
		return famMme
	}
	return famTre
}

// conventionSigns counts the signs of the writer's convention in an
// article: British and American variants the spinner never writes, in all
// and of each family, and honorifics.
type conventionSigns struct {
	br, am           int // variants and honorifics
	brFam, amFam     [numFamilies]int
	brStyle, amStyle int // honorifics: "Mr Blair", "Mr. Bush"
}

// conventionOf counts the signs of the convention in an article's blocks'
// tokens: only words in lower case (a name keeps its own spelling: "World
// Trade Center" in British prose) and not glued to another.
// The caller holds c.mu.
func (c *lookups) conventionOf(toks [][]token) conventionSigns {
	var cs conventionSigns
	for _, tk := range toks {
		for i, w := range tk {
			if isHonorific(w.word) {
				if i+1 < len(tk) {
					cs.honorific(w, tk[i+1])
				}
				continue
			}
			if w.glued || w.word != w.low {
				continue
			}
			if v, ok := c.variantOf(w.low); ok {
				switch v.kind {
				case 'b':
					cs.br++
					cs.brFam[variantFamily(w.low)]++
				case 'a':
					cs.am++
					cs.amFam[variantFamily(w.low)]++
				}
			}
		}
	}
	cs.br += cs.brStyle
	cs.am += cs.amStyle
	return cs
}

// honorific counts the honorific w before the name n: "Mr Blair" (no
// stop) is British style, "Mr. Bush" American.
func (cs *conventionSigns) honorific(w, n token) {
	if n.word == n.low || n.seg != w.seg {
		return
	}
	switch {
	case !w.punctAfter && !w.glued && !n.sentStart && n.start == w.end+1:
		cs.brStyle++
	case w.punctAfter && n.start == w.end+2:
		cs.amStyle++
	}
}

// swapKind returns the kind of the variants of family f that are the
// spinner's swaps in an article with the signs cs: 'A' (American variants)
// where it shows the British convention and none of the American, 'B'
// where it shows the American convention, in that family too, and none of
// the British; 0 otherwise. An American article needs its family's sign:
// a writer who writes "Mr." and "organization" may write "defence" (other
// news, TestSpinnerOtherNews: three wrong repairs without it).
func (cs conventionSigns) swapKind(f int) byte {
	switch {
	case cs.br >= minConvention && cs.am == 0:
		return 'A'
	case cs.am >= minConvention && cs.br == 0 && cs.amFam[f] > 0:
		return 'B'
	}
	return 0
}

// variantRepairs fills repls with the repairs of spelling variants in the
// blocks (toks) of a spun article (see above), where no other repair was
// made.
func (t *spinTable) variantRepairs(toks [][]token, repls [][]string) {
	if t.variants.lo == t.variants.hi {
		return // a table without variants
	}
	c := t.cache()
	c.mu.Lock()
	defer c.mu.Unlock()
	cs := c.conventionOf(toks)
	if cs.br == 0 && cs.am == 0 {
		return
	}
	for k, tk := range toks {
		for i, w := range tk {
			if repls[k][i] != "" || w.glued || w.word != w.low {
				continue
			}
			v, ok := c.variantOf(w.low)
			if !ok || v.orig == "" || v.kind != cs.swapKind(variantFamily(w.low)) {
				continue
			}
			repls[k][i] = v.orig
		}
	}
}
