// Package doccache encodes what Dossier derives from an article — its
// cleanup, its events and the names it mentions — as one compact byte
// string, which the browser keeps in IndexedDB next to the article. A
// repeat visit decodes it instead of cleaning the article again: for a
// library of thousands of articles that is the difference between seconds
// of work and a fraction of one.
//
// A value starts with Prefix(version, hash), so a store can tell a value
// made by another version of the pipeline, or from other content, without
// decoding it. Decode never panics: a damaged value is an error, and the
// caller processes the article again.
package doccache

import (
	"encoding/binary"
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/errwrap"
	"github.com/dossierapp/dossier/app/names"
	"github.com/dossierapp/dossier/app/timeline"
)

// magic starts every value; it changes with the layout of the encoding.
const magic = "dossier-doc-1\x00"

// Doc is the processed form of one article.
type Doc struct {
	// Hash is the content hash of the article it was made from.
	Hash string
	// UserDate is the reader's date the events were resolved against
	// (articles that state no date of their own), or "".
	UserDate string
	Result   clean.Result
	Events   []timeline.Event
	Mentions []names.Mention
}

// ErrStale is Decode's error for a value made by another version of the
// pipeline or of this encoding.
var ErrStale = errors.New("cached result is from another version")

// Head is how every value Encode makes for version begins; the article's
// content hash and a NUL byte follow it.
func Head(version string) string { return magic + version + "\x00" }

// Prefix is how every value Encode makes for version and an article with
// content hash begins.
func Prefix(version, hash string) string { return Head(version) + hash + "\x00" }

// Encode encodes d for the pipeline version.
func Encode(version string, d Doc) []byte {
	w := &writer{buf: make([]byte, 0, 4096)}
	w.buf = append(w.buf, Prefix(version, d.Hash)...)
	w.str(d.UserDate)
	r := d.Result
	w.str(r.Title)
	w.bool(r.TitleInferred)
	w.str(r.Publisher)
	w.str(r.Date)
	w.uint(math.Float64bits(r.Spin))
	w.uint(uint64(len(r.Blocks)))
	for _, b := range r.Blocks {
		w.str(b.Kind)
		w.str(b.Removed)
		w.uint(uint64(len(b.Segments)))
		for _, s := range b.Segments {
			w.str(s.Text)
			w.str(s.Original)
			w.str(s.Removed)
		}
	}
	w.uint(uint64(len(d.Events)))
	for _, e := range d.Events {
		w.str(e.DocID)
		w.str(e.Date)
		w.str(string(e.Precision))
		w.str(e.Text)
		w.str(e.Expression)
		w.int(e.Para)
		w.int(e.Start)
		w.int(e.End)
		w.bool(e.Relative)
		w.bool(e.Resolved)
	}
	w.uint(uint64(len(d.Mentions)))
	for _, m := range d.Mentions {
		w.str(m.Name)
		w.str(m.Kind)
		w.int(m.Count)
		w.str(m.Title)
	}
	return w.buf
}

// Decode decodes a value Encode made for version. Its strings share data's
// memory. A value of another version gives ErrStale; a damaged one an
// error saying where it breaks.
func Decode(version string, data string) (d Doc, err error) {
	head := Head(version)
	if !strings.HasPrefix(data, head) {
		return Doc{}, ErrStale
	}
	rest := data[len(head):]
	k := strings.IndexByte(rest, 0)
	if k < 0 {
		return Doc{}, errors.New("cached result: no content hash")
	}
	d.Hash = rest[:k]
	r := &reader{data: rest[k+1:]}
	d.UserDate = r.str()
	res := &d.Result
	res.Title = r.str()
	res.TitleInferred = r.bool()
	res.Publisher = r.str()
	res.Date = r.str()
	res.Spin = math.Float64frombits(r.uint())
	res.Blocks = make([]clean.Block, r.count(3))
	for i := range res.Blocks {
		b := &res.Blocks[i]
		b.Kind = r.str()
		b.Removed = r.str()
		b.Segments = make([]clean.Segment, r.count(3))
		for j := range b.Segments {
			s := &b.Segments[j]
			s.Text = r.str()
			s.Original = r.str()
			s.Removed = r.str()
		}
	}
	d.Events = make([]timeline.Event, r.count(10))
	for i := range d.Events {
		e := &d.Events[i]
		e.DocID = r.str()
		e.Date = r.str()
		e.Precision = dates.Precision(r.str())
		e.Text = r.str()
		e.Expression = r.str()
		e.Para = r.int()
		e.Start = r.int()
		e.End = r.int()
		e.Relative = r.bool()
		e.Resolved = r.bool()
	}
	d.Mentions = make([]names.Mention, r.count(4))
	for i := range d.Mentions {
		m := &d.Mentions[i]
		m.Name = r.str()
		m.Kind = r.str()
		m.Count = r.int()
		m.Title = r.str()
	}
	switch {
	case r.err != nil:
		return Doc{}, errwrap.New("cached result: "+r.err.Error(), r.err)
	case r.data != "":
		return Doc{}, errors.New("cached result: " + strconv.Itoa(len(r.data)) + " bytes after the end")
	}
	return d, nil
}

type writer struct{ buf []byte }

func (w *writer) uint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }

func (w *writer) int(v int) { w.buf = binary.AppendVarint(w.buf, int64(v)) }

func (w *writer) str(s string) {
	w.uint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *writer) bool(b bool) {
	if b {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

// reader reads what writer wrote. After the first error every read
// returns a zero value, and err says what broke.
type reader struct {
	data string
	err  error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = errors.New(what)
	}
	r.data = ""
}

func (r *reader) uint() uint64 {
	var v uint64
	for shift, i := uint(0), 0; i < len(r.data) && i < binary.MaxVarintLen64; i, shift = i+1, shift+7 {
		c := r.data[i]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			r.data = r.data[i+1:]
			return v
		}
	}
	r.fail("truncated number")
	return 0
}

func (r *reader) int() int {
	u := r.uint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	if v < math.MinInt32 || v > math.MaxInt32 {
		r.fail("number out of range")
		return 0
	}
	return int(v)
}

func (r *reader) str() string {
	n := r.uint()
	if n > uint64(len(r.data)) {
		r.fail("truncated text")
		return ""
	}
	s := r.data[:n]
	r.data = r.data[n:]
	return s
}

func (r *reader) bool() bool {
	if r.data == "" {
		r.fail("truncated flag")
		return false
	}
	c := r.data[0]
	r.data = r.data[1:]
	if c > 1 {
		r.fail("bad flag")
	}
	return c == 1
}

// count reads a number of items, each at least minBytes long, and refuses
// one the rest of the data cannot hold (so damage cannot ask for a huge
// allocation).
func (r *reader) count(minBytes int) int {
	n := r.uint()
	if n > uint64(len(r.data)/minBytes) {
		r.fail("count larger than the data")
		return 0
	}
	return int(n)
}
