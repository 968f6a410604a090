package clean

import "testing"

// TestPostPager: a blog's links to the posts before and after it go as
// navigation, however long their titles, and were taken for the headline
// when they came first; a line merely quoted in guillemets stays.
func TestPostPager(t *testing.T) {
	for _, c := range []struct {
		line  string
		pager bool
	}{
		{"« If the president... | Main | British artist... »", true},
		{"« Doubling the number of women riders: Jan Plessner of LadyMoto.com on SidestandUp Motorcycle Radio | Main | Why you should ride in the rain this autumn »", true},
		{"« Fairy Wren Passwords | Main", true},
		{"« Previous Post | Next post »", true},
		{"« The puzzle joint | Blog Home | Two deadlines (and a read) »", true},
		{"« Le Monde » a publié l'entretien | le président répond", false},
		{"Politics | Main | Opinion", false},
		{"« Nous irons jusqu'au bout », a dit le ministre.", false},
	} {
		if got := postPager(lower(c.line)); got != c.pager {
			t.Errorf("postPager(%q) = %v, want %v", c.line, got, c.pager)
		}
	}
	page := "« If the president... | Main | British artist... »\n\nAnother political murder in Lebanon, another dashed hope for peace\n\n" +
		"The car bomb that killed a senior police intelligence officer in Beirut on Friday was the latest in a long line of political killings that have shaken the country since 2005.\n\n" +
		"Officials said the blast tore through a busy street in a Christian suburb of the capital, killing at least four people and wounding dozens more.\n"
	r := Clean(page)
	if r.Title != "Another political murder in Lebanon, another dashed hope for peace" {
		t.Errorf("title %q, want the headline under the blog's pager", r.Title)
	}
}
