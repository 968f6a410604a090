package article

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/corpus"
)

// Three pages of one site (written here) share a menu and a footer: the
// dossier removes them from each page and finds no event or name in them.
func TestWithTemplates(t *testing.T) {
	page := func(title, p1, p2 string) string {
		return strings.Join([]string{"Go to Contents", "Local news", "World news", title, p1, p2,
			"Maintained by Example Web Services on Monday", "Back to top"}, "\n\n") + "\n"
	}
	arts := []corpus.Article{
		{ID: "a", Text: page("Dam opens after repairs", "The river dam reopened on Monday after engineers finished six weeks of repairs to its spillway, officials said.", "Boats queued to pass the lock within an hour of the reopening, the harbour master said.")},
		{ID: "b", Text: page("Ferry fares to rise", "Ferry operators said fares would rise by five percent in the spring to cover higher fuel and insurance costs.", "Passenger groups said the increase would hit island residents who have no other way to reach the mainland.")},
		{ID: "c", Text: page("Library extends hours", "The city library will stay open until nine in the evening from next month, the council announced.", "The change follows a survey in which students asked for more quiet space to study after school.")},
	}
	var docs []Doc
	for _, a := range arts {
		docs = append(docs, Process(a, "2024-03-01"))
	}
	out := WithTemplates(docs)
	for i, d := range out {
		text := d.CleanText()
		if strings.Contains(text, "Go to Contents") || strings.Contains(text, "Maintained by") {
			t.Errorf("%s keeps its site's template:\n%s", d.ID, text)
		}
		if d.Title == "Go to Contents" || d.Title == "" {
			t.Errorf("%s: title %q", d.ID, d.Title)
		}
		if !strings.Contains(text, strings.Fields(arts[i].Text)[0]) && len(d.Body()) < 2 {
			t.Errorf("%s lost its article:\n%s", d.ID, text)
		}
		for _, e := range d.Events {
			if strings.Contains(e.Text, "Maintained") {
				t.Errorf("%s: event from a template line: %q", d.ID, e.Text)
			}
		}
		if d.Mentions == nil {
			t.Errorf("%s: names not found again", d.ID)
		}
	}
	// The originals are untouched: applying again gives the same result.
	again := WithTemplates(docs)
	for i := range again {
		if again[i].CleanText() != out[i].CleanText() {
			t.Errorf("%s: a second application differs", again[i].ID)
		}
	}
}

// TestTemplateLinesPaced: the paced finding of template lines finds what
// TemplateLines finds, pausing after every page it reads (twice a page).
func TestTemplateLinesPaced(t *testing.T) {
	page := func(title, p string) string {
		return strings.Join([]string{"Go to Contents", "Local news", "World news", title, p, "Back to top"}, "\n\n") + "\n"
	}
	var docs []Doc
	for i, w := range []string{"dam", "ferry", "library", "bridge"} {
		text := page("The "+w+" story", "The "+w+" reopened on Monday after engineers finished six weeks of repairs, officials said today.")
		docs = append(docs, Process(corpus.Article{ID: string(rune('a' + i)), Text: text}, ""))
	}
	want := TemplateLines(docs)
	if len(want) == 0 {
		t.Fatal("no page holds template lines: the test needs others")
	}
	pauses := 0
	if got := TemplateLinesPaced(docs, func() { pauses++ }); !reflect.DeepEqual(got, want) {
		t.Errorf("paced: %v, want %v", got, want)
	}
	if pauses != 2*len(docs) {
		t.Errorf("%d pauses for %d pages, want %d", pauses, len(docs), 2*len(docs))
	}
}
