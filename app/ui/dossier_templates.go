package ui

import (
	"errors"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"

	"github.com/dossierapp/dossier/app/workerproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The dossier is one: a line a site repeats on its pages, bundled or
// imported, is its template (article.TemplateLines). The page finds which
// pages hold such lines, which is quick; the library worker cleans those
// again (workerproto's "reclean"), as the page carries no cleanup of its
// own. The pages it cleaned again replace theirs when the dossier is
// composed, for as long as their site's lines are the same.

// templated is a page cleaned again without its site's template lines.
type templated struct {
	doc doc
	sig string // the lines it was cleaned without (linesSig)
}

// ApplyTemplates has the worker clean again the shown pages that hold
// their site's template lines (those not cleaned again for the same lines
// already) and shows them. It reports whether any changed.
func (d *dossier) ApplyTemplates(call workerCall) bool {
	d.mu.RLock()
	docs, done := d.docs, d.tpl
	d.mu.RUnlock()
	// The pages to clean again, asked for in one request: the worker
	// answers a repeat visit's from what it kept.
	var rcs []workerproto.Reclean
	var which []int
	var sigs []string
	tl := d.lines.of(docs, done)
	markPhase("template-lines")
	for i, lines := range tl {
		x := docs[i]
		sig := linesSig(lines)
		if t, ok := done[x.ID]; ok && t.sig == sig {
			continue
		}
		rcs = append(rcs, workerproto.Reclean{Entry: x.ID, Lines: lines})
		which, sigs = append(which, i), append(sigs, sig)
	}
	if len(rcs) == 0 {
		return false
	}
	res, err := call(workerproto.Request{Op: workerproto.OpReclean, Recleans: rcs})
	markPhase("recleans-in")
	var vals []string
	if err == nil && res.Packed == nil {
		err = errors.New("the worker sent no pages")
	}
	if err == nil {
		vals, err = workerproto.UnpackValues(res.Packed.PackedData())
	}
	if err == nil && len(vals) != len(rcs) {
		err = fmt.Errorf("the worker sent %d pages for %d", len(vals), len(rcs))
	}
	if err != nil {
		app.Log("could not remove the site template lines of", len(rcs), "pages:", err)
		return false
	}
	made := map[string]templated{}
	for k, i := range which {
		x := docs[i]
		if vals[k] == "" {
			continue // deleted meanwhile
		}
		y, ok := decodeDoc(x.Article, x.Hash, vals[k], x.UserDate)
		if !ok {
			app.Log("could not read what the worker made of", x.Name)
			continue
		}
		if x.Mentions == nil {
			y.Mentions = nil
		}
		made[x.ID] = templated{y, sigs[k]}
		pause()
	}
	if len(made) == 0 {
		return false
	}
	// Composing a large dossier again is a step of its own (a task of the
	// page's thread, the pages' decoding above another).
	yieldToBrowser()
	d.mu.Lock()
	defer d.mu.Unlock()
	tpl := make(map[string]templated, len(d.tpl)+len(made))
	for k, v := range d.tpl {
		tpl[k] = v
	}
	for k, v := range made {
		tpl[k] = v
	}
	d.tpl = tpl
	d.compose(false) // indexed by the caller (Reindex), between frames
	d.gen++
	return true
}

// withTemplated replaces the pages of docs that were cleaned again (in
// place: docs is compose's own slice), with the reader's date of each;
// d.mu is held.
func (d *dossier) withTemplated(docs []doc) {
	if len(d.tpl) == 0 {
		return
	}
	for i, x := range docs {
		t, ok := d.tpl[x.ID]
		if !ok || t.doc.Hash != x.Hash {
			continue
		}
		if t.doc.UserDate != x.UserDate {
			t.doc.SetUserDate(x.UserDate)
		}
		docs[i] = t.doc
	}
}

// linesSig stands for a site's template lines (a hash of them, sorted).
func linesSig(lines map[string]int) string {
	keys := make([]string, 0, len(lines))
	for k := range lines {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	h := fnv.New64a()
	for _, k := range keys {
		h.Write([]byte(k))
		h.Write([]byte{0, byte(lines[k])})
	}
	return strconv.FormatUint(h.Sum64(), 36)
}
