package clean

// mediaHeadline reports whether the lower-cased line opens with the label
// of a page of pictures or a video ("In pictures:", "Photo gallery:",
// "Watch:") and a headline after it: on the page's first line, the title
// line, that is the page's own headline and the label its kind, not a
// teaser's.
func mediaHeadline(lw string) bool {
	for _, p := range []string{"in pictures:", "in photos:", "photo gallery:", "gallery:", "slideshow:", "video:", "watch:"} {
		if len(lw) > len(p) && lw[:len(p)] == p {
			return words(lw[len(p):]) >= 3
		}
	}
	return false
}
