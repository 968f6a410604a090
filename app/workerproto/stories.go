package workerproto

import (
	"encoding/binary"
	"errors"

	"github.com/dossierapp/dossier/app/library"
)

// The story clustering of a large bundle costs the page's thread seconds:
// once the worker has processed every article, the page asks it for the
// clustering ("stories") and builds the rest of its timeline meanwhile.
// The worker clusters the articles as the page has them: each one's value,
// or the one cleaned again without its site's template lines that the
// page took last ("reclean").

// Story is a story of the bundle: its label and its articles, by their
// index in the bundle, in order.
type Story struct {
	Label   string
	Members []int
}

// stories answers "stories": the clustering of the bundle read, once
// every article is processed.
func (w *Worker) stories(req Request, out *Response) error {
	if w.Pipeline == nil {
		return errors.New("this worker does not process articles")
	}
	b := w.bun
	if b == nil || w.bunURL != req.URL || w.bunHead != req.Head {
		return errors.New("the stories of a bundle not read")
	}
	if b.left > 0 {
		return errors.New("the stories of a bundle still processing")
	}
	if b.stories == nil && b.prebuiltStoriesFit() {
		b.stories = b.prebuiltStories
		w.Mark("w-stories-prebuilt")
	}
	if b.stories == nil {
		vals := b.values
		if len(b.latest) > 0 {
			vals = append([][]byte(nil), b.values...)
			for i, v := range b.latest {
				vals[i] = v
			}
		}
		b.stories = PackStories(w.Pipeline.Stories(b.arts, vals))
	}
	out.Packed = PackedBytes(b.stories)
	return nil
}

// took records that the page took v as article i's value (reclean): the
// clustering, made of the values before, is old.
func (b *bundleState) took(i int, v []byte) {
	if b.latest == nil {
		b.latest = map[int][]byte{}
	}
	b.latest[i] = v
	b.stories = nil
}

// PackStories packs stories: each one's label as library.AppendField
// writes it, then its size and its members (uvarints).
func PackStories(stories []Story) []byte {
	var out []byte
	for _, s := range stories {
		out = library.AppendField(out, s.Label)
		out = binary.AppendUvarint(out, uint64(len(s.Members)))
		for _, m := range s.Members {
			out = binary.AppendUvarint(out, uint64(m))
		}
	}
	if out == nil {
		out = []byte{} // no stories is an answer too
	}
	return out
}

// UnpackStories reads what PackStories packed; every member is below n.
func UnpackStories(packed []byte, n int) ([]Story, error) {
	var out []Story
	for data := string(packed); data != ""; {
		label, rest, ok := library.ReadField(data)
		if !ok {
			return nil, errDamaged
		}
		size, rest, ok := library.ReadUvarint(rest)
		if !ok || size > uint64(n) {
			return nil, errDamaged
		}
		s := Story{Label: label, Members: make([]int, size)}
		for i := range s.Members {
			var m uint64
			if m, rest, ok = library.ReadUvarint(rest); !ok || m >= uint64(n) {
				return nil, errDamaged
			}
			s.Members[i] = int(m)
		}
		out, data = append(out, s), rest
	}
	return out, nil
}
