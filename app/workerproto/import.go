package workerproto

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dossierapp/dossier/app/library"
)

// The import: the files the reader picks, drops or pastes on the import
// page come to the worker as they are (web/import.js posts the browser's
// File objects, unread), and the Importer reads them a few at a time,
// refuses those it must before reading them (not an article file, too
// large), has the worker read each ("file", "library", "paste"), stores
// what they gave in batches ("store") and reports to the page after each
// batch and at the end (Progress).

// ImportFile is a file to import: the browser's File in the worker
// (JSFile), anything in tests.
type ImportFile interface {
	// Name is the file's name.
	Name() string
	// Size is its size in bytes, known before it is read; it may wait
	// (in the browser, for the page to post the file).
	Size() int64
	// Read reads its content; it may block. It is called after Size, on
	// another goroutine.
	Read() ([]byte, error)
}

// Progress is the importer's report to the page: after each batch stored
// (what it added, the duplicates and the errors) and once at the end
// (End: how many files were done of how many, and whether the import was
// cancelled). Done and Total count the files of the import under way.
type Progress struct {
	End       bool
	Cancelled bool // End: the reader cancelled, or the storage was full
	Quota     bool // storage is full: the batch was not stored, the import stops
	Done      int
	Total     int
	Added     []library.Record // stored by this batch
	Dups      []string         // names of the files already in the library
	Errors    []string         // "name: why"
}

// Importer defaults.
const (
	// ImportInFlight is how many files are read at once.
	ImportInFlight = 4
	// ImportBatch is how many entries make a batch stored at once.
	ImportBatch = 100
	// ImportDelay is how long a batch waits for more entries before it is
	// stored: files read close together are stored together.
	ImportDelay = 150 * time.Millisecond
)

// Importer runs imports: a queue of files read at most InFlight at a
// time, in the order given; entries stored in batches of BatchSize, or
// after BatchDelay; Progress reported after each batch and at the end. Its
// methods never block: the work runs on a goroutine of its own, which
// calls handle (which must not run two requests at once with the worker's
// other requests) and report, one at a time.
type Importer struct {
	// MaxSize is the largest file imported; a library export file may be
	// 1,024 times as large. Larger files are refused before they are read.
	MaxSize int64
	// InFlight, BatchSize and BatchDelay are ImportInFlight, ImportBatch
	// and ImportDelay unless set before the first import.
	InFlight   int
	BatchSize  int
	BatchDelay time.Duration
	// AfterFunc calls f after d (time.AfterFunc's; tests set their own).
	AfterFunc func(d time.Duration, f func())

	files  Files
	handle func(Request) Response
	report func(Progress)

	mu    sync.Mutex // guards inbox
	inbox []any      // events for the importer's goroutine
	wake  chan struct{}
	once  sync.Once

	// The state below is the importer's goroutine's own.
	queue     []importJob
	inflight  int
	done      int
	total     int
	cancelled bool
	entries   []library.Entry // the batch
	errs      []string        // the batch's errors
	timerSeq  int             // the batch's timer, when timerSet
	timerSet  bool
}

// importJob is one file, or pasted text, to import.
type importJob struct {
	op   Op // OpFile, OpLibrary or OpPaste
	file ImportFile
	text string
}

// The importer's events.
type (
	addEvent    []importJob
	cancelEvent struct{}
	readEvent   struct {
		job  importJob
		data []byte
		err  error
	}
	timerEvent int // the seq of the timer that fired
)

// NewImporter returns an importer that refuses files by name with files
// (libfile.Files), has the worker answer its requests through handle and
// reports through report.
func NewImporter(files Files, handle func(Request) Response, report func(Progress)) *Importer {
	return &Importer{MaxSize: library.MaxFileSize, InFlight: ImportInFlight, BatchSize: ImportBatch, BatchDelay: ImportDelay,
		AfterFunc: func(d time.Duration, f func()) { time.AfterFunc(d, f) },
		files:     files, handle: handle, report: report, wake: make(chan struct{}, 1)}
}

// Files imports files: library export files when lib is set, else
// article files, except that a file named .json is a library export file.
func (im *Importer) Files(files []ImportFile, lib bool) {
	jobs := make(addEvent, len(files))
	for i, f := range files {
		jobs[i] = importJob{op: OpFile, file: f}
		if lib || isJSONName(f.Name()) {
			jobs[i].op = OpLibrary
		}
	}
	im.post(jobs)
}

// Paste imports pasted text.
func (im *Importer) Paste(text string) { im.post(addEvent{{op: OpPaste, text: text}}) }

// Cancel stops the import under way: the files not started are dropped,
// those being read are counted but not kept, and what was read before is
// stored; the end's Progress says Cancelled.
func (im *Importer) Cancel() { im.post(cancelEvent{}) }

// isJSONName reports a name ending in .json, in any case.
func isJSONName(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".json") }

// post hands an event to the importer's goroutine (started by the first).
func (im *Importer) post(ev any) {
	im.once.Do(func() { go im.run() })
	im.mu.Lock()
	im.inbox = append(im.inbox, ev)
	im.mu.Unlock()
	select {
	case im.wake <- struct{}{}:
	default:
	}
}

func (im *Importer) run() {
	for range im.wake {
		for {
			im.mu.Lock()
			evs := im.inbox
			im.inbox = nil
			im.mu.Unlock()
			if len(evs) == 0 {
				break
			}
			for _, ev := range evs {
				im.on(ev)
			}
		}
	}
}

// on handles one event.
func (im *Importer) on(ev any) {
	switch ev := ev.(type) {
	case addEvent:
		if len(ev) == 0 {
			return
		}
		// A new import after a cancelled one whose reads are finishing
		// continues it.
		im.cancelled = false
		im.queue = append(im.queue, ev...)
		im.total += len(ev)
		im.report(Progress{Done: im.done, Total: im.total})
	case cancelEvent:
		im.cancel()
	case readEvent:
		switch {
		case ev.err != nil:
			im.finish(ev.job, failed(ev.job.file.Name()+": could not be read: "+ev.err.Error()))
		case im.cancelled:
			im.finish(ev.job, Response{})
		default:
			im.finish(ev.job, im.handle(Request{Op: ev.job.op, Name: ev.job.file.Name(), Bytes: ev.data}))
		}
	case timerEvent:
		if !im.timerSet || int(ev) != im.timerSeq {
			return // a batch's timer, stored before it fired
		}
		im.flush()
	}
	im.pump()
}

// failed is an answer with the error msg.
func failed(msg string) Response { return Response{Err: errors.New(msg)} }

func (im *Importer) cancel() {
	if im.total == 0 {
		return
	}
	im.cancelled = true
	im.queue = nil
}

// pump starts the files waiting, as many as may be in flight, and ends
// the import when nothing is left.
func (im *Importer) pump() {
	for im.inflight < im.InFlight && len(im.queue) > 0 && !im.cancelled {
		j := im.queue[0]
		im.queue = im.queue[1:]
		im.start(j)
	}
	if im.total > 0 && im.inflight == 0 && (len(im.queue) == 0 || im.cancelled) {
		im.end()
	}
}

// start starts one job: pasted text is read at once, a file refused at
// once or read on a goroutine of its own.
func (im *Importer) start(j importJob) {
	im.inflight++
	if j.op == OpPaste {
		im.finish(j, im.handle(Request{Op: OpPaste, Text: j.text}))
		return
	}
	name := j.file.Name()
	if j.op == OpFile {
		if err := im.files.CheckName(name); err != nil {
			im.finish(j, Response{Err: err})
			return
		}
	}
	limit := im.MaxSize
	if j.op == OpLibrary {
		limit *= 1024
	}
	if size := j.file.Size(); size > limit {
		// Refused before it is read: a huge file never enters memory.
		im.finish(j, failed(name+": file too large (limit "+megabytes(limit)+"): "+megabytes(size)))
		return
	}
	go func() {
		data, err := j.file.Read()
		im.post(readEvent{j, data, err})
	}()
}

// megabytes is n bytes in MB, with one decimal: "5.0 MB".
func megabytes(n int64) string { return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB" }

// finish counts a job done and adds what it gave (entries or an error) to
// the batch, unless the import was cancelled.
func (im *Importer) finish(j importJob, res Response) {
	im.inflight--
	im.done++
	if im.cancelled {
		return
	}
	switch {
	case res.Err != nil:
		im.errs = append(im.errs, res.Err.Error())
	case res.Entries != nil:
		im.entries = append(im.entries, res.Entries...)
	case res.Entry != nil:
		im.entries = append(im.entries, *res.Entry)
	}
	if len(im.entries) >= im.BatchSize {
		im.flush()
		return
	}
	if !im.timerSet {
		im.timerSet = true
		im.timerSeq++
		seq := timerEvent(im.timerSeq)
		im.AfterFunc(im.BatchDelay, func() { im.post(seq) })
	}
}

// flush stores the batch's entries (one "store", one transaction) and
// reports what was added, the duplicates and the errors. Storage full
// cancels the import.
func (im *Importer) flush() {
	im.timerSet = false
	p := Progress{Done: im.done, Total: im.total, Errors: im.errs, Added: []library.Record{}, Dups: []string{}}
	entries := im.entries
	im.entries, im.errs = nil, nil
	if len(entries) > 0 {
		res := im.handle(Request{Op: OpStore, Entries: entries})
		if res.Err != nil {
			p.Errors = append(p.Errors, res.Err.Error())
			p.Quota = errors.Is(res.Err, ErrStorageFull)
		} else {
			p.Added, p.Dups = res.Added, res.Dups
		}
	}
	im.report(p)
	if p.Quota {
		im.cancel()
	}
}

// end reports the import's end, after its last batch.
func (im *Importer) end() {
	done, total, cancelled := im.done, im.total, im.cancelled
	im.done, im.total, im.queue, im.cancelled = 0, 0, nil, false
	// The last batch reports no count (0 of 0): the end does.
	im.flush()
	im.report(Progress{End: true, Done: done, Total: total, Cancelled: cancelled})
}
