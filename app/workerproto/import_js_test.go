//go:build js && wasm

package workerproto

import (
	"reflect"
	"syscall/js"
	"testing"

	"github.com/dossierapp/dossier/app/library"
)

// TestProgressJSRoundTrip: a batch's report and the end's read back as
// they were sent.
func TestProgressJSRoundTrip(t *testing.T) {
	batch := Progress{Done: 3, Total: 9, Quota: true, Added: []library.Record{{ID: "a-1", Name: "a.txt", Kind: "txt", Hash: "ab", Size: 12, Text: "A"}},
		Dups: []string{"b.txt"}, Errors: []string{"c.pdf: not an article file"}}
	end := Progress{End: true, Cancelled: true, Done: 4, Total: 9}
	for _, p := range []Progress{batch, end} {
		if got := ProgressFromJS(ProgressToJS(p)); !reflect.DeepEqual(got, p) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, p)
		}
	}
	if typ := ProgressToJS(end).Get("type").String(); typ != "done" {
		t.Errorf("the end's type %q, want done", typ)
	}
}

// TestJSFileRead: the files of a pick are known by name at once, and each
// is sized and read (a File: node 20 has them) once its File has come,
// whichever chunk brings it.
func TestJSFileRead(t *testing.T) {
	obj := func(kv ...any) js.Value {
		o := js.Global().Get("Object").New()
		for i := 0; i < len(kv); i += 2 {
			o.Set(kv[i].(string), kv[i+1])
		}
		return o
	}
	arr := func(v ...any) js.Value { return js.Global().Get("Array").New(v...) }
	file := func(name, text string) js.Value {
		return js.Global().Get("File").New(arr(BytesToJS([]byte(text))), name)
	}
	picks := NewJSFiles()
	got := picks.Pick(obj("pick", 7, "names", arr("a.txt", "b.txt")))
	if len(got) != 2 || got[0].Name() != "a.txt" || got[1].Name() != "b.txt" {
		t.Fatalf("files %v", got)
	}
	done := make(chan []byte)
	go func() {
		if n := got[1].Size(); n != 3 {
			t.Errorf("b.txt's size %d, want 3", n)
		}
		b, err := got[1].Read()
		if err != nil {
			t.Error(err)
		}
		done <- b
	}()
	picks.Deliver(obj("pick", 7, "from", 0, "files", arr(file("a.txt", "Caf\xc3\xa9 news\n"))))
	picks.Deliver(obj("pick", 7, "from", 1, "files", arr(file("b.txt", "Bee"))))
	if b := <-done; string(b) != "Bee" {
		t.Errorf("b.txt read %q", b)
	}
	if n := got[0].Size(); n != 11 {
		t.Errorf("a.txt's size %d, want 11", n)
	}
	if b, err := got[0].Read(); err != nil || string(b) != "Caf\xc3\xa9 news\n" {
		t.Errorf("a.txt read %q, %v", b, err)
	}
	if len(picks.picks) != 0 {
		t.Errorf("a pick delivered whole is still kept: %v", picks.picks)
	}
}
