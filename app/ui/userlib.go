package ui

import (
	"encoding/json"
	"errors"
	"sort"
	"strings"

	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/doccache"
	"github.com/dossierapp/dossier/app/library"
	"github.com/dossierapp/dossier/app/workerproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The reader's library: the entries they imported, kept in IndexedDB by the
// library worker (app/workerproto over app/libdb), and the bundled articles
// they hid. The dossier's docs are the bundled articles not hidden followed
// by the imported entries not hidden (see dossier.compose).

// hiddenKey is the browser-storage key of the bundled articles the reader
// hid: a JSON array of IDs.
const hiddenKey = "dossier.hidden-bundled"

// libRecord is an entry of the reader's library as the library worker
// gives it to the app: its article text and metadata, not its raw bytes.
type libRecord = library.Record

// importEvent is a report of the library worker's import (a
// workerproto.Progress, passed on by web/import.js): a batch of entries
// stored (and the duplicates and files refused) with the progress, the end
// of an import, or a change made by another tab.
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

// userRecords is the library worker's answer to "all": every imported
// entry, as a record.
type userRecords struct {
	entries []libRecord
	err     error
}

// fetchUserRecords asks the library worker for every imported entry; the
// answer arrives on the channel, so the asking can start while the page
// does other work.
func fetchUserRecords() <-chan userRecords {
	ch := make(chan userRecords, 1)
	go func() {
		res, err := libCall(workerproto.Request{Op: workerproto.OpAll, Head: doccache.Head(processVersion)})
		if err != nil {
			ch <- userRecords{err: err}
			return
		}
		entries, err := res.Records()
		if err != nil {
			app.Log("some of your imported articles could not be read:", err)
		}
		ch <- userRecords{entries: entries}
	}()
	return ch
}

// loadUserLibrary processes the imported entries, reusing the documents of
// prev for entries whose content is unchanged.
func loadUserLibrary(recs userRecords, userDates map[string]string, prev map[string]doc) userLibrary {
	lib := userLibrary{docs: map[string]doc{}, entries: recs.entries, err: recs.err}
	if recs.err != nil {
		return lib
	}
	for _, e := range lib.entries {
		pause()
		if d, ok := prev[e.ID]; ok && d.Hash == e.Hash {
			lib.docs[e.ID] = d
			continue
		}
		if d, ok := entryDoc(e, userDates); ok {
			lib.docs[e.ID] = d
		}
	}
	return lib
}

// entryDoc is the document of an imported entry, from the value the
// library worker made of it (it processes entries as it stores or reads
// them); a value that does not decode is asked for again ("process"). ok
// is false when there is none: the entry is kept, and not shown.
func entryDoc(e libRecord, userDates map[string]string) (d doc, ok bool) {
	date := userDates[e.ID]
	if date == "" {
		date = e.UserDate
	}
	a := corpus.Article{ID: e.ID, Source: e.Name, Name: e.Name, Size: e.Size, Text: e.Text}
	if d, ok := decodeDoc(a, e.Hash, e.Cached, date); ok {
		return d, true
	}
	res, err := theDossier.worker(workerproto.Request{Op: workerproto.OpProcess, Entry: e.ID})
	if err == nil {
		if d, ok := decodeDoc(a, e.Hash, string(res.Bytes), date); ok {
			return d, true
		}
		err = errors.New("its processed value is damaged")
	}
	app.Log("your imported article", e.Name, "could not be processed:", err)
	return doc{}, false
}

// loadHidden reads the bundled articles the reader hid (get as for
// loadUserDates).
func loadHidden(get storageGet) map[string]bool {
	var ids []string
	get(hiddenKey, &ids)
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// publish tells every page that the articles changed. The state is set
// directly, not from a Dispatch of ctx: go-app drops what is dispatched
// through the context of an element the update removed (the button that
// started the change, often), and SetState updates each observer through
// its own context.
func publish(ctx app.Context) {
	ctx.SetState(stateCorpus, theDossier.Touch())
}

// addRecords processes entries the worker stored and shows them. It does
// not rebuild the search index unless reindex is set (an import in
// progress rebuilds it at the end).
func addRecords(ctx app.Context, added []libRecord, reindex bool) {
	if len(added) == 0 {
		return
	}
	userDates := loadUserDates(ctx.LocalStorage().Get)
	docs := make(map[string]doc, len(added))
	for _, e := range added {
		if d, ok := entryDoc(e, userDates); ok {
			docs[e.ID] = d
		}
		pause()
	}
	theDossier.AddEntries(added, docs, reindex) // else indexed when the import ends
	publish(ctx)
}

// reindexLater has the worker clean again the pages that hold their site's
// template lines (ApplyTemplates), rebuilds the search index of the shown
// documents, letting the page draw meanwhile, and publishes them. Until
// then searches use the previous index. It builds again if the documents
// changed while it worked, and stops when another caller indexed them.
func reindexLater(ctx app.Context) {
	d := theDossier
	// Called as the first render is done, in its task: what follows is
	// work of its own (finding the template lines of ten thousand pages
	// takes tens of milliseconds).
	yieldToBrowser()
	changed := d.ApplyTemplates(d.worker)
	markPhase("reindex-templates")
	if d.Reindex(pause) || changed {
		markPhase("reindexed")
		publishBuilt(ctx)
	}
}

// removeEntry deletes an imported entry from the library and returns how
// to store the worker's copy (raw bytes included) again, for undo.
func removeEntry(ctx app.Context, id string) (restore func() ([]libRecord, error), err error) {
	res, err := libCall(workerproto.Request{Op: workerproto.OpDelete, Entry: id})
	if err != nil {
		return nil, err
	}
	theDossier.RemoveEntry(id)
	publish(ctx)
	e := res.Entry
	return func() ([]libRecord, error) {
		if e == nil {
			return nil, errors.New("the deleted article cannot be restored")
		}
		r, err := libCall(workerproto.Request{Op: workerproto.OpStore, Entries: []library.Entry{*e}})
		return r.Added, err
	}, nil
}

// setBundledHidden hides a bundled article, or (id "") shows them all again.
func setBundledHidden(ctx app.Context, id string) error {
	hidden := map[string]bool{}
	ids := []string{}
	if id != "" {
		hidden = theDossier.Hidden()
		hidden[id] = true
		for k := range hidden {
			ids = append(ids, k)
		}
		sort.Strings(ids)
	}
	if err := ctx.LocalStorage().Set(hiddenKey, ids); err != nil {
		return err
	}
	theDossier.SetHidden(hidden)
	publish(ctx)
	return nil
}

// clearEntries removes every imported entry.
func clearEntries(ctx app.Context) error {
	if _, err := libCall(workerproto.Request{Op: workerproto.OpClear}); err != nil {
		return err
	}
	theDossier.SetLibrary(nil, nil, true)
	publish(ctx)
	return nil
}

// reloadUserLibrary reads the library again (another tab changed it).
func reloadUserLibrary(ctx app.Context) {
	prev := theDossier.EntryDocs()
	lib := loadUserLibrary(<-fetchUserRecords(), loadUserDates(ctx.LocalStorage().Get), prev)
	if lib.err != nil {
		app.Log("reloading your library:", lib.err)
		return
	}
	theDossier.SetLibrary(lib.entries, lib.docs, true)
	publish(ctx)
}

// exportCleaned writes the shown articles, cleaned, as Markdown or JSON.
func exportCleaned(asJSON bool) []byte {
	docs := theDossier.Docs()
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
			list[i] = out{d.ID, d.DisplayTitle(), d.Publisher, d.EffectiveDate(), strings.TrimSpace(d.CleanText())}
		}
		b, _ := json.MarshalIndent(list, "", "  ")
		return append(b, '\n')
	}
	var sb strings.Builder
	for i, d := range docs {
		if i > 0 {
			sb.WriteString("\n---\n\n")
		}
		sb.WriteString("# " + d.DisplayTitle() + "\n\n")
		var meta []string
		for _, m := range []string{d.Publisher, d.EffectiveDate()} {
			if m != "" {
				meta = append(meta, m)
			}
		}
		if len(meta) > 0 {
			sb.WriteString("*" + strings.Join(meta, " · ") + "*\n\n")
		}
		sb.WriteString(strings.TrimSpace(d.CleanText()) + "\n")
	}
	return []byte(sb.String())
}
