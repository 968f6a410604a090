package view

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/dossierapp/dossier/app/clean"
)

// The reader's side of the timeline: an event links to /a/<id>?e=P:S:E, the
// sentence at byte offsets [S, E) of the text of body block P
// (clean.Result.Body()). The reader marks it <mark class="event-hit"> and
// scrolls to it.

// EventRef is a parsed ?e= parameter.
type EventRef struct {
	Para, Start, End int
	OK               bool
}

// ParseEventRef parses "P:S:E".
func ParseEventRef(s string) EventRef {
	parts := strings.Split(s, ":")
	if len(parts) != 3 {
		return EventRef{}
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return EventRef{}
		}
		n[i] = v
	}
	if n[2] <= n[1] {
		return EventRef{}
	}
	return EventRef{Para: n[0], Start: n[1], End: n[2], OK: true}
}

// BodyIndexes maps each of blocks to its index in Result.Body(), -1 for
// blocks Body() leaves out.
func BodyIndexes(blocks []clean.Block) []int {
	out := make([]int, len(blocks))
	k := 0
	for i, b := range blocks {
		out[i] = -1
		if b.Removed == "" && b.Kind != "title" && b.Text() != "" {
			out[i] = k
			k++
		}
	}
	return out
}

// KeptRange returns the range of the block's kept segments joined (before
// space tidying) that holds the text's bytes [start, end); ok is false when
// the offsets do not fit the block.
func KeptRange(b clean.Block, start, end int) (int, int, bool) {
	text := b.Text()
	if end > len(text) || start >= end {
		return 0, 0, false
	}
	var raw strings.Builder
	for _, s := range b.Segments {
		if s.Removed == "" {
			raw.WriteString(s.Text)
		}
	}
	r := raw.String()
	if r == text {
		return start, end, true
	}
	// Text() collapsed runs of space: map its offsets back.
	pos := make([]int, 0, len(text)+1)
	var tidy strings.Builder
	space := false
	for i, c := range r {
		if unicode.IsSpace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007' {
			space = true
			continue
		}
		if space && tidy.Len() > 0 {
			tidy.WriteByte(' ')
			pos = append(pos, i-1)
		}
		space = false
		n := tidy.Len()
		tidy.WriteRune(c)
		for k := 0; k < tidy.Len()-n; k++ {
			pos = append(pos, i+k)
		}
	}
	if tidy.String() == text && len(pos) == len(text) {
		return pos[start], pos[end-1] + 1, true
	}
	if i := strings.Index(r, text[start:end]); i >= 0 {
		return i, i + end - start, true
	}
	return 0, 0, false
}
