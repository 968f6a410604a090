package clean

import (
	"strings"
	"testing"
)

// profileThreadPage is a forum thread in an older board's layout (written
// here): the board's menus, then posts, each under a header of its
// poster's name, rank, place, the date the poster registered and a count
// of posts, and over a button to show the post again. No post carries the
// date it was written.
const profileThreadPage = `How long do your bike tyres last? - Topic Powered by a board engine

Pedal Forum Commuting Gear Talk How long do your bike tyres last?

Topic Closed

Go

New

Find

Notify

Tools

Personal Zone

»

Pedal Forum

»

Profile

Buddies

Ignore List

Private Messaging

Preferences

Favorites

Keyword Search

Advanced Search

Printer Friendly Format

Email a Friend

Login/JoinWelcome, [Logout]

rollingrita

Pedal Senior Member

Tribe: Leeds

Registered: March 14, 2003

Posts: 1204

Posted

My rear tyre is worn flat after four thousand kilometres of commuting, and the front one still looks new.

Is that normal, or am I riding with too little air in the back?

Ignored post by rollingrita posted

Show Post

gearhead

Pedal Junior Member

Tribe: Utrecht

Registered: August 02, 2005

Posts: 88

Posted

Perfectly normal, the rear carries most of your weight.

Swap them over at half life and both wear out together.

Ignored post by gearhead posted

Show Post

Tom B

Pedal Senior Member

Tribe: Ghent

Registered: January 20, 2002

Posts: 3310

Posted

I never swap them. A worn tyre belongs at the back, where a blowout is easier to handle, and a new one at the front grips better in the wet when you brake hard at a junction.

Mine last about five thousand on the back:

Touring 32mm

Winter studs

Ignored post by Tom B posted

Show Post

rollingrita

Pedal Senior Member

Tribe: Leeds

Registered: March 14, 2003

Posts: 1204

Posted

quote:

Originally posted by gearhead:

Perfectly normal, the rear carries most of your weight.

Thanks, I will pump the rear up to the printed pressure and see how long the new one lasts.

Ignored post by rollingrita posted

Show Post

Powered by a board engine © 2001-2006 Board Software, Inc. All rights reserved.
`

// TestProfileThreadKept: a thread whose posts are signed by their posters'
// profiles (the date each registered) rather than by the date of the post
// is a thread of posts too: the posts and their posters' names stay (but
// the first's, under the board's menus), the profiles' fields, ranks and
// the board's buttons go, and so does a post's quote of an earlier one
// with its header.
func TestProfileThreadKept(t *testing.T) {
	r := Clean(profileThreadPage)
	got := keptText(r)
	for _, want := range []string{"worn flat after four thousand", "rear carries most", "blowout is easier",
		"printed pressure", "gearhead", "Tom B", "Winter studs"} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q", want)
		}
	}
	for _, gone := range []string{"Registered:", "Posts: 88", "Show Post", "Printer Friendly", "Tribe:",
		"Junior Member", "Ignored post", "Originally posted", "quote:"} {
		if strings.Contains(got, gone) {
			t.Errorf("kept %q", gone)
		}
	}
	if n := strings.Count(got, "rear carries most"); n != 1 {
		t.Errorf("the post and its quote: %d copies kept, want 1", n)
	}
	if t.Failed() {
		t.Logf("kept:\n%s", got)
	}
	// The rendering, cleaned again, keeps every line.
	again := Clean(r.Render())
	if a := strings.Count(again.Render(), "\n"); a != strings.Count(r.Render(), "\n") {
		t.Errorf("cleaning the rendering again: %d lines, want %d", a, strings.Count(r.Render(), "\n"))
	}
}
