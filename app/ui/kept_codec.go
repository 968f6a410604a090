package ui

import (
	"bytes"
	"strconv"

	"github.com/dossierapp/dossier/app/timeline/view"
)

// The clustering and the copies kept of a large dossier are read on every
// later visit before the timeline's first render. As JSON, their decoding
// held the page's thread for about 90 and 65 ms in wasm with the 10,000
// Reuters stories (encoding/json's reflection for each number); they are
// kept in this compact form instead: a head (keptMagic, the key, a 0 byte),
// then numbers in decimal, each followed by a space, and strings after
// their length. It is text (valid UTF-8), as local storage, where the
// values stay without IndexedDB, keeps it. A value kept in another form
// is not read: it is made again, and kept in this one.

// keptMagic starts every value kept in this form.
const keptMagic = "dk2\x00"

// keptHead is the start of a value kept under key.
func keptHead(key string) []byte { return append([]byte(keptMagic+key), 0) }

// appendKeptInt appends x in decimal and a space.
func appendKeptInt(b []byte, x int) []byte { return append(strconv.AppendInt(b, int64(x), 10), ' ') }

// appendKeptInts appends the count of xs, then each.
func appendKeptInts(b []byte, xs []int) []byte {
	b = appendKeptInt(b, len(xs))
	for _, x := range xs {
		b = appendKeptInt(b, x)
	}
	return b
}

// keptReader reads a kept value; bad is set once it finds it damaged.
type keptReader struct {
	b   []byte
	bad bool
}

// openKept returns a reader of data after its head, or false when data
// is not kept under key.
func openKept(data []byte, key string) (*keptReader, bool) {
	h := keptHead(key)
	if !bytes.HasPrefix(data, h) {
		return nil, false
	}
	return &keptReader{b: data[len(h):]}, true
}

// int reads a number and its space.
func (r *keptReader) int() int {
	i, neg := 0, len(r.b) > 0 && r.b[0] == '-'
	if neg {
		i++
	}
	x, start := 0, i
	for ; i < len(r.b) && i-start < 15 && '0' <= r.b[i] && r.b[i] <= '9'; i++ {
		x = x*10 + int(r.b[i]-'0')
	}
	if i == start || i >= len(r.b) || r.b[i] != ' ' {
		r.bad, r.b = true, nil
		return 0
	}
	r.b = r.b[i+1:]
	if neg {
		return -x
	}
	return x
}

// count reads a count of things each at least one byte long.
func (r *keptReader) count() int {
	n := r.int()
	if n < 0 || n > len(r.b) {
		r.bad, r.b = true, nil
		return 0
	}
	return n
}

// ints reads what appendKeptInts wrote.
func (r *keptReader) ints() []int {
	xs := make([]int, r.count())
	for i := range xs {
		xs[i] = r.int()
	}
	return xs
}

// str reads a string: its length, then its bytes.
func (r *keptReader) str() string {
	n := r.count()
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// done reports whether the value was read whole and undamaged.
func (r *keptReader) done() bool { return !r.bad && len(r.b) == 0 }

// encodeClusters is the clustering kept under key: the story of each
// article in order, and the stories.
func encodeClusters(key string, of []int, cls []view.Cluster) []byte {
	b := appendKeptInts(keptHead(key), of)
	b = appendKeptInt(b, len(cls))
	for _, c := range cls {
		b = appendKeptInt(b, len(c.Label))
		b = append(b, c.Label...)
		b = appendKeptInt(appendKeptInt(b, c.Size), c.Color)
	}
	return b
}

// decodeClusters reads what encodeClusters wrote under key.
func decodeClusters(data []byte, key string) (of []int, cls []view.Cluster, ok bool) {
	r, ok := openKept(data, key)
	if !ok {
		return nil, nil, false
	}
	of = r.ints()
	cls = make([]view.Cluster, r.count())
	for i := range cls {
		cls[i].Label = r.str()
		cls[i].Size, cls[i].Color = r.int(), r.int()
	}
	return of, cls, r.done()
}

// encodeCopies is the copies kept under key (copies.of).
func encodeCopies(key string, of []int) []byte { return appendKeptInts(keptHead(key), of) }

// decodeCopies reads what encodeCopies wrote under key.
func decodeCopies(data []byte, key string) ([]int, bool) {
	r, ok := openKept(data, key)
	if !ok {
		return nil, false
	}
	of := r.ints()
	return of, r.done()
}
