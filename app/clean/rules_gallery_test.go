package clean

import (
	"fmt"
	"strings"
	"testing"
)

// TestGalleryCaptions: a gallery flattened as CNN's is (its captions, "HIDE
// CAPTION", its title once for each photo, a pager) loses its captions; the
// article above keeps its lines. A line repeated under each of a list's
// items with fewer lines of a caption's length above stays for the other
// rules to judge: a book list's "Amazon Barnes & Noble".
func TestGalleryCaptions(t *testing.T) {
	article := `Where The Harbour Goes From Here
The harbour council voted on Thursday to rebuild the old pier, which has been closed to the public since a storm damaged it last winter.
The work will cost about four million euros and take two years, the council said, with the first stage starting in the spring.
Fishermen who moor their boats at the pier said they welcomed the decision but feared the work would drive them away for a season.
`
	captions := []string{
		"A crane lifts a section of the damaged pier onto a barge on Monday.",
		"Fishermen unload their catch at the temporary landing in the east basin.",
		"The council's leader speaks to reporters outside the town hall.",
		"Children watch the works from the promenade above the harbour.",
		"Divers inspect the foundations of the pier before the rebuilding begins.",
		"A storm breaks over the harbour wall last winter, damaging the pier.",
		"Workers test the new lights along the pier on Wednesday evening.",
		"The ferry passes the closed pier on its way into the harbour.",
	}
	var page strings.Builder
	page.WriteString(article)
	for _, c := range captions {
		page.WriteString(c + "\n")
	}
	page.WriteString("HIDE CAPTION\n")
	for range captions {
		page.WriteString("The harbour works in pictures\n")
	}
	for i := range captions {
		fmt.Fprintf(&page, "%d\n", i+1)
	}
	text := shownBody(page.String())
	for _, c := range captions {
		if strings.Contains(text, c) {
			t.Errorf("caption %q kept:\n%s", c, text)
		}
	}
	for _, want := range []string{"The harbour council voted", "The work will cost", "Fishermen who moor"} {
		if !strings.Contains(text, want) {
			t.Errorf("article line %q removed:\n%s", want, text)
		}
	}

	// The same line under each item, but not as many lines above the run
	// as it has repeats: not a gallery's captions.
	var list strings.Builder
	list.WriteString(article)
	list.WriteString("The harbour master recommends three books about the sea, each a good read for a winter evening by the fire.\n")
	for range 8 {
		list.WriteString("Amazon Barnes & Noble\n")
	}
	if text := shownBody(list.String()); !strings.Contains(text, "The harbour master recommends") {
		t.Errorf("a line above a short run taken for a caption:\n%s", text)
	}
}

// TestSlideshowAfterArticle: "Also on HuffPost:" over "Loading Slideshow"
// ends the article; the slides under it (a title and its text each) go as
// related stories. A slideshow without the intro, inside an article, stays.
func TestSlideshowAfterArticle(t *testing.T) {
	article := `Harbour Council Votes To Rebuild The Old Pier
The harbour council voted on Thursday to rebuild the old pier, which has been closed to the public since a storm damaged it last winter.
The work will cost about four million euros and take two years, the council said, with the first stage starting in the spring.
Fishermen who moor their boats at the pier said they welcomed the decision but feared the work would drive them away for a season.
`
	slides := `Loading Slideshow
Storms Of The Decade
The worst storm of the decade flooded the old town twice in one winter and closed the coast road for a week.
Bridges That Fell
Three bridges in the region collapsed in the last ten years, each after inspectors had warned of the danger.
`
	text := shownBody(article + "Also on HuffPost:\n" + slides)
	for _, gone := range []string{"Also on HuffPost", "flooded the old town", "Three bridges in the region"} {
		if strings.Contains(text, gone) {
			t.Errorf("slideshow line %q kept:\n%s", gone, text)
		}
	}
	if !strings.Contains(text, "Fishermen who moor") {
		t.Errorf("article's last line removed:\n%s", text)
	}
	text = shownBody(article + slides)
	for _, kept := range []string{"flooded the old town", "Three bridges in the region"} {
		if !strings.Contains(text, kept) {
			t.Errorf("line %q of a slideshow with no intro removed:\n%s", kept, text)
		}
	}
}

// shownBody cleans text and returns the blocks of its body the reader is
// shown, one a line: headings and paragraphs.
func shownBody(text string) string {
	var out []string
	for _, b := range Clean(text).Body() {
		out = append(out, b.Text())
	}
	return strings.Join(out, "\n")
}
