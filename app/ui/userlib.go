package ui

import (
	"encoding/json"
	"sort"
	"strings"
	"time"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The reader's library: the entries they imported, kept in IndexedDB
// (idb.go), and the bundled articles they hid. The store's docs are the
// bundled articles not hidden followed by the imported entries not hidden.

// hiddenKey is the browser-storage key of the bundled articles the reader
// hid: a JSON array of IDs.
const hiddenKey = "dossier.hidden-bundled"

// libRecord is an entry of the reader's library as the library worker
// gives it to the app: its article text and metadata, not its raw bytes.
type libRecord struct {
	ID, Name, Kind, Hash, UserDate, Text string
	Hidden                               bool
	Size                                 int
}

// importEvent is a report of web/import.js: a batch of entries stored (and
// the duplicates and files refused) with the progress, the end of an
// import, or a change made by another tab.
type importEvent struct {
	Done, Total int
	End         bool // the import finished (or was cancelled)
	Cancelled   bool
	Changed     bool // another tab changed the library
	Quota       bool // storage is full: the batch was not stored
	Added       []libRecord
	Dups        []string // names of files already in the library
	Errors      []string // "name: why"
}

// userLibrary is the reader's library as the library worker reads it.
type userLibrary struct {
	entries []libRecord
	docs    map[string]doc
	err     error
}

// loadUserLibrary reads the imported entries and processes them, reusing
// the documents of prev for entries whose content is unchanged.
func loadUserLibrary(userDates map[string]string, prev map[string]doc) userLibrary {
	lib := userLibrary{docs: map[string]doc{}}
	res, err := libCall("all", nil)
	if err != nil {
		lib.err = err
		return lib
	}
	lib.entries = recordsOf(res, "entries")
	for _, e := range lib.entries {
		if d, ok := prev[e.ID]; ok && d.hash == e.Hash {
			lib.docs[e.ID] = d
			continue
		}
		lib.docs[e.ID] = processEntry(e, userDates)
	}
	return lib
}

// processEntry cleans an imported entry as the bundled articles are.
func processEntry(e libRecord, userDates map[string]string) doc {
	date := userDates[e.ID]
	if date == "" {
		date = e.UserDate
	}
	d := processOne(corpus.Article{ID: e.ID, Source: e.Name, Name: e.Name, Size: e.Size, Text: e.Text}, date)
	d.hash = e.Hash
	return d
}

// loadHidden reads the bundled articles the reader hid.
func loadHidden(ctx app.Context) map[string]bool {
	var ids []string
	ctx.LocalStorage().Get(hiddenKey, &ids)
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// composeLocked makes store.docs from its parts, and the search index when
// index is set; the caller holds the store's lock.
func composeLocked(index bool) {
	docs := make([]doc, 0, len(store.bundleDocs)+len(store.entries))
	for _, d := range store.bundleDocs {
		if !store.hidden[d.ID] {
			docs = append(docs, d)
		}
	}
	for _, e := range store.entries {
		if d, ok := store.entryDocs[e.ID]; ok && !e.Hidden {
			docs = append(docs, d)
		}
	}
	store.docs = docs
	if index {
		store.index = buildIndex(docs)
	}
}

// publish tells every page that the articles changed.
func publish(ctx app.Context) {
	store.Lock()
	store.gen++
	gen := store.gen
	store.Unlock()
	ctx.Dispatch(func(ctx app.Context) { ctx.SetState(stateCorpus, gen) })
}

// addRecords processes entries the worker stored and shows them. It does
// not rebuild the search index unless reindex is set (an import in
// progress rebuilds it at the end).
func addRecords(ctx app.Context, added []libRecord, reindex bool) {
	if len(added) == 0 {
		return
	}
	userDates := loadUserDates(ctx)
	docs := make(map[string]doc, len(added))
	last := time.Now()
	for _, e := range added {
		docs[e.ID] = processEntry(e, userDates)
		if time.Since(last) > 30*time.Millisecond {
			// Let the page draw a frame: long articles take a while.
			time.Sleep(time.Millisecond)
			last = time.Now()
		}
	}
	store.Lock()
	store.entries = append(append([]libRecord(nil), store.entries...), added...)
	m := make(map[string]doc, len(store.entryDocs)+len(docs))
	for k, v := range store.entryDocs {
		m[k] = v
	}
	for k, v := range docs {
		m[k] = v
	}
	store.entryDocs = m
	composeLocked(reindex) // else rebuilt when the import ends
	store.Unlock()
	publish(ctx)
}

// reindex rebuilds the search index of the shown documents.
func reindex(ctx app.Context) {
	store.Lock()
	store.index = buildIndex(store.docs)
	store.Unlock()
	publish(ctx)
}

// removeEntry deletes an imported entry from the library and returns it
// (the worker's copy, raw bytes included), for undo.
func removeEntry(ctx app.Context, id string) (jsValue, error) {
	res, err := libCall("delete", map[string]any{"id": id})
	if err != nil {
		return res, err
	}
	store.Lock()
	var rest []libRecord
	for _, x := range store.entries {
		if x.ID != id {
			rest = append(rest, x)
		}
	}
	store.entries = rest
	composeLocked(true)
	store.Unlock()
	publish(ctx)
	return res, nil
}

// setBundledHidden hides a bundled article, or (id "") shows them all again.
func setBundledHidden(ctx app.Context, id string) error {
	hidden := map[string]bool{}
	ids := []string{}
	if id != "" {
		store.RLock()
		for k := range store.hidden {
			hidden[k] = true
		}
		store.RUnlock()
		hidden[id] = true
		for k := range hidden {
			ids = append(ids, k)
		}
		sort.Strings(ids)
	}
	if err := ctx.LocalStorage().Set(hiddenKey, ids); err != nil {
		return err
	}
	store.Lock()
	store.hidden = hidden
	composeLocked(true)
	store.Unlock()
	publish(ctx)
	return nil
}

// clearEntries removes every imported entry.
func clearEntries(ctx app.Context) error {
	if _, err := libCall("clear", nil); err != nil {
		return err
	}
	store.Lock()
	store.entries, store.entryDocs = nil, map[string]doc{}
	composeLocked(true)
	store.Unlock()
	publish(ctx)
	return nil
}

// reloadUserLibrary reads the library again (another tab changed it).
func reloadUserLibrary(ctx app.Context) {
	store.RLock()
	prev := store.entryDocs
	store.RUnlock()
	lib := loadUserLibrary(loadUserDates(ctx), prev)
	if lib.err != nil {
		app.Log("reloading your library:", lib.err)
		return
	}
	store.Lock()
	store.entries, store.entryDocs = lib.entries, lib.docs
	composeLocked(true)
	store.Unlock()
	publish(ctx)
}

// exportCleaned writes the shown articles, cleaned, as Markdown or JSON.
func exportCleaned(asJSON bool) []byte {
	docs, _, _ := documents()
	if asJSON {
		type out struct {
			ID        string `json:"id"`
			Title     string `json:"title"`
			Publisher string `json:"publisher,omitempty"`
			Date      string `json:"date,omitempty"`
			Text      string `json:"text"`
		}
		list := make([]out, len(docs))
		for i, d := range docs {
			list[i] = out{d.ID, d.displayTitle(), d.Publisher, d.effectiveDate(), strings.TrimSpace(d.cleanText())}
		}
		b, _ := json.MarshalIndent(list, "", "  ")
		return append(b, '\n')
	}
	var sb strings.Builder
	for i, d := range docs {
		if i > 0 {
			sb.WriteString("\n---\n\n")
		}
		sb.WriteString("# " + d.displayTitle() + "\n\n")
		var meta []string
		for _, m := range []string{d.Publisher, d.effectiveDate()} {
			if m != "" {
				meta = append(meta, m)
			}
		}
		if len(meta) > 0 {
			sb.WriteString("*" + strings.Join(meta, " · ") + "*\n\n")
		}
		sb.WriteString(strings.TrimSpace(d.cleanText()) + "\n")
	}
	return []byte(sb.String())
}
