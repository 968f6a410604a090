package search

import (
	"sort"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Field numbers of the indexed fields.
const (
	fieldTitle = iota
	fieldHeadings
	fieldLede // the first paragraph: news puts what matters first
	fieldBody
	fieldPublisher
	fieldNames
	numFields
)

// This fails to compile unless numFields is 6, which addPostings assumes
// when it tests a term's counts for zero one byte at a time (sixFields).
var _ = [1]struct{}{}[numFields-6]

// maxTF is the largest per-field term frequency stored in a posting.
const maxTF = 255

// gap separates paragraphs and fields in a document's term sequence so that
// phrases never match across them.
const gap = ^uint32(0)

// posting records that a term occurs in a document, with its frequency in
// each field.
type posting struct {
	doc uint32
	tf  [numFields]uint8
}

// Index is a searchable collection of documents. Build it with Build, extend
// it with Add or AddPaced, query it with Search. An Index is safe for concurrent use.
type Index struct {
	mu  sync.Mutex // held by searches, and by writers a document at a time
	wmu sync.Mutex // held by a writer (Add, AddPaced) throughout

	docs    []Doc
	pubFold []string             // folded publisher per document
	flen    [][numFields]uint32  // words per field per document
	norm    [][numFields]float32 // BM25 length normalisation, see bm25.go
	total   [numFields]uint64    // words per field, all documents
	seqOff  []uint32             // start of each document's term sequence in seq
	seq     []uint32             // term IDs of all documents in reading order, gap-separated
	normOK  bool                 // norm is up to date
	vocab   vocabulary           // terms, their IDs, and fuzzy lookup structures
	post    [][]posting          // posting list per term ID
	cache   map[expKey]expansion // query-word expansions of recent keystrokes
	last    prefixRange          // the previous keystroke's prefix range
	scratch scratch              // per-search buffers, reused
	tfBuf   [][numFields]uint8   // per-term counts while adding a document
	touched []uint32             // term IDs counted in tfBuf
	dfCount []uint32             // document frequency per term, during Build
	dfLast  []uint32             // last document (plus one) counted in dfCount
	backing []posting            // all posting lists, during Build
	fill    []uint32             // where each term's next posting goes in backing, during Build
	fold    []byte               // folding buffer
}

// Build indexes docs and returns the index.
func Build(docs []Doc) *Index { return BuildPaced(docs, nil) }

// BuildPaced is Build calling pause, when it is not nil, between documents,
// so that a caller on a single thread (the browser's) can let the page
// draw while a large index builds. docs must not change until it returns.
func BuildPaced(docs []Doc, pause func()) *Index {
	if pause == nil {
		pause = func() {}
	}
	ix := &Index{}
	ix.docs = make([]Doc, 0, len(docs))
	textBytes := 0
	for i := range docs {
		textBytes += len(docs[i].Title) + len(docs[i].Publisher)
		for _, p := range docs[i].Body {
			textBytes += len(p)
		}
	}
	ix.seq = make([]uint32, 0, textBytes/5+len(docs)*8)
	// First pass: term IDs in reading order, and document frequencies.
	ends := make([][numFields]uint32, len(docs))
	ix.dfCount = make([]uint32, 0, 1<<16)
	ix.dfLast = make([]uint32, 0, 1<<16)
	for i, d := range docs {
		ends[i] = ix.addSeq(d)
		pause()
	}
	df := ix.dfCount
	ix.dfCount, ix.dfLast = nil, nil
	// Second pass: posting lists, allocated once at their exact size.
	total := 0
	for _, n := range df {
		total += int(n)
	}
	ix.backing = make([]posting, total)
	ix.fill = make([]uint32, len(df))
	off := uint32(0)
	for id, n := range df {
		ix.fill[id] = off
		off += n
	}
	for i := range docs {
		ix.addPostings(uint32(i), ends[i])
		pause()
	}
	ix.post = make([][]posting, len(df), len(df)+len(df)/8)
	off = 0
	for id, n := range df {
		ix.post[id] = ix.backing[off : off+n : off+n]
		off += n
	}
	ix.backing, ix.fill = nil, nil
	ix.vocab.sortNewPaced(pause)
	ix.updateNorms()
	ix.scratch.grow(len(docs)) // so that the first keystroke does not pay for it
	return ix
}

// Len returns the number of indexed documents.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.docs)
}

// Terms returns the number of distinct terms in the vocabulary.
func (ix *Index) Terms() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.vocab.terms)
}

// addSeq appends d to the documents and its term IDs to the term sequence,
// each text followed by a gap. It returns where each field's terms end in
// the sequence.
func (ix *Index) addSeq(d Doc) (ends [numFields]uint32) {
	ix.docs = append(ix.docs, d)
	ix.pubFold = append(ix.pubFold, Fold(d.Publisher))
	ix.seqOff = append(ix.seqOff, uint32(len(ix.seq)))
	var lens [numFields]uint32
	doc := uint32(len(ix.docs)) // document number plus one, for dfLast
	field := func(f int, texts []string) {
		for _, t := range texts {
			lens[f] += ix.addText(t, doc)
		}
		ends[f] = uint32(len(ix.seq))
	}
	field(fieldTitle, []string{d.Title})
	field(fieldHeadings, d.Headings)
	if len(d.Body) > 0 {
		field(fieldLede, d.Body[:1])
		field(fieldBody, d.Body[1:])
	} else {
		field(fieldLede, nil)
		field(fieldBody, nil)
	}
	field(fieldPublisher, []string{d.Publisher})
	field(fieldNames, d.Names)
	ix.flen = append(ix.flen, lens)
	for f, n := range lens {
		ix.total[f] += uint64(n)
	}
	return ends
}

// addText appends the term IDs of text t of document doc (numbered from
// one) to the term sequence, followed by a gap, and counts document
// frequencies during Build. It returns the number of words. The hot state is
// kept in local variables: this loop is most of the cost of indexing.
func (ix *Index) addText(t string, doc uint32) uint32 {
	seq := ix.seq
	dfc, dfl := ix.dfCount, ix.dfLast
	counting := dfc != nil
	v := &ix.vocab
	n := uint32(0)
	tk := tokenizer{s: t, buf: ix.fold}
	tp := unsafe.StringData(t)
	for i := 0; i < len(t); {
		var id uint32
		c := t[i]
		l := byteClass[c]
		if l == 0xFF && c < utf8.RuneSelf {
			i++ // an ASCII separator
			continue
		}
		// The common case inline, without function calls (calls are costly
		// in wasm): a word of lower-case ASCII letters and digits followed
		// by an ASCII separator, already in the vocabulary.
		found := false
		if l != 0xFF {
			start := i
			for i < len(t) && byteClass[t[i]] < 0x80 {
				i++
			}
			// The hash is of the folded word (every byte or'ed with 0x20),
			// so upper-case words are looked up without folding them.
			h := hashChunks(tp, start, i-start, len(t), 0x20)
			n := i - start
			// The hash is of the folded word, so upper-case words are
			// looked up without folding them; only a new term is copied.
			if n <= MaxTermBytes && (i == len(t) || t[i] < utf8.RuneSelf && t[i] != '\'' && t[i] != '`') &&
				2*(len(v.terms)+1) <= len(v.table) {
				mask := len(v.table) - 1
				for j := int(h>>32) & mask; ; j = (j + 1) & mask {
					e := &v.table[j]
					if e.id1 == 0 {
						break
					}
					if e.h == h && e.n == uint32(n) {
						id, found = e.id1-1, true
						break
					}
				}
				if !found {
					term := t[start:i]
					if !isLowerASCII(term) {
						b := tk.buf[:0]
						for k := start; k < i; k++ {
							b = append(b, asciiWord[t[k]])
						}
						tk.buf = b
						term = bytesString(b)
					}
					id, found = v.id(term, h), true
				}
			} else {
				i = start
			}
		}
		if !found {
			// Anything else: the general tokenizer, for one word.
			tk.i = i
			term, _, _, h, ok := tk.next()
			i = tk.i
			if !ok {
				break
			}
			id = v.id(term, h)
		}
		seq = append(seq, id)
		n++
		if counting {
			if int(id) >= len(dfc) {
				dfc, dfl = append(dfc, 0), append(dfl, 0)
			}
			if dfl[id] != doc {
				dfl[id] = doc
				dfc[id]++
			}
		}
	}
	ix.seq, ix.fold = append(seq, gap), tk.buf
	if counting {
		ix.dfCount, ix.dfLast = dfc, dfl
	}
	return n
}

// addPostings appends the postings of document doc, whose fields end at
// ends in the term sequence.
func (ix *Index) addPostings(doc uint32, ends [numFields]uint32) {
	for len(ix.tfBuf) < len(ix.vocab.terms) {
		ix.tfBuf = append(ix.tfBuf, [numFields]uint8{})
	}
	pos := ix.seqOff[doc]
	tf, touched := ix.tfBuf, ix.touched[:0]
	for f, end := range ends {
		for _, id := range ix.seq[pos:end] {
			if id == gap {
				continue
			}
			c := &tf[id]
			if c[0]|c[1]|c[2]|c[3]|c[4]|c[5] == 0 { // sixFields
				touched = append(touched, id)
			}
			if c[f] < maxTF {
				c[f]++
			}
		}
		pos = end
	}
	if ix.fill != nil {
		// During Build: write into the posting lists' backing array, whose
		// slice headers are set at the end (no write barriers here).
		for _, id := range touched {
			ix.backing[ix.fill[id]] = posting{doc: doc, tf: tf[id]}
			ix.fill[id]++
			tf[id] = [numFields]uint8{}
		}
	} else {
		for _, id := range touched {
			ix.post[id] = append(ix.post[id], posting{doc: doc, tf: tf[id]})
			tf[id] = [numFields]uint8{}
		}
	}
	ix.touched = touched[:0]
}

// docSeq returns the term sequence of document doc.
func (ix *Index) docSeq(doc uint32) []uint32 {
	end := uint32(len(ix.seq))
	if int(doc)+1 < len(ix.seqOff) {
		end = ix.seqOff[doc+1]
	}
	return ix.seq[ix.seqOff[doc]:end]
}

// df returns the number of documents containing term id.
func (ix *Index) df(id uint32) int { return len(ix.post[id]) }

// sortStrings sorts ids by their terms.
func sortIDs(ids []uint32, terms []string) {
	sort.Slice(ids, func(a, b int) bool { return terms[ids[a]] < terms[ids[b]] })
}
