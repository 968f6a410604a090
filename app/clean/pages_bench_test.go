package clean

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// benchPages is the boilerplate corpus (test data in ../shared/corpora),
// named here too for the wasm build, which leaves out the native tests that
// name it boilerplatePages.
const benchPages = "../../../shared/corpora/boilerplate/pages.jsonl.gz"

// BenchmarkCleanPages cleans the boilerplate corpus's dev pages (1,524 real
// web pages flattened to text, 14.6 MB): scraped pages, short lines of menus
// and links, which the classifier scores line by line, unlike the clean prose
// most of BenchmarkClean's input is. Skipped when the corpus is absent. It
// runs under GOOS=js GOARCH=wasm too (-benchtime 1x: a pass takes ~15 s).
func BenchmarkCleanPages(b *testing.B) {
	if _, err := os.Stat(benchPages); err != nil {
		b.Skip(benchPages + " absent")
	}
	pages, err := boilerpages.Load(benchPages, "dev")
	if err != nil {
		b.Fatal(err)
	}
	var all []string
	for _, p := range pages {
		all = append(all, strings.Join(p.Texts(), "\n\n")+"\n")
	}
	benchClean(b, all)
}

// BenchmarkCleanPagesTenth is BenchmarkCleanPages on every tenth dev page,
// short enough to count instructions under callgrind. The pages are read,
// and the spelling table and the model loaded, once for every round, so
// that a run of -benchtime 2x counts, beyond one of 1x, two passes over the
// pages and one page's warm-up (the command is in the README's "cleanup
// speed" row).
func BenchmarkCleanPagesTenth(b *testing.B) {
	tenthOnce.Do(func() {
		pages, err := boilerpages.Load(benchPages, "dev")
		if err != nil {
			return
		}
		for i := 0; i < len(pages); i += 10 {
			tenthPages = append(tenthPages, strings.Join(pages[i].Texts(), "\n\n")+"\n")
		}
		loadTable()
		boiler.Default()
	})
	if len(tenthPages) == 0 {
		b.Skip(benchPages + " absent")
	}
	benchClean(b, tenthPages)
}

var (
	tenthOnce  sync.Once
	tenthPages []string
)
