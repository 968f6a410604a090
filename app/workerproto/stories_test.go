package workerproto

import (
	"reflect"
	"testing"

	"github.com/dossierapp/dossier/app/corpus"
)

func TestStories(t *testing.T) {
	p := &fakePipeline{bundles: map[string][]corpus.Article{"/b.json": articles(5)}}
	w := newTestWorker(newMemStore())
	w.Pipeline, w.ChunkTime = p, 0
	stories := func() ([]Story, error) {
		res := w.Handle(Request{Op: OpStories, URL: "/b.json", Head: "H"})
		if res.Err != nil {
			return nil, res.Err
		}
		return UnpackStories(res.Packed.PackedData(), 5)
	}
	if _, err := stories(); err == nil {
		t.Error("the stories of a bundle not read were answered")
	}
	if res := w.Handle(Request{Op: OpBundle, URL: "/b.json", Head: "H"}); res.Err != nil {
		t.Fatal(res.Err)
	}
	if _, err := stories(); err == nil {
		t.Error("the stories of a bundle still processing were answered")
	}
	fetchAll(t, w, "/b.json", "H")
	want := []Story{{"\x00TEXT 0", []int{0, 1}}, {"\x00TEXT 2", []int{2, 3}}, {"\x00TEXT 4", []int{4}}}
	if got, err := stories(); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("stories %+v, %v; want %+v", got, err, want)
	}
	if got, _ := stories(); !reflect.DeepEqual(got, want) || p.stories != 1 {
		t.Errorf("asked again: %+v, clustered %d times; want the same, once", got, p.stories)
	}
	// The page took article 2 cleaned again: the stories are made of that.
	if res := w.Handle(Request{Op: OpReclean, Recleans: []Reclean{{Entry: "a2", Lines: map[string]int{"x": 3}}}}); res.Err != nil {
		t.Fatal(res.Err)
	}
	want[1].Label = "\x00reclean 1 lines: text 2"
	if got, err := stories(); err != nil || !reflect.DeepEqual(got, want) || p.stories != 2 {
		t.Errorf("after a reclean: %+v, %v, clustered %d times; want %+v, twice", got, err, p.stories, want)
	}
	// Another bundle's stories are not these.
	if res := w.Handle(Request{Op: OpStories, URL: "/other.json", Head: "H"}); res.Err == nil {
		t.Error("another bundle's stories were answered")
	}
}

func TestPackStories(t *testing.T) {
	in := []Story{{"a b", []int{0, 7, 3}}, {"", []int{9}}, {"c", []int{}}}
	got, err := UnpackStories(PackStories(in), 10)
	if err != nil || !reflect.DeepEqual(got, in) {
		t.Errorf("round trip: %v, %v; want %v", got, err, in)
	}
	if _, err := UnpackStories(PackStories(in), 9); err == nil {
		t.Error("a member past the bundle's end was read")
	}
	if p := PackStories(nil); p == nil || len(p) != 0 {
		t.Errorf("no stories packed as %v, want empty bytes", p)
	}
	for _, bad := range [][]byte{{5, 'a'}, {1, 'a', 2, 1}, {1, 'a', 0x80}} {
		if _, err := UnpackStories(bad, 10); err == nil {
			t.Errorf("damaged %q read", bad)
		}
	}
}
