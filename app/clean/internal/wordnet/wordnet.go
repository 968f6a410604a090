// Package wordnet reads the synsets of WordNet 3.0's data files (Debian's
// wordnet-base, /usr/share/wordnet) for the spin-table generator and the
// spinner the tests use. Only the generator and tests import it: nothing of
// WordNet is read at run time.
package wordnet

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Dir is where Debian's wordnet-base installs WordNet 3.0.
const Dir = "/usr/share/wordnet"

// POS are WordNet's parts of speech, in the order of their files.
var POS = []string{"noun", "verb", "adj", "adv"}

// WordNet holds each lemma's senses and each synset's words.
type WordNet struct {
	// senses[pos][lemma] are the synsets of lemma, most frequent sense
	// first, as offsets into data[pos].
	senses [4]map[string][]int
	data   [4][]byte
	// Glosses are the gloss and example text of every synset.
	Glosses []string
}

// Load reads WordNet from dir.
func Load(dir string) (*WordNet, error) {
	wn := &WordNet{}
	for p, name := range POS {
		data, err := os.ReadFile(filepath.Join(dir, "data."+name))
		if err != nil {
			return nil, fmt.Errorf("wordnet: %w", err)
		}
		wn.data[p] = data
		for _, line := range bytes.Split(data, []byte("\n")) {
			if len(line) == 0 || line[0] == ' ' {
				continue
			}
			if k := bytes.Index(line, []byte("| ")); k >= 0 {
				wn.Glosses = append(wn.Glosses, string(line[k+2:]))
			}
		}
		idx, err := os.Open(filepath.Join(dir, "index."+name))
		if err != nil {
			return nil, fmt.Errorf("wordnet: %w", err)
		}
		m := map[string][]int{}
		sc := bufio.NewScanner(idx)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, " ") {
				continue
			}
			f := strings.Fields(line)
			if len(f) < 6 {
				continue
			}
			pc, _ := strconv.Atoi(f[3])
			nsyn, _ := strconv.Atoi(f[2])
			at := 4 + pc + 2
			for k := 0; k < nsyn && at+k < len(f); k++ {
				off, err := strconv.Atoi(f[at+k])
				if err == nil {
					m[f[0]] = append(m[f[0]], off)
				}
			}
		}
		idx.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("wordnet: index.%s: %w", name, err)
		}
		wn.senses[p] = m
	}
	return wn, nil
}

// Senses returns the synsets of lemma (lower case, "_" for spaces) in part
// of speech p (an index into POS), most frequent first, as lists of their
// words in WordNet's order.
func (wn *WordNet) Senses(p int, lemma string) [][]string {
	var out [][]string
	for _, off := range wn.senses[p][lemma] {
		out = append(out, wn.words(p, off))
	}
	return out
}

// Has reports whether lemma is a WordNet lemma of any part of speech.
func (wn *WordNet) Has(lemma string) bool {
	for p := range POS {
		if len(wn.senses[p][lemma]) > 0 {
			return true
		}
	}
	return false
}

// Lemmas calls fn for every lemma of part of speech p.
func (wn *WordNet) Lemmas(p int, fn func(lemma string)) {
	for l := range wn.senses[p] {
		fn(l)
	}
}

// words returns the words of the synset at off, without their adjective
// markers ("(a)", "(p)").
func (wn *WordNet) words(p, off int) []string {
	data := wn.data[p]
	if off < 0 || off >= len(data) {
		return nil
	}
	end := bytes.IndexByte(data[off:], '\n')
	if end < 0 {
		end = len(data) - off
	}
	f := strings.Fields(string(data[off : off+end]))
	if len(f) < 4 {
		return nil
	}
	n, _ := strconv.ParseInt(f[3], 16, 32)
	var out []string
	for i := 0; i < int(n) && 4+2*i < len(f); i++ {
		w := f[4+2*i]
		if k := strings.IndexByte(w, '('); k >= 0 {
			w = w[:k]
		}
		out = append(out, w)
	}
	return out
}

// SingleWord reports whether w is one word of two or more ASCII letters (no
// collocation, digit or hyphen).
func SingleWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// FirstSynonyms returns, for each part of speech in order, the first word
// of lemma's first synset that is a single word other than lemma itself
// (compared in lower case), lower-cased: the spinner's swaps of lemma.
func (wn *WordNet) FirstSynonyms(lemma string) []string {
	var out []string
	for p := range POS {
		offs := wn.senses[p][lemma]
		if len(offs) == 0 {
			continue
		}
		for _, w := range wn.words(p, offs[0]) {
			lw := strings.ToLower(w)
			if lw != lemma && SingleWord(w) {
				out = append(out, lw)
				break
			}
		}
	}
	return out
}

// Hypernyms returns the words of the first hypernym synset ("@" pointer) of
// lemma's first synset in part of speech p, or nil.
func (wn *WordNet) Hypernyms(p int, lemma string) []string {
	offs := wn.senses[p][lemma]
	if len(offs) == 0 {
		return nil
	}
	data := wn.data[p]
	off := offs[0]
	end := bytes.IndexByte(data[off:], '\n')
	if end < 0 {
		return nil
	}
	f := strings.Fields(string(data[off : off+end]))
	if len(f) < 4 {
		return nil
	}
	n, _ := strconv.ParseInt(f[3], 16, 32)
	at := 4 + 2*int(n)
	if at >= len(f) {
		return nil
	}
	np, _ := strconv.Atoi(f[at])
	for k := 0; k < np && at+1+4*k+3 < len(f); k++ {
		ptr := f[at+1+4*k : at+1+4*k+4]
		if ptr[0] == "@" && ptr[2] == f[2] {
			o, err := strconv.Atoi(ptr[1])
			if err == nil {
				return wn.words(p, o)
			}
		}
	}
	return nil
}
