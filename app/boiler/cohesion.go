package boiler

// regionWord is what cohesion knows of a content word of the main region:
// how many of the region's lines hold it, and the last of them.
type regionWord struct{ lines, last int32 }

// cohesion returns, for each of a page's n lines, how many content words it
// has (measureWords, whose hashes of them are in sc) and how many of them
// the page's main region [start, end) holds on another line: an article's
// own paragraphs, its last ones too, reuse its vocabulary, where a teaser,
// a related headline or a footer mostly do not. The region's words are kept
// in sc's map, reused page to page.
func cohesion(sc *scratch, n, start, end int) (content, shared []int32) {
	if sc.region == nil {
		sc.region = make(map[uint64]regionWord)
	}
	clear(sc.region)
	m := sc.region
	sc.coh = grow(sc.coh, 2*n)
	content, shared = sc.coh[:n], sc.coh[n:]
	for i := start; i < end; i++ {
		for _, h := range sc.hashes[sc.hashAt[i]:sc.hashAt[i+1]] {
			e, ok := m[h]
			switch {
			case !ok:
				m[h] = regionWord{1, int32(i)}
			case e.last != int32(i):
				m[h] = regionWord{e.lines + 1, int32(i)}
			}
		}
	}
	for i := range n {
		// A word of a line of the region is on another line when two
		// lines hold it; any line outside needs one.
		need := int32(1)
		if i >= start && i < end {
			need = 2
		}
		hs := sc.hashes[sc.hashAt[i]:sc.hashAt[i+1]]
		content[i] = int32(len(hs))
		if len(m) == 0 {
			continue
		}
		for _, h := range hs {
			if e, ok := m[h]; ok && e.lines >= need {
				shared[i]++
			}
		}
	}
	return content, shared
}

// wordHash is FNV-1a's 64-bit hash of w.
func wordHash(w []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range w {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// cohesionShare is shared/content, or -1 for no content words.
func cohesionShare(content, shared int32) float32 {
	if content == 0 {
		return -1
	}
	return float32(shared) / float32(content)
}
