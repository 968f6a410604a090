package clean

import "testing"

// TestIdempotentCauses: inputs FuzzClean found whose rendering cleaned
// again gave another rendering, each named by the rule that read the
// rendering otherwise than the input (their fuzz inputs are seeds in
// testdata/fuzz/FuzzClean). Each case gives the rendering expected.
func TestIdempotentCauses(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		// A title line's part that is a navigation trail, which the
		// crumbs rule removes where it stands alone: the title is the
		// line whole.
		{"title part is a trail", "Home > World | Daily Planet", "Home > World | Daily Planet\n"},
		// A title line's part too short for a headline, read as a
		// heading over a paragraph a title is inferred from.
		{"title part is a short heading", "0a 0 | 0 A 0\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
			"0a 0 | 0 A 0\n\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"},
		// A title line's part that is a share bar's.
		{"title part is a share bar", "Share on Facebook | Daily Planet", "Share on Facebook | Daily Planet\n"},
		// A title line the parse read as a paragraph, not first: the
		// rendering, where it comes first, reads it the same (its part
		// after "_", with a "!" and more digits than letters, is no
		// site's name: it stays whole).
		{"title line read as a paragraph",
			"X \r0 000000000000000000000000\u5c5700000000000000000000000000000000000000000_000000000000000000a!0000000000000",
			"0 000000000000000000000000\u5c5700000000000000000000000000000000000000000_000000000000000000a!0000000000000\n"},
		// What an ad clause's cut leaves is an ad marker, or a tag.
		{"tag left by an ad clause", "#climate, the company known for the best!", "\n"},
		{"ad marker left by an ad clause",
			"Storm hits the coast\n\nAdvertisement, the company known for the best.\n\nThe storm hit the coast on Monday, and many people lost power for hours across the region.",
			"Storm hits the coast\n\nThe storm hit the coast on Monday, and many people lost power for hours across the region.\n"},
		// Render leaves out the inferred title, the last line whole; the
		// heading over it, the title again, would be its echo.
		{"heading over the title's paragraph",
			"Rain again in the valley\nRain again in the valley\nRain again in the valley!", "Rain again in the valley!\n"},
		// The headline over a paragraph that says it all once an ad
		// clause went: the headline would be the paragraph's echo.
		{"title over its paragraph once cut",
			"Rain again in the valley\n\nRain again in the valley, the company known for the best!", "Rain again in the valley!\n"},
		// The paragraph a title was inferred from, once its dateline was
		// cut, reads as a heading: the title over it is still its echo.
		{"paragraph cut to a heading", "date 2000-1-1 AAA 00! 00000 0000000000", "AAA 00\n\nAAA 00! 00000 0000000000\n"},
		// An appeal's run stopped by lines later rules take away (a
		// header's "A0", a button "X"): the appeal is read again
		// without them.
		{"appeal past lines taken later", "Dear reader\n\nA0\n\nX\n\nThe $5 you give keeps the lights on at this paper", "\n"},
		{"appeal stopped by a line taken later",
			"00000000000000000 0\nA MessAge from 0\nDeAr reAder\nA0\nX\n$0000000000 0000000000 00 0 0 00 00 00 A",
			"00000000000000000 0\n\n$0000000000 0000000000 00 0 0 00 00 00 A\n"},
	})
}

// idempotentCase is an input and the rendering its cleanup must give, once
// and again when the rendering is cleaned.
type idempotentCase struct{ name, in, want string }

// checkIdempotent cleans each case's input, compares the rendering with
// the one wanted, and cleans the rendering again: it must not change.
// A panic inside a rule fails the test instead of being recovered.
func checkIdempotent(t *testing.T, cases []idempotentCase) {
	t.Helper()
	repanic = true
	defer func() { repanic = false }()
	for _, c := range cases {
		once := Clean(c.in).Render()
		if once != c.want {
			t.Errorf("%s: got %q, want %q", c.name, once, c.want)
		}
		if twice := Clean(once).Render(); twice != once {
			t.Errorf("%s: not idempotent:\n%q\n%q", c.name, once, twice)
		}
	}
}
