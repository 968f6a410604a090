package boiler

import (
	"strings"
	"testing"
)

// A blog's post as a scraper that keeps only the body writes it (written
// here): one skip link over the post, the blog's archive of months under it.
var postWithArchive = strings.Split(`Skip to main | Skip to sidebar
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
March 2025 (1)`, "\n")

func TestBoilerplateBelowMakesScrapedPage(t *testing.T) {
	archive := 8 // the first line of the archive
	d := Default().Classify(postWithArchive)
	checkProseKept(t, postWithArchive, d)
	for i := archive; i < len(postWithArchive); i++ {
		if !d[i].Boilerplate {
			t.Errorf("archive line kept (p=%.2f): %s", d[i].P, postWithArchive[i])
		}
	}
	// The same lines, with the archive removed by the named rules: what
	// they left shows no scraped page, and nothing is removed.
	removed := make([]bool, len(postWithArchive))
	for i := archive - 1; i < len(removed); i++ {
		removed[i] = true
	}
	for i, dec := range Default().ClassifyLeft(postWithArchive, removed) {
		if dec.Boilerplate {
			t.Errorf("removed with the archive gone (p=%.2f): %s", dec.P, postWithArchive[i])
		}
	}
	// With no line over the post's prose (its first paragraph first),
	// nothing shows a scraped page: its tail is not judged.
	for i, dec := range Default().Classify(postWithArchive[3:]) {
		if dec.Boilerplate {
			t.Errorf("removed with no line over the post (p=%.2f): %s", dec.P, postWithArchive[i+3])
		}
	}
}
