package clean

import (
	"strings"
	"testing"
)

// sitePage is a page of an imaginary site (written here): its header menu,
// an article, its footer.
func sitePage(head, body, footer []string) string {
	return strings.Join(append(append(append([]string{}, head...), body...), footer...), "\n\n") + "\n"
}

func TestTemplatesAcrossPages(t *testing.T) {
	head := []string{"Go to Contents", "Local", "World"}
	footer := []string{"Maintained by Example Web Services", "Back to top"}
	bodies := [][]string{
		{"Dam opens after repairs", "The river dam reopened on Monday after engineers finished six weeks of repairs to its spillway, officials said.", "Boats queued to pass the lock within an hour of the reopening, according to the harbour master."},
		{"Ferry fares to rise", "Ferry operators said fares would rise by five percent in the spring to cover higher fuel and insurance costs.", "Passenger groups said the increase would hit island residents who have no other way to reach the mainland."},
		{"Library extends hours", "The city library will stay open until nine in the evening from next month, the council announced on Wednesday.", "The change follows a survey in which students asked for more quiet space to study after school."},
	}
	var rs []Result
	for _, b := range bodies {
		rs = append(rs, Clean(sitePage(head, b, footer)))
	}
	tpl := FindTemplates(rs)
	for i := range rs {
		rs[i] = tpl.Clean(sitePage(head, bodies[i], footer), rs[i])
		text := rs[i].Render()
		for _, l := range append(append([]string{}, head...), footer...) {
			if strings.Contains(text, l) {
				t.Errorf("page %d keeps template line %q:\n%s", i, l, text)
			}
		}
		for _, l := range bodies[i][1:] {
			if !strings.Contains(text, l) {
				t.Errorf("page %d lost %q", i, l)
			}
		}
		found := false
		for _, b := range rs[i].Blocks {
			if strings.HasPrefix(b.Removed, "repeated on 3 pages from this site") {
				found = true
			}
		}
		if !found {
			t.Errorf("page %d: no block removed as repeated on 3 pages:\n%s", i, text)
		}
	}
}

// A quote two different sites both carry is not a template.
func TestTemplatesNotAcrossSites(t *testing.T) {
	quote := "“We will not stop until every family has a safe place to live,” the minister said."
	a := Clean("Housing plan unveiled\n\nThe government unveiled a housing plan on Monday that it said would build thousands of homes.\n\n" + quote + "\n\n© 2024 First Example Times\n")
	b := Clean("Minister defends housing targets\n\nCritics said the targets were unrealistic given the shortage of builders and materials.\n\n" + quote + "\n\n© 2024 Second Example Herald\n")
	if SiteOf(a) == SiteOf(b) {
		t.Fatalf("two sites share a key: %q", SiteOf(a))
	}
	tpl := FindTemplates([]Result{a, b})
	if len(tpl.pages) != 2 {
		t.Errorf("%d sites, want 2", len(tpl.pages))
	}
	for _, lines := range tpl.pages {
		for k, n := range lines {
			if n > 1 {
				t.Errorf("%q on %d pages of one site", k, n)
			}
		}
	}
	if !strings.Contains(a.Render(), "every family") || !strings.Contains(b.Render(), "every family") {
		t.Error("the shared quote was removed")
	}
}

// Two copies of one story from one site are not each other's templates.
func TestTemplatesNotCopies(t *testing.T) {
	page := sitePage([]string{"Go to Contents", "Local", "World"},
		[]string{"Dam opens after repairs", "The river dam reopened on Monday after engineers finished six weeks of repairs to its spillway, officials said.", "Boats queued to pass the lock within an hour of the reopening."},
		[]string{"Back to top"})
	rs := []Result{Clean(page), Clean(page)}
	tpl := FindTemplates(rs)
	rs[0] = tpl.Clean(page, rs[0])
	if !strings.Contains(rs[0].Render(), "river dam reopened") {
		t.Errorf("a copy lost its article:\n%s", rs[0].Render())
	}
}
