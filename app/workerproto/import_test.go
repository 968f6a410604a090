package workerproto

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/library/libfile"
)

// testFile is an ImportFile: its reads are announced on started and, when
// gate is set, wait until it is closed.
type testFile struct {
	name    string
	data    []byte
	size    int64 // len(data) when 0
	err     error // Read's
	gate    chan struct{}
	started chan string
}

func (f *testFile) Name() string { return f.name }

func (f *testFile) Size() int64 {
	if f.size != 0 {
		return f.size
	}
	return int64(len(f.data))
}

func (f *testFile) Read() ([]byte, error) {
	if f.started != nil {
		f.started <- f.name
	}
	if f.gate != nil {
		<-f.gate
	}
	return f.data, f.err
}

// importRun is an Importer over a real Worker with an in-memory store, a
// clock the test moves (fire) and every report and "store" recorded.
type importRun struct {
	t       *testing.T
	s       *memStore
	im      *Importer
	reports chan Progress
	started chan string // names of the files as their reads start

	mu     sync.Mutex
	timers []func()   // AfterFunc's functions, in order
	stores [][]string // the names of each "store"'s entries
	quota  bool       // "store" answers that storage is full
}

func newImportRun(t *testing.T) *importRun {
	r := &importRun{t: t, s: newMemStore(), reports: make(chan Progress, 100), started: make(chan string, 100)}
	w := newTestWorker(r.s)
	r.im = NewImporter(&libfile.Files{}, func(req Request) Response {
		if req.Op == OpStore {
			var names []string
			for _, e := range req.Entries {
				names = append(names, e.Name)
			}
			r.mu.Lock()
			r.stores = append(r.stores, names)
			quota := r.quota
			r.mu.Unlock()
			if quota {
				return Response{Err: &RemoteError{Msg: "The quota has been exceeded.", Quota: true}}
			}
		}
		return w.Handle(req)
	}, func(p Progress) { r.reports <- p })
	r.im.AfterFunc = func(d time.Duration, f func()) {
		if d != ImportDelay {
			t.Errorf("batch delay %v, want %v", d, ImportDelay)
		}
		r.mu.Lock()
		r.timers = append(r.timers, f)
		r.mu.Unlock()
	}
	return r
}

// file is an article file named name whose text mentions it.
func (r *importRun) file(name string) *testFile {
	return &testFile{name: name, data: []byte("Report " + name + "\n\nA story filed as " + name + " on Monday."), started: r.started}
}

// gated is r.file(name) whose read waits for its gate.
func (r *importRun) gated(name string) *testFile {
	f := r.file(name)
	f.gate = make(chan struct{})
	return f
}

// next is the next report.
func (r *importRun) next() Progress {
	r.t.Helper()
	select {
	case p := <-r.reports:
		return p
	case <-time.After(5 * time.Second):
		r.t.Fatal("no report")
	}
	return Progress{}
}

// none checks that nothing is reported for a moment.
func (r *importRun) none(what string) {
	r.t.Helper()
	select {
	case p := <-r.reports:
		r.t.Fatalf("%s: reported %+v", what, p)
	case <-time.After(50 * time.Millisecond):
	}
}

// reads returns the names of the next n reads started, and checks no
// other starts.
func (r *importRun) reads(n int) []string {
	r.t.Helper()
	var out []string
	for len(out) < n {
		select {
		case name := <-r.started:
			out = append(out, name)
		case <-time.After(5 * time.Second):
			r.t.Fatalf("%d reads started, want %d: %v", len(out), n, out)
		}
	}
	select {
	case name := <-r.started:
		r.t.Fatalf("%s read too, beyond %v", name, out)
	case <-time.After(30 * time.Millisecond):
	}
	return out
}

// waitTimer waits until a batch timer is set.
func (r *importRun) waitTimer() {
	r.t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		r.mu.Lock()
		n := len(r.timers)
		r.mu.Unlock()
		if n > 0 {
			return
		}
	}
	r.t.Fatal("no batch timer set")
}

// fire runs the batch timers set so far (stale ones do nothing).
func (r *importRun) fire() {
	r.mu.Lock()
	fs := r.timers
	r.timers = nil
	r.mu.Unlock()
	for _, f := range fs {
		f()
	}
}

func (r *importRun) storesMade() [][]string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([][]string(nil), r.stores...)
}

func names(recs Progress) []string {
	var out []string
	for _, a := range recs.Added {
		out = append(out, a.Name)
	}
	return out
}

func files(fs ...*testFile) []ImportFile {
	out := make([]ImportFile, len(fs))
	for i, f := range fs {
		out[i] = f
	}
	return out
}

// end reads the reports up to the end: the last batch's, then the end's.
func (r *importRun) end() (last, end Progress) {
	r.t.Helper()
	last = r.next()
	if last.End || last.Done != 0 || last.Total != 0 {
		r.t.Fatalf("the last batch reports %+v, want no count", last)
	}
	end = r.next()
	if !end.End {
		r.t.Fatalf("no end after the last batch: %+v", end)
	}
	return last, end
}

// TestImportQueueOrderAndInFlight: files are read in the order given, at
// most InFlight at a time; the next starts as one finishes; the end
// reports every file done.
func TestImportQueueOrderAndInFlight(t *testing.T) {
	r := newImportRun(t)
	var fs []*testFile
	for i := range 7 {
		fs = append(fs, r.gated(fmt.Sprintf("f%d.txt", i)))
	}
	r.im.Files(files(fs...), false)
	if p := r.next(); p.Done != 0 || p.Total != 7 || p.End {
		t.Fatalf("first report %+v, want 0 of 7", p)
	}
	if got := r.reads(4); !reflect.DeepEqual(sortedCopy(got), []string{"f0.txt", "f1.txt", "f2.txt", "f3.txt"}) {
		t.Fatalf("first reads %v, want the first four", got)
	}
	close(fs[2].gate)
	if got := r.reads(1); got[0] != "f4.txt" {
		t.Fatalf("after one finished, %v started, want f4.txt", got)
	}
	close(fs[0].gate)
	if got := r.reads(1); got[0] != "f5.txt" {
		t.Fatalf("then %v, want f5.txt", got)
	}
	for _, i := range []int{1, 3, 4, 5} {
		close(fs[i].gate)
	}
	r.reads(1) // f6
	close(fs[6].gate)
	var added []string
	for {
		p := r.next()
		added = append(added, names(p)...)
		if p.End {
			if p.Done != 7 || p.Total != 7 || p.Cancelled {
				t.Errorf("end %+v, want 7 of 7", p)
			}
			break
		}
	}
	if len(added) != 7 || len(r.s.entries) != 7 {
		t.Errorf("added %v, stored %d, want 7", added, len(r.s.entries))
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

// TestImportBatches: entries are stored BatchSize at a time as soon as a
// batch is full, each batch reported with the count then; the rest is
// stored at the end.
func TestImportBatches(t *testing.T) {
	r := newImportRun(t)
	r.im.BatchSize = 3
	var fs []*testFile
	for i := range 7 {
		fs = append(fs, r.file(fmt.Sprintf("b%d.md", i)))
	}
	r.im.Files(files(fs...), false)
	r.next() // 0 of 7
	for i, want := range []int{3, 6} {
		p := r.next()
		if p.End || len(p.Added) != 3 || p.Done != want || p.Total != 7 || len(p.Errors) != 0 {
			t.Fatalf("batch %d: %+v, want 3 added at %d of 7", i, p, want)
		}
	}
	last, end := r.end()
	if len(last.Added) != 1 || end.Done != 7 || end.Total != 7 {
		t.Errorf("last batch %+v, end %+v", last, end)
	}
	if st := r.storesMade(); len(st) != 3 || len(st[0]) != 3 || len(st[1]) != 3 || len(st[2]) != 1 {
		t.Errorf("stores %v, want 3, 3 and 1 entries", st)
	}
}

// TestImportBatchTimer: an entry read while others are still being read
// is stored when the batch's timer fires; a timer whose batch was stored
// since does nothing.
func TestImportBatchTimer(t *testing.T) {
	r := newImportRun(t)
	quick, slow := r.file("quick.txt"), r.gated("slow.txt")
	r.im.Files(files(quick, slow), false)
	r.next()
	r.reads(2)
	r.waitTimer()
	r.none("before the timer")
	r.fire()
	p := r.next()
	if !reflect.DeepEqual(names(p), []string{"quick.txt"}) || p.Done != 1 || p.Total != 2 || p.End {
		t.Fatalf("timer's batch %+v, want quick.txt at 1 of 2", p)
	}
	close(slow.gate)
	last, end := r.end()
	if !reflect.DeepEqual(names(last), []string{"slow.txt"}) || end.Done != 2 {
		t.Fatalf("last %+v, end %+v", last, end)
	}
	r.fire() // slow.txt's timer: its batch is stored
	r.none("a stale timer")
}

// TestImportRefusals: a file over the limit and one that is not an
// article are refused before they are read, naming the file; undecodable
// bytes and a failed read name the file; a library export file may be
// larger; the others are imported.
func TestImportRefusals(t *testing.T) {
	r := newImportRun(t)
	huge := &testFile{name: "huge.txt", size: 13 << 19, started: r.started} // 6.5 MB
	pdf := &testFile{name: "notes.pdf", data: []byte("%PDF-1.4"), started: r.started}
	garbage := &testFile{name: "garbage.txt", data: []byte("Caf\x81 \x8d\x8f\x90 \x9d au lait\n\nLe caf\x81 est \x8d bon."), started: r.started}
	broken := &testFile{name: "broken.txt", err: errors.New("NotReadableError"), started: r.started}
	good := r.file("good.txt")
	// Not a library export, but big: read, and refused for what it is.
	bigLib := &testFile{name: "big-library.JSON", data: []byte("{}"), size: 50 << 20, started: r.started}
	r.im.Files(files(huge, pdf, garbage, broken, good, bigLib), false)
	r.next()
	reads := sortedCopy(r.reads(4))
	if want := []string{"big-library.JSON", "broken.txt", "garbage.txt", "good.txt"}; !reflect.DeepEqual(reads, want) {
		t.Errorf("read %v, want %v (huge.txt and notes.pdf refused unread)", reads, want)
	}
	last, end := r.end()
	errs := strings.Join(last.Errors, "\n")
	for _, want := range []string{
		"huge.txt: file too large (limit 5.0 MB): 6.5 MB",
		"notes.pdf: not an article file (.txt, .md, .markdown, .html, .htm or .mhtml)",
		"garbage.txt: text encoding not recognised",
		"; save it as UTF-8",
		"broken.txt: could not be read: NotReadableError",
		"big-library.JSON: ",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("errors lack %q:\n%s", want, errs)
		}
	}
	if len(last.Errors) != 5 || !reflect.DeepEqual(names(last), []string{"good.txt"}) {
		t.Errorf("last batch: %d errors, added %v; want 5 and good.txt", len(last.Errors), names(last))
	}
	if end.Done != 6 || end.Total != 6 {
		t.Errorf("end %+v, want 6 of 6", end)
	}
	// The same huge file as a library export is read.
	r.im.Files(files(huge), true)
	r.next()
	r.reads(1)
	last, _ = r.end()
	if len(last.Errors) != 1 || strings.Contains(last.Errors[0], "too large") {
		t.Errorf("a 6.5 MB library file: %v, want read (and refused as no library)", last.Errors)
	}
}

// TestImportPasteAndDuplicates: pasted text is imported; a file already
// in the library is reported as a duplicate, not stored again.
func TestImportPasteAndDuplicates(t *testing.T) {
	r := newImportRun(t)
	r.im.Paste("Floods in the valley\n\nThe river rose two metres overnight.")
	r.next()
	last, end := r.end()
	if len(last.Added) != 1 || last.Added[0].Name != "Floods in the valley" || end.Done != 1 {
		t.Fatalf("paste: %+v, end %+v", last, end)
	}
	one, copyOfOne := r.file("one.txt"), r.file("one.txt")
	copyOfOne.name = "one-again.txt"
	r.im.Files(files(one), false)
	r.next()
	r.end()
	r.im.Files(files(copyOfOne, r.file("two.txt")), false)
	r.next()
	last, _ = r.end()
	if !reflect.DeepEqual(last.Dups, []string{"one-again.txt"}) || !reflect.DeepEqual(names(last), []string{"two.txt"}) {
		t.Errorf("dups %v, added %v; want one-again.txt a duplicate, two.txt added", last.Dups, names(last))
	}
	if len(r.s.entries) != 3 {
		t.Errorf("%d stored, want 3", len(r.s.entries))
	}
}

// TestImportCancel: cancelling drops the files not started; those being
// read are counted but not kept; what was read before is stored; the end
// says cancelled. A cancel with no import does nothing.
func TestImportCancel(t *testing.T) {
	r := newImportRun(t)
	r.im.InFlight = 2
	r.im.Cancel()
	r.none("a cancel with no import")
	first, second, third := r.gated("first.txt"), r.gated("second.txt"), r.gated("third.txt")
	r.im.Files(files(first, second, third, r.file("fourth.txt")), false)
	r.next()
	r.reads(2)
	close(first.gate)
	if got := r.reads(1); got[0] != "third.txt" {
		t.Fatalf("%v started, want third.txt", got)
	}
	r.im.Cancel()
	close(second.gate)
	close(third.gate)
	last, end := r.end()
	if !end.Cancelled || end.Total != 4 || end.Done != 3 {
		t.Errorf("end %+v, want cancelled at 3 of 4", end)
	}
	if got := names(last); !reflect.DeepEqual(got, []string{"first.txt"}) {
		t.Errorf("stored %v, want first.txt only (read before the cancel)", got)
	}
	r.reads(0) // fourth.txt is never read
	// The next import starts afresh.
	r.im.Files(files(r.file("fifth.txt")), false)
	if p := r.next(); p.Done != 0 || p.Total != 1 {
		t.Errorf("next import starts at %+v, want 0 of 1", p)
	}
	if _, end := r.end(); end.Cancelled || end.Done != 1 {
		t.Errorf("next import's end %+v", end)
	}
}

// TestImportQuota: a batch the storage refuses is reported (storage full,
// the error named) and stops the import: the files after it are not read.
func TestImportQuota(t *testing.T) {
	r := newImportRun(t)
	r.im.InFlight, r.im.BatchSize = 1, 1
	refused := r.gated("refused.txt")
	r.im.Files(files(r.file("kept.txt"), refused, r.file("never.txt")), false)
	r.next()
	if p := r.next(); p.Quota || !reflect.DeepEqual(names(p), []string{"kept.txt"}) {
		t.Fatalf("first batch %+v", p)
	}
	r.mu.Lock()
	r.quota = true
	r.mu.Unlock()
	close(refused.gate)
	p := r.next()
	if !p.Quota || len(p.Added) != 0 || len(p.Errors) != 1 || !strings.Contains(p.Errors[0], "quota") {
		t.Fatalf("refused batch %+v, want storage full", p)
	}
	_, end := r.end()
	if !end.Cancelled || end.Done != 2 || end.Total != 3 {
		t.Errorf("end %+v, want cancelled at 2 of 3", end)
	}
	if st := r.storesMade(); len(st) != 2 || st[1][0] != "refused.txt" {
		t.Errorf("stores %v", st)
	}
	if _, ok := r.s.entries[""]; ok || len(r.s.entries) != 1 {
		t.Errorf("%d stored, want kept.txt only", len(r.s.entries))
	}
}
