package clean

// cutSpans removes from block b's plain kept segments every span find
// returns (byte offsets into the segment's text, -1 when there is none),
// as removed segments with the given reason, so "Show removed" shows them
// in place. Segments already removed or repaired are left as they are.
func (b *block) cutSpans(find func(string) (int, int), reason string) {
	var out []Segment
	changed := false
	for _, s := range b.segs {
		if s.Removed != "" || s.Original != "" {
			out = append(out, s)
			continue
		}
		rest := s.Text
		for {
			st, en := find(rest)
			if st < 0 {
				break
			}
			out = append(out, Segment{Text: rest[:st]}, Segment{Text: rest[st:en], Removed: reason})
			rest = rest[en:]
			changed = true
		}
		if rest != "" {
			out = append(out, Segment{Text: rest})
		}
	}
	if changed {
		b.segs = out
		b.toks, b.tokOK = nil, false
	}
}
