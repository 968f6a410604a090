package clean

import "testing"

// TestPublisherTitleLineEnd: the title line's last part in lower case names
// the site, as the page writes it elsewhere in its own case ("... - Politics
// News - harbourlive" and "follow HarbourLive on Facebook"), or as a line of
// its own after a colon glued to it ("» Headline :harbournotes", a first
// line the parse reads as a paragraph); the body's headline after a site
// that comes first is none.
func TestPublisherTitleLineEnd(t *testing.T) {
	story := "Harbor cities race to fit shore power for cruise ships\n" +
		"Port authorities along the coast are spending heavily on cables that let docked ships switch off their engines, a bid to clear the air in crowded waterfronts.\n" +
		"Engineers say the work is slow because each berth needs its own substation and every ship line uses a different plug.\n" +
		"(For updates you can share with your friends, follow HarbourLive on Facebook and Twitter)\n"
	page := "Harbor cities race to fit shore power for cruise ships - Politics - Politics News - harbourlive\n" + story
	if got := Clean(page).Publisher; got != "HarbourLive" {
		t.Errorf("publisher %q, want HarbourLive", got)
	}
	notes := "» Why the Habit of Walking Beats Any Plan :harbournotes\nHome\nArchive\nharbournotes\n" +
		"Why the Habit of Walking Beats Any Plan\n" +
		"Most of us start a new routine with a plan, and most plans fail within a month because they ask too much too soon.\n" +
		"A habit asks less: a short walk after lunch, every day, until it feels strange to skip it.\n"
	if got := Clean(notes).Publisher; got != "harbournotes" {
		t.Errorf("publisher %q, want harbournotes", got)
	}
}
