//go:build wasm

package libdbtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall/js"
	"time"

	"github.com/dossierapp/dossier/app/libdb"
	"github.com/dossierapp/dossier/app/library"
	"github.com/dossierapp/dossier/app/library/libfile"
)

// RegisterIDBSelfTest sets window.dossierIDBTest(command) → Promise<string>,
// which drives the IndexedDB library for cmd/dossier's browser tests
// (idb_browser_test.go builds a tiny wasm main that calls it; the app
// itself does not). Commands:
//
//	roundtrip     put entries of every kind, read them back, delete, meta, cache
//	snapshot      the library's snapshot goes stale on every write; Get
//	bundle        the bundled articles' values kept are answered only for
//	              the same articles and pipeline (idbBundleTest)
//	reset         clear the library
//	put P N       N separate Puts of one entry named P-<i>
//	ids           the stored IDs, as a JSON array
//	big MB        one Put of MB megabytes of incompressible text
//	watch         count change notices from other tabs; changes: the count
//	all           "ok" or the error All returns
//	estimate      "usage quota" in bytes
func RegisterIDBSelfTest() {
	var changes atomic.Int64
	js.Global().Set("dossierIDBTest", js.FuncOf(func(this js.Value, args []js.Value) any {
		cmd := ""
		if len(args) > 0 {
			cmd = args[0].String()
		}
		return js.Global().Get("Promise").New(js.FuncOf(func(this js.Value, pa []js.Value) any {
			resolve := pa[0]
			go func() {
				out, err := idbSelfTest(cmd, &changes)
				if err != nil {
					out = "error: " + err.Error()
				}
				resolve.Invoke(out)
			}()
			return nil
		}))
	}))
}

func idbSelfTest(cmd string, changes *atomic.Int64) (string, error) {
	f := strings.Fields(cmd)
	if len(f) == 0 {
		return "", errors.New("no command")
	}
	l, err := libdb.Open()
	if err != nil {
		return "", err
	}
	now := time.Now()
	switch f[0] {
	case "reset":
		return "ok", l.Clear()
	case "ids":
		es, err := l.All()
		if err != nil {
			return "", err
		}
		ids := make([]string, len(es))
		for i, e := range es {
			ids[i] = e.ID
		}
		b, _ := json.Marshal(ids)
		return string(b), nil
	case "put":
		n, _ := strconv.Atoi(f[2])
		for i := 0; i < n; i++ {
			e, err := libfile.FromFile(fmt.Sprintf("%s-%d.txt", f[1], i), []byte(fmt.Sprintf("article %s %d\n", f[1], i)), now)
			if err != nil {
				return "", err
			}
			if err := l.Put(e); err != nil {
				return "", err
			}
		}
		return "ok", nil
	case "big":
		mbs, _ := strconv.Atoi(f[1])
		r := rand.New(rand.NewPCG(uint64(now.UnixNano()), 7))
		var es []library.Entry
		for i := 0; i < mbs; i++ {
			b := make([]byte, 1<<20)
			for j := range b {
				b[j] = "abcdefghijklmnopqrstuvwxyz .\n"[r.IntN(29)]
			}
			e, err := libfile.FromFile(fmt.Sprintf("big-%d.txt", i), b, now)
			if err != nil {
				return "", err
			}
			es = append(es, e)
		}
		if err := l.Put(es...); err != nil {
			if errors.Is(err, libdb.ErrStorageFull) {
				return "quota: " + err.Error(), nil
			}
			return "", err
		}
		return "ok", nil
	case "watch":
		l.OnChange(func() { changes.Add(1) })
		return "ok", nil
	case "changes":
		return strconv.FormatInt(changes.Load(), 10), nil
	case "all":
		if _, err := l.All(); err != nil {
			return err.Error(), nil
		}
		return "ok", nil
	case "estimate":
		u, q, err := libdb.StorageEstimate()
		return fmt.Sprintf("%d %d", u, q), err
	case "roundtrip":
		return idbRoundTrip(l, now)
	case "snapshot":
		return idbSnapshotTest(l, now)
	case "bundle":
		return idbBundleTest(l)
	}
	return "", fmt.Errorf("unknown command %q", cmd)
}

func idbRoundTrip(l *libdb.Library, now time.Time) (string, error) {
	if err := l.Clear(); err != nil {
		return "", err
	}
	var want []library.Entry
	for _, f := range []struct{ name, data string }{
		{"plain.txt", "Liaison office destroyed\n\nNorth Korea blew it up.\n"},
		{"old.txt", "Caf\xe9 \x93quoted\x94 \x80\r\n"},
		{"page.html", "<html><head><title>Headline</title><script>alert(1)</script></head><body><article><h1>Headline</h1><p>" + strings.Repeat("Body text of the article. ", 20) + "</p></article></body></html>"},
		{"한국어.md", "# 제목\n\n본문\n"},
	} {
		e, err := libfile.FromFile(f.name, []byte(f.data), now)
		if err != nil {
			return "", err
		}
		want = append(want, e)
	}
	p, err := libfile.FromPaste("Pasted\n\ntext", now)
	if err != nil {
		return "", err
	}
	p.Hidden, p.UserDate = true, "2021-03-04"
	want = append(want, p)
	if err := l.Put(want...); err != nil {
		return "", err
	}
	got, err := l.All()
	if err != nil {
		return "", err
	}
	if !sameEntries(got, want) {
		return fmt.Sprintf("All after Put: got %d entries %+v, want %+v", len(got), got, want), nil
	}
	// Replace one (an edit), delete one.
	want[0].Hidden = true
	if err := l.Put(want[0]); err != nil {
		return "", err
	}
	if err := l.Delete(want[1].ID, "no-such-id"); err != nil {
		return "", err
	}
	want = append(want[:1], want[2:]...)
	if got, err = l.All(); err != nil {
		return "", err
	}
	if !sameEntries(got, want) {
		return fmt.Sprintf("All after Delete: got %+v", got), nil
	}
	if err := l.SetMeta("k", "v ü"); err != nil {
		return "", err
	}
	if v, ok, err := l.Meta("k"); err != nil || !ok || v != "v ü" {
		return fmt.Sprintf("Meta = %q %v %v", v, ok, err), nil
	}
	if _, ok, err := l.Meta("missing"); err != nil || ok {
		return fmt.Sprintf("Meta(missing) = %v %v", ok, err), nil
	}
	cache := map[string][]byte{"h1/v1": {0, 1, 2, 255}, "h2/v1": {}}
	if err := l.PutCache(cache); err != nil {
		return "", err
	}
	if c, err := l.Cache(); err != nil || !reflect.DeepEqual(c, cache) {
		return fmt.Sprintf("Cache = %v %v", c, err), nil
	}
	if err := l.DeleteCache("h2/v1"); err != nil {
		return "", err
	}
	if c, err := l.Cache(); err != nil || len(c) != 1 {
		return fmt.Sprintf("Cache after delete = %v %v", c, err), nil
	}
	if _, q, err := libdb.StorageEstimate(); err != nil || q <= 0 {
		return fmt.Sprintf("estimate: quota %d %v", q, err), nil
	}
	if _, err := libdb.RequestPersist(); err != nil {
		return "", err
	}
	if _, err := libdb.StoragePersisted(); err != nil {
		return "", err
	}
	if err := l.Clear(); err != nil {
		return "", err
	}
	if got, err := l.All(); err != nil || len(got) != 0 {
		return fmt.Sprintf("after Clear: %d %v", len(got), err), nil
	}
	if c, err := l.Cache(); err != nil || len(c) != 0 {
		return fmt.Sprintf("cache after Clear: %d %v", len(c), err), nil
	}
	return "ok", nil
}

// sameEntries compares as sets by ID (IndexedDB returns key order).
func sameEntries(got, want []library.Entry) bool {
	if len(got) != len(want) {
		return false
	}
	byID := map[string]library.Entry{}
	for _, e := range got {
		byID[e.ID] = e
	}
	for _, w := range want {
		g, ok := byID[w.ID]
		if !ok || !reflect.DeepEqual(g, w) {
			return false
		}
	}
	return true
}
