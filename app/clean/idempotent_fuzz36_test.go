package clean

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFuzz36Idempotent holds the inputs FuzzClean found not idempotent in
// the thirty-first session, helper fuzz36 (the fuzzer's inputs are in
// testdata/fuzz/FuzzClean: blog_top_header_zone,
// title_line_echo_under_removed and initials_over_next_post_bar), each with the rendering it must give
// once and again.
func TestFuzz36Idempotent(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		// A title line with a label before the headline ("0: Headline")
		// over a blog's header line, its bar of links to the posts
		// beside it ("Main|»") and the headline: ruleHeaderZone met the
		// header's line under the title line and stopped there, then
		// ruleBlogTop removed the line and post-nav the bar, so both
		// copies of the headline stayed; a second cleaning, the headline
		// right under the title line, took it for the title and removed
		// the title line. headerZoneAgain makes the headline the title
		// when it is the next kept line under a title line that holds it
		// beside a label or a site's name.
		{"blog's header over the headline under a labelled title line",
			"0: Why the ferry timetable keeps slipping\n 0 0 0 0 00 !\nMain|»\nWhy the ferry timetable keeps slipping\n0 0 0 0 0 0 0 0 0 0 0 !",
			"Why the ferry timetable keeps slipping\n\n0 0 0 0 0 0 0 0 0 0 0 !\n"},
		{"the same, as the fuzzer wrote it",
			"0: WhY the ferrY timetABle keeps slipping\n 0 0 0 0 00 !\nMAin|»\nWhY the ferrY timetABle keeps slipping\n0 0 0 0 0 0 0 0 0 0 0 !",
			"WhY the ferrY timetABle keeps slipping\n\n0 0 0 0 0 0 0 0 0 0 0 !\n"},
		// The same over a menu's entries, a share bar's dots and a
		// caption the learned rule removed after ruleHeaderZone had
		// read twelve lines under the title line ("Harbour Notes: ..."
		// over the headline fourteen lines down); made from a site page
		// of the tests.
		{"site's title line over its headline past lines removed late",
			"Harbour Notes: Why the ferry timetable keeps slipping\nNotes\nr\na\n.\n.\n.\n.\ng e e , e y g u l r t .\ns\ny\nseals\n«onfor he in | ng ls in he ry \xbb\n" +
				"Why the ferry timetable keeps slipping\nrch, nd ry as ft te on en of he last fourteen mornings, and the operator blames a shortage of qualified deckhands rather than the ageing vessel itself.",
			"Why the ferry timetable keeps slipping\n\nrch, nd ry as ft te on en of he last fourteen mornings, and the operator blames a shortage of qualified deckhands rather than the ageing vessel itself.\n"},
		// An editor's initials ("al") under the story's last sentence,
		// over a link to the next post ("Newer post »"): ruleWireSignoff
		// met the link last and kept the initials, post-nav removed the
		// link, and a second cleaning, the initials last, removed them.
		// ruleInitialsAgain looks at the last line again after the
		// rules.
		{"editor's initials over a link to the next post",
			"Ferry delays on the harbour route grew worse this week\nThe harbour ferry ran late on eleven of the last fourteen mornings, and the operator blames a shortage of qualified deckhands.\nal\nNewer post »",
			"Ferry delays on the harbour route grew worse this week\n\nThe harbour ferry ran late on eleven of the last fourteen mornings, and the operator blames a shortage of qualified deckhands.\n"},
		{"the same, as the fuzzer wrote it",
			"00000000000000000000000000000000000000000000000000000000!\naa\n00000»",
			"00000000000000000000000000000000000000000000000000000000!\n"},
	})
}

// TestBlogTopPageIdempotent: the blog's page of bp35's tests, its name
// ("Harbour Notes") kept over its header and bar of links, gave a
// rendering whose cleaning read the headline under the title line and the
// name and took it for the title. FuzzClean met the page as it stands,
// among its seeds. The headline is the title at once now.
func TestBlogTopPageIdempotent(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "sites", "bp35-blogtop-style.txt"))
	if err != nil {
		t.Fatal(err)
	}
	repanic = true
	defer func() { repanic = false }()
	r := Clean(string(b))
	if want := "Why the ferry timetable keeps slipping"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
	once := r.Render()
	if twice := Clean(once).Render(); twice != once {
		t.Errorf("not idempotent:\n%q\n%q", once, twice)
	}
}
