//go:build wasm

package libdbtest

import (
	"fmt"
	"time"

	"github.com/dossierapp/dossier/app/libdb"
	"github.com/dossierapp/dossier/app/library"
	"github.com/dossierapp/dossier/app/library/libfile"
	"github.com/dossierapp/dossier/app/workerproto"
)

// idbSnapshotTest checks that a snapshot is used only while nothing has
// changed: every kind of write makes it stale, and one saved from records
// read before a change is refused. It also checks Get.
func idbSnapshotTest(l *libdb.Library, now time.Time) (string, error) {
	if err := l.Clear(); err != nil {
		return "", err
	}
	put := func(name string) (library.Entry, error) {
		e, err := libfile.FromFile(name, []byte("article "+name+"\n"), now)
		if err == nil {
			err = l.Put(e)
		}
		return e, err
	}
	count := func() (gen string, n int, err error) {
		gen, err = l.Records(func(workerproto.Stored) { n++ })
		return gen, n, err
	}
	current := func(head string, want []byte) (bool, error) {
		p, h, ok, err := l.Snapshot()
		if err != nil || !ok || h != head {
			return false, err
		}
		jp, isJS := p.(workerproto.JSPacked)
		return isJS && string(jp.PackedData()) == string(want), nil
	}
	a, err := put("a.txt")
	if err != nil {
		return "", err
	}
	gen, n, err := count()
	if err != nil || n != 1 || gen == "" {
		return fmt.Sprintf("Records after one Put: gen %q, %d records, %v", gen, n, err), nil
	}
	packed := []byte("packed records of generation " + gen)
	if saved, err := l.SaveSnapshot(gen, "v1", packed); err != nil || !saved {
		return fmt.Sprintf("SaveSnapshot of the current generation: saved %v, %v", saved, err), nil
	}
	if ok, err := current("v1", packed); err != nil || !ok {
		return fmt.Sprintf("Snapshot after saving it: %v %v", ok, err), nil
	}
	if ok, err := current("v2", packed); err != nil || ok {
		return fmt.Sprintf("Snapshot for another head: %v %v", ok, err), nil
	}
	// Every write makes the snapshot stale.
	writes := []struct {
		name string
		do   func() error
	}{
		{"Put", func() error { _, err := put("b.txt"); return err }},
		{"PutCache", func() error { return l.PutCache(map[string][]byte{a.ID: []byte("x")}) }},
		{"DeleteCache", func() error { return l.DeleteCache(a.ID) }},
		{"Delete", func() error { return l.Delete(a.ID) }},
		{"Clear", l.Clear},
	}
	for _, w := range writes {
		gen, _, err := count()
		if err != nil {
			return "", err
		}
		if saved, err := l.SaveSnapshot(gen, "v1", packed); err != nil || !saved {
			return fmt.Sprintf("before %s: SaveSnapshot: saved %v, %v", w.name, saved, err), nil
		}
		if err := w.do(); err != nil {
			return "", err
		}
		if ok, err := current("v1", packed); err != nil || ok {
			return fmt.Sprintf("Snapshot after %s: still used (%v, %v)", w.name, ok, err), nil
		}
	}
	// Records read, then a change (another tab), then the save: refused.
	gen, _, err = count()
	if err != nil {
		return "", err
	}
	if _, err := put("c.txt"); err != nil {
		return "", err
	}
	if saved, err := l.SaveSnapshot(gen, "v1", packed); err != nil || saved {
		return fmt.Sprintf("SaveSnapshot of an old generation: saved %v, %v", saved, err), nil
	}
	if ok, err := current("v1", packed); err != nil || ok {
		return fmt.Sprintf("Snapshot of an old generation used: %v %v", ok, err), nil
	}
	// Get.
	c, err := libfile.FromFile("c.txt", []byte("article c.txt\n"), now)
	if err != nil {
		return "", err
	}
	if got, ok, err := l.Get(c.ID); err != nil || !ok || got.Hash != c.Hash {
		return fmt.Sprintf("Get(%s) = %v %v %v", c.ID, got.ID, ok, err), nil
	}
	if _, ok, err := l.Get("missing"); err != nil || ok {
		return fmt.Sprintf("Get(missing) = %v %v", ok, err), nil
	}
	return "ok", l.Clear()
}
