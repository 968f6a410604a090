package clean

import (
	"os"
	"strings"
	"testing"
)

// TestArchiveUnderPostRemoved: a blog's post scraped with one skip link over
// it and the blog's archive of months under it (written here; app/boiler's
// test reads it too) is a scraped
// page: the archive goes, the headline and the post stay.
func TestArchiveUnderPostRemoved(t *testing.T) {
	b, err := os.ReadFile("../boiler/testdata/post-with-archive.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	r := Clean(page)
	if r.Title != "Lantern festival draws record crowds to the old harbour" {
		t.Errorf("title %q", r.Title)
	}
	text := r.Render()
	for _, gone := range []string{"Archives", "October 2025 (2)", "March 2025 (1)", "Skip to main"} {
		if strings.Contains(text, gone) {
			t.Errorf("%q kept:\n%s", gone, text)
		}
	}
	for _, kept := range []string{"More than twelve thousand", "write to the events team"} {
		if !strings.Contains(text, kept) {
			t.Errorf("%q lost:\n%s", kept, text)
		}
	}
}
