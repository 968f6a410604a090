package article_test

import (
	"fmt"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/search"
)

// Process runs an article through the whole pipeline; Index makes the
// search index the app and `dossier search` query.
func Example() {
	a := corpus.Article{ID: "summit-1a2b3c4d", Name: "summit.txt", Text: "Leaders meet in Hanoi\n\n" +
		"HANOI, Feb 27 2019 - Kim Jong Un and Donald Trump met in Hanoi on Wednesday for a second summit.\n"}
	d := article.Process(a, "")
	fmt.Println(d.DisplayTitle(), "|", d.EffectiveDate())
	ix := article.Index([]article.Doc{d})
	for _, h := range ix.Search("hanoi summit ", search.Options{Limit: 5}) {
		fmt.Println(h.ID)
	}
	// Output:
	// Leaders meet in Hanoi | 2019-02-27
	// summit-1a2b3c4d
}
