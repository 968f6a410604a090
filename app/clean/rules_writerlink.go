package clean

import "strings"

// writerPageVerbs open a link to the writer's page before "more ... by":
// "Read more by ...", "Find more articles by ...".
var writerPageVerbs = []string{"read ", "find ", "see ", "view ", "browse "}

// writerPageKinds name what the writer's page lists: "more by", "more
// articles by", "more stories by".
var writerPageKinds = []string{"more by ", "more articles by ", "more stories by ", "more posts by ", "more reporting by "}

// writerPageLink reports whether block b is the link to the writer's page,
// a name after "more by" or "more articles by", a verb before it and "here"
// after it at most: the Winnipeg Free Press's "Read more by Tom
// Brodbeck.", Newspack's "More by Ana Fields", FreightWaves' "Find more
// articles by Marcus Delgado here.".
func writerPageLink(b *block) bool {
	if b.nw > 9 {
		return false
	}
	low := b.low
	for _, v := range writerPageVerbs {
		if rest, ok := strings.CutPrefix(low, v); ok {
			low = rest
			break
		}
	}
	for _, k := range writerPageKinds {
		if by, ok := strings.CutPrefix(low, k); ok {
			name := strings.TrimRight(b.text[len(b.text)-len(by):], ".!")
			name = strings.TrimSuffix(strings.TrimSuffix(name, " here"), " Here")
			return isNameLine(name)
		}
	}
	return false
}
