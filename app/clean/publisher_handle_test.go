package clean

import (
	"strings"
	"testing"
)

// TestPublisherBlogHandle: a travel blog scraped without its title line,
// its name in lower case over its links ("Twitter: @saltroads", "Website:
// www.saltroads.com"), and a writer's blog whose "Follow @jomarren" spells
// its name past the possessive: the blog's name is the publisher. A link to
// another site's page ("www.twitter.com/saltroads") names no site.
func TestPublisherBlogHandle(t *testing.T) {
	travel := strings.Join([]string{
		"salt roads blog", "saltroads", "Twitter: @saltroads", "Website: www.saltroads.com",
		"Two Days on the Coast Road",
		"We left the harbour town before dawn and drove south along the cliffs, stopping at every lay-by to watch the light come up over the water.",
		"By noon we had reached the old lighthouse, where a keeper's cottage now sells coffee and cake to walkers.",
		"Posted by the salt roads team", "Older posts",
	}, "\n\n")
	if r := Clean(travel); r.Publisher != "salt roads blog" {
		t.Errorf("travel blog: publisher %q, want %q", r.Publisher, "salt roads blog")
	}
	writer := strings.Join([]string{
		"Home", "About", "Books", "Jo Marren's Blog",
		"Getting through one more winter",
		"by Jo Marren on March 3, 2026",
		"Every winter I tell myself that this will be the one I spend writing by the fire, and every winter the garden finds a way to call me out.",
		"This year it was the old pear tree, which came down in the February gales and left a hole in the hedge.",
		"Follow @jomarren", "Leave a comment",
	}, "\n\n")
	if r := Clean(writer); r.Publisher != "Jo Marren's Blog" {
		t.Errorf("writer's blog: publisher %q, want %q", r.Publisher, "Jo Marren's Blog")
	}
	for _, c := range []struct{ line, want string }{
		{"Follow @saltroads", "saltroads"}, {"Twitter: @saltroads", "saltroads"}, {"Website: www.saltroads.com", "saltroads"}, {"www.saltroads.com home", ""},
		{"www.saltroads.com", "saltroads"}, {"www.twitter.com/saltroads", ""}, {"Follow @salt_roads", ""}, {"Website: our page on the map", ""}, {"Web: www.saltroads.com", ""},
	} {
		b := newDoc(c.line).blocks[0]
		if got := handleOf(b); got != c.want {
			t.Errorf("handleOf(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
