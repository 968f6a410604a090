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
	// A link of the site's own that no rule names ("Go to Contents" is
	// a skip link the crumbs rule knows).
	head := []string{"Tide tables and ferry times", "Local", "World"}
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

// TestTemplatesNotVersions: two versions of one wire story (the second
// updated: a paragraph added, one reworded) share their header, headline,
// dateline and several sentences; none of it is the site's template.
func TestTemplatesNotVersions(t *testing.T) {
	shared := []string{
		"The river dam reopened on Monday after engineers finished six weeks of repairs to its spillway, officials said.",
		"Boats queued to pass the lock within an hour of the reopening, according to the harbour master."}
	first := append([]string{"Riverton Courier", "Dam Reopens After Repairs", "RIVERTON (AP) --"}, append(shared,
		"The repairs were paid for by the state, which had set aside the money two years ago.",
		"Fishermen upstream said the water level had already begun to rise by Monday evening.",
		"The dam was built in 1954 and was last repaired in the 1990s, the water authority said.")...)
	second := append([]string{"Riverton Courier", "Dam Reopens After Repairs", "RIVERTON (AP) --"}, append(shared,
		"The repairs, which cost two million dollars, were paid for by the state and the county together.",
		"Farmers downstream said they hoped the reopening would end the shortages of the summer.",
		"The governor is expected to visit the dam on Friday to mark the end of the work.")...)
	texts := []string{strings.Join(first, "\n\n"), strings.Join(second, "\n\n")}
	rs := []Result{Clean(texts[0]), Clean(texts[1])}
	tpl := FindTemplates(rs)
	for i := range rs {
		r := tpl.Clean(texts[i], rs[i])
		for _, b := range r.Blocks {
			if strings.HasPrefix(b.Removed, "repeated on") {
				t.Errorf("version %d: %q removed as %q", i, b.Source(), b.Removed)
			}
		}
		if r.Title != rs[i].Title {
			t.Errorf("version %d: title %q, %q without templates", i, r.Title, rs[i].Title)
		}
	}
}

func TestMinTemplatePages(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"Go to Contents", 2},
		{"Maintained by Example Web Services", 2},
		{"The repairs were paid for by the state.", 3},
		{"Support our journalism today by becoming a member of our community of readers who fund independent reporting in every town and city", 3},
	} {
		if got := minTemplatePages(c.line); got != c.want {
			t.Errorf("minTemplatePages(%q) = %d, want %d", c.line, got, c.want)
		}
	}
}
