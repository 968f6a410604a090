package clean

import (
	"strings"
	"testing"
)

// TestArchiveUnderPostRemoved: a blog's post scraped with one skip link over
// it and the blog's archive of months under it (written here) is a scraped
// page: the archive goes, the headline and the post stay.
func TestArchiveUnderPostRemoved(t *testing.T) {
	page := `Skip to main | Skip to sidebar
Lantern festival draws record crowds to the old harbour
Posted by Maren Holt, Events Team
More than twelve thousand people walked the old harbour on Saturday evening for the lantern festival, the largest crowd since the event began nine years ago.
Volunteers handed out paper lanterns at the gate, and the local choir sang from a barge moored beside the fish market while the lanterns were lit.
The organisers said they would add a second evening next year, because the narrow streets near the quay were too crowded for families with small children.
If you would like to volunteer at next year's festival, write to the events team and tell us which evening suits you.
Newer Post Older Post Home
Archives
October 2025 (2)
September 2025 (1)
August 2025 (3)
July 2025 (2)
June 2025 (1)
May 2025 (4)
April 2025 (2)
March 2025 (1)`
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
