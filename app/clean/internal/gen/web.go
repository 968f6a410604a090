package main

import (
	"strings"

	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// webNews returns the news prose the model reads from the boilerplate
// corpus at path, an article a page: the prose (boilerpages.NewsProse) of
// the L3S-GN1 and Dragnet dev pages in the news model's half
// (boilerpages.SpinModel), in the corpus's order. The test pages are never
// read, and the other half of the dev pages is app/clean's other news,
// which the spin tests repair.
func webNews(path string) ([]string, error) {
	pages, err := boilerpages.Load(path, "dev")
	if err != nil {
		return nil, err
	}
	var out []string
	for i := range pages {
		p := &pages[i]
		if p.Split != "dev" || !boilerpages.SpinModel(p) {
			continue
		}
		if paras := boilerpages.NewsProse(p); len(paras) > 0 {
			out = append(out, strings.Join(paras, "\n\n")+"\n")
		}
	}
	return out, nil
}
