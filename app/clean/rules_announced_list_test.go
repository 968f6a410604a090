package clean

import (
	"strings"
	"testing"
)

// TestAnnouncedList cleans a teacher's blog post written here in a
// WordPress theme's layout: the questions and answers of a round of the
// game the post announces ("Here is how a round went ...:") and goes on
// after are the article's, and stay, with or without the title line; the
// archive's links under a menu's label ending in a colon ("You may also
// enjoy these posts from the archive:") go.
func TestAnnouncedList(t *testing.T) {
	for _, r := range []Result{cleanSite(t, "wordpress-announced-list.txt"), cleanSiteUntitled(t, "wordpress-announced-list.txt")} {
		text := keptText(r)
		for _, want := range []string{"Q: Is it a racing game?", "A: No.", "Q: Does it have a sequel?", "A: Sort of.", "Q: Tetris?", "A: Yes!", "The round took eleven questions"} {
			if !containsLine(text, want) {
				t.Errorf("lost %q:\n%s", want, text)
			}
		}
		for _, gone := range []string{"Why I Still Teach With Paper Maps", "Five Board Games for a Rainy Friday", "Grading Group Projects Without Tears", "Reviews", "Lesson Plans"} {
			if containsLine(text, gone) {
				t.Errorf("kept %q:\n%s", gone, text)
			}
		}
	}
}

// containsLine reports whether one of text's lines starts with line.
func containsLine(text, line string) bool {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, line) {
			return true
		}
	}
	return false
}

// TestAnnouncedListMenus runs ruleAnnouncedList on lines marked as the
// pipeline leaves them: a school closures list the article announces comes
// back, its subheading and the second announcement with it, up to the
// sentence the classifier removed under it; the archive's links under a
// menu's label ending in a colon stay removed, whether a tag line (a named
// rule's) or a kept sentence follows them, and so does a list under a
// label of four words.
func TestAnnouncedListMenus(t *testing.T) {
	type line struct {
		text, removed string
		learned       bool
	}
	cases := []struct {
		name  string
		lines []line
		back  bool
	}{
		{"closures", []line{
			{"Storm damage kept crews busy overnight across the county, and most districts decided on Wednesday evening to stay shut.", "", false},
			{"The following Brookfield County schools will be closed on Thursday, Nov. 1:", "", false},
			{"• Alder Township Schools", "caption or credit", true},
			{"• Fernhill Public Schools", "caption or credit", true},
			{"• Marsh Hills School District", "boilerplate", true},
			{"The following schools will be closed on both Thursday and Friday:", "caption or credit", true},
			{"• Oakbridge Regional School District", "caption or credit", true},
			{"• Wexley Township Schools", "caption or credit", true},
			{"No closing information was available for Pine Hollow or Reedsville schools.", "boilerplate", true},
		}, true},
		{"archive, tag line", []line{
			{"The round took eleven questions, which is about average for a class that has played twice before.", "", false},
			{"You may also enjoy these posts from the archive:", "", false},
			{"Why I Still Teach With Paper Maps", "boilerplate", true},
			{"Five Board Games for a Rainy Friday", "related stories", true},
			{"Grading Group Projects Without Tears", "boilerplate", true},
			{"This entry was posted in Lesson Plans and tagged games, reasoning, teaching.", ReasonTags, false},
		}, false},
		{"short label", []line{
			{"The round took eleven questions, which is about average for a class that has played twice before.", "", false},
			{"More from this teacher:", "", false},
			{"Why I Still Teach With Paper Maps", "navigation", true},
			{"Five Board Games for a Rainy Friday", "navigation", true},
			{"Grading Group Projects Without Tears", "navigation", true},
			{"Next week I will write about the second stage of the exercise and why each question was worth asking.", "", false},
		}, false},
	}
	for _, c := range cases {
		texts := make([]string, len(c.lines))
		for i, l := range c.lines {
			texts[i] = l.text
		}
		d := newDoc(strings.Join(texts, "\n\n"))
		if len(d.blocks) != len(c.lines) {
			t.Fatalf("%s: %d blocks, want %d", c.name, len(d.blocks), len(c.lines))
		}
		for i, l := range c.lines {
			d.blocks[i].removed = l.removed
			if l.learned {
				d.markLearned(i)
			}
		}
		ruleAnnouncedList(d)
		for i, l := range c.lines {
			last := i == len(c.lines)-1
			if l.removed != "" && !last && d.blocks[i].kept() != c.back {
				t.Errorf("%s: line %q kept %v, want %v", c.name, l.text, d.blocks[i].kept(), c.back)
			}
		}
	}
}
