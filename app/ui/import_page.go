package ui

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/dossierapp/dossier/app/library"
	"github.com/dossierapp/dossier/app/workerproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PathImport is the import page's path.
const PathImport = "/import"

// undoDelay is how long a deleted article can be brought back.
const undoDelay = 10 * time.Second

// importPage imports articles (files, dropped folders, pasted text, a
// library export), and manages the reader's library: delete with undo,
// restore the bundled articles, export. Files are read by the library
// worker (web/import.js posts them, workerproto.Importer imports them);
// everything imported is shown as text only.
type importPage struct {
	app.Compo
	gen        int
	busy       bool
	done       int
	total      int
	added      int
	status     string
	errs       []string
	dups       []string
	storage    string
	paste      string
	undo       *deleted
	undoAt     time.Time
	confirmAll bool
	shown      int // imported articles the list shows, beyond listPage
	// ctx is the page's own context, from OnMount. Work started by a
	// button that the update removes (Delete, Undo) reports through it:
	// go-app drops updates dispatched through a removed element's context.
	ctx app.Context
}

// reportLimit is how many refused files and duplicates the page names; a
// count says how many more there are.
const reportLimit = 50

// capped renders at most reportLimit of items, and a count of the rest.
func capped(items []string, class, suffix string) app.UI {
	n := min(len(items), reportLimit)
	lis := make([]app.UI, 0, n+1)
	for _, it := range items[:n] {
		lis = append(lis, app.Li().Text(it+suffix))
	}
	if rest := len(items) - n; rest > 0 {
		lis = append(lis, app.Li().Text(fmt.Sprintf("and %d more", rest)))
	}
	return app.Ul().Class(class).Body(lis...)
}

func newImportPage() *importPage { return &importPage{} }

func (p *importPage) OnMount(ctx app.Context) {
	ctx.ObserveState(stateCorpus, &p.gen)
	ensureCorpus(ctx)
	theDossier.shown.set(p, ctx)
	p.ctx = ctx
	p.refreshStorage(ctx)
}

func (p *importPage) OnDismount() {
	theDossier.shown.clear(p)
}

func (p *importPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle(pageTitle("Import"))
}

// onImportEvent handles a report of the library worker, on the bridge's
// goroutine: it shows what was stored and, on the import page, the progress.
func onImportEvent(ctx app.Context, ev importEvent) {
	if ev.Changed {
		reloadUserLibrary(ctx)
		return
	}
	addRecords(ctx, ev.Added, false)
	if ev.End {
		reindexLater(ctx)
		if _, _, persisted := storageInfo(); !persisted {
			requestPersist() // asked once an import has stored something
		}
	}
	p, pctx := theDossier.shown.get()
	if p == nil {
		return
	}
	if ev.End {
		p.refreshStorage(pctx)
	}
	pctx.Dispatch(func(ctx app.Context) {
		if !p.busy && ev.Total > 0 && !ev.End {
			p.busy, p.added, p.errs, p.dups = true, 0, nil, nil
		}
		p.done, p.total = ev.Done, ev.Total
		p.added += len(ev.Added)
		p.dups = append(p.dups, ev.Dups...)
		p.errs = append(p.errs, ev.Errors...)
		if ev.Quota {
			p.errs = append(p.errs, "Your browser's storage for Dossier is full: the last files were not imported, and nothing imported before was lost. Delete some articles or free disk space, then import the rest.")
		}
		switch {
		case ev.End && ev.Cancelled:
			p.busy = false
			p.status = fmt.Sprintf("Cancelled: %d imported.", p.added)
		case ev.End:
			p.busy = false
			p.status = fmt.Sprintf("Done: %d imported.", p.added)
		case ev.Total > 0:
			p.status = fmt.Sprintf("Importing %d of %d…", ev.Done, ev.Total)
		}
	})
}

func (p *importPage) refreshStorage(ctx app.Context) {
	ctx.Async(func() {
		usage, quota, persisted := storageInfo()
		s := ""
		if quota > 0 {
			s = fmt.Sprintf("Storage: %.1f MB used of %.0f MB available to Dossier.", float64(usage)/(1<<20), float64(quota)/(1<<20))
			if persisted {
				s += " Kept even when space runs low."
			}
		}
		ctx.Dispatch(func(app.Context) { p.storage = s })
	})
}

func (p *importPage) Render() app.UI {
	entries, hidden := theDossier.Library()
	var progress app.UI = app.Text(p.status)
	if p.busy && p.total > 0 && p.done < p.total {
		progress = app.Div().Class("import-progress").Body(
			app.Progress().ID("import-progress").Max(max(p.total, 1)).Value(p.done).Aria("label", "Import progress"),
			app.Text(" "+strconv.Itoa(p.done)+" of "+strconv.Itoa(p.total)+" "),
			app.Button().ID("import-cancel").Text("Cancel").OnClick(func(ctx app.Context, e app.Event) { importCall("cancel") }),
		)
	}
	return shell(PathImport,
		app.H1().Text("Import articles"),
		app.Div().ID("import-drop").Class("dropzone").Body(
			app.P().Text("Drop .txt, .md, .html or .mhtml files, or whole folders, here, or:"),
			app.Label().For("import-files").Class("button").Text("Choose files…"),
			app.Input().Type("file").ID("import-files").Class("visually-hidden").Multiple(true).Accept(".txt,.md,.markdown,.html,.htm,.mhtml,.mht"),
			app.P().Class("hint").Text(fmt.Sprintf("Files over %d MB are refused. Nothing leaves this device.", library.MaxFileSize>>20)),
		),
		app.Label().For("import-paste").Text("Or paste an article's text"),
		app.Textarea().ID("import-paste").Rows(5).Text(p.paste).OnChange(p.ValueTo(&p.paste)),
		app.Button().ID("import-paste-add").Text("Add pasted text").OnClick(func(ctx app.Context, e app.Event) {
			if p.paste != "" {
				importCall("paste", p.paste)
				p.paste = ""
			}
		}),
		app.Div().ID("import-status").Aria("live", "polite").Body(
			progress,
			app.If(len(p.errs) > 0, func() app.UI { return capped(p.errs, "import-errors", "") }),
			app.If(len(p.dups) > 0, func() app.UI { return capped(p.dups, "import-dups", ": already in your library") }),
		),
		app.P().ID("import-storage").Text(p.storage),
		app.H2().Text("Your library"),
		app.P().Body(
			app.Label().For("import-library").Class("button").Text("Import library file…"),
			app.Input().Type("file").ID("import-library").Class("visually-hidden").Accept(".json,application/json"),
			app.Text(" "),
			app.Button().ID("export-library").Text("Export library").OnClick(p.exportLibrary),
			app.Text(" "),
			app.Button().ID("export-md").Text("Export cleaned (Markdown)").OnClick(func(ctx app.Context, e app.Event) {
				download("dossier-articles.md", "text/markdown", exportCleaned(false))
			}),
			app.Text(" "),
			app.Button().ID("export-json").Text("Export cleaned (JSON)").OnClick(func(ctx app.Context, e app.Event) {
				download("dossier-articles.json", "application/json", exportCleaned(true))
			}),
		),
		app.If(hidden > 0, func() app.UI {
			return app.Button().ID("restore-bundled").Text(fmt.Sprintf("Restore %d hidden bundled articles", hidden)).OnClick(func(app.Context, app.Event) {
				ctx := p.ctx
				ctx.Async(func() { p.report(ctx, setBundledHidden(ctx, "")) })
			})
		}),
		app.If(p.undo != nil, func() app.UI {
			return app.P().Class("undo").Aria("live", "polite").Body(
				app.Text("Deleted “"+p.undo.name+"”. "),
				app.Button().ID("undo-delete").Text("Undo").OnClick(p.undoDelete),
			)
		}),
		app.If(len(entries) == 0, func() app.UI { return app.P().Text("You have not imported any articles yet.") }).Else(func() app.UI {
			// A library of thousands lists a page at a time: every item
			// has its own delete button, and re-rendering them all on each
			// batch of an import would stall the page.
			more := max(len(entries)-listPage-p.shown, 0)
			entries := entries[:len(entries)-more]
			return app.Div().Body(
				app.P().Body(
					app.Text(fmt.Sprintf("%d imported %s. ", len(entries), plural(len(entries), "article", "articles"))),
					app.Button().ID("remove-all").Text(map[bool]string{false: "Remove all imported articles", true: "Really remove all?"}[p.confirmAll]).OnClick(p.removeAll),
				),
				app.Ul().Class("imported").Body(app.Range(entries).Slice(func(i int) app.UI {
					e := entries[i]
					return app.Li().Body(
						app.A().Href(link(ReaderPath(e.ID))).Text(e.Name),
						app.Text(" "),
						// The item's ID rides on the button: go-app keeps a
						// list item's first handler when the list shifts, so a
						// closure over e would delete the wrong article.
						app.Button().Class("delete").Aria("label", "Delete "+e.Name).DataSet("id", e.ID).DataSet("name", e.Name).
							Text("Delete").OnClick(p.deleteEntry),
					)
				})),
				app.If(more > 0, func() app.UI {
					return app.Button().ID("show-more-imported").Class("show-more").
						Text(fmt.Sprintf("Show %d more (%d not shown)", min(more, listPage), more)).
						OnClick(func(ctx app.Context, e app.Event) { p.shown += listPage })
				}),
			)
		}),
	)
}

func (p *importPage) report(ctx app.Context, err error) {
	if err != nil {
		ctx.Dispatch(func(app.Context) { p.errs = append(p.errs, err.Error()) })
	}
}

// deleteEntry deletes the imported article whose Delete button was
// pressed, and offers to undo it for undoDelay.
func (p *importPage) deleteEntry(src app.Context, _ app.Event) {
	ds := src.JSSrc().Get("dataset")
	id, name := ds.Get("id").String(), ds.Get("name").String()
	ctx := p.ctx
	ctx.Async(func() {
		old, err := removeEntry(ctx, id)
		if err == nil {
			ctx.Dispatch(func(app.Context) { p.undo, p.undoAt = &deleted{name, old}, time.Now() })
			ctx.After(undoDelay, func(ctx app.Context) {
				if p.undo != nil && time.Since(p.undoAt) >= undoDelay {
					p.undo = nil
				}
			})
		}
		p.report(ctx, err)
	})
}

func (p *importPage) undoDelete(_ app.Context, e app.Event) {
	ctx := p.ctx
	old := p.undo
	p.undo = nil
	if old == nil {
		return
	}
	ctx.Async(func() {
		added, err := old.restore()
		if err == nil {
			addRecords(ctx, added, true)
		}
		p.report(ctx, err)
	})
}

// deleted is an article deleted a moment ago, and how to put the worker's
// copy back. (A function, not the entry: go-app walks a component's fields,
// and an entry there would bring its JSON code, and the hashing it calls,
// into the wasm.)
type deleted struct {
	name    string
	restore func() ([]libRecord, error)
}

func (p *importPage) removeAll(_ app.Context, e app.Event) {
	if !p.confirmAll {
		p.confirmAll = true
		return
	}
	p.confirmAll = false
	ctx := p.ctx // the button goes when the list empties
	ctx.Async(func() { p.report(ctx, clearEntries(ctx)) })
}

func (p *importPage) exportLibrary(ctx app.Context, e app.Event) {
	dates := loadUserDates(ctx.LocalStorage().Get)
	ctx.Async(func() {
		res, err := libCall(workerproto.Request{Op: workerproto.OpExport, Dates: dates, Version: app.Getenv("GOAPP_VERSION")})
		if err != nil {
			p.report(ctx, errors.New("Export failed: "+err.Error()))
			return
		}
		download("dossier-library.json", "application/json", res.Bytes)
	})
}
