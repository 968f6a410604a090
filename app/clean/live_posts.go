package clean

// restoreLivePosts brings back a live blog's last posts, its oldest, when
// the classifier removed them and kept the post above: each post stands
// under its time alone on a line ("9.40am AEDT", see liveStamp) and holds
// a sentence of prose, and the posts are read alike. The oldest greets the
// reader ("Good morning and welcome to our live coverage ...") as a site's
// furniture does, near the footer, where the classifier's scores climb,
// and no kept line below vouches for it as the posts between vouch for
// each other (boiler's keepBetweenSentences). A post runs from its time to
// the next line a named rule removed (its share button) or the next time;
// the key events' list (times over headings alone) holds no sentence.
func restoreLivePosts(d *doc) {
	var posts [][2]int // each post's lines, [from, to)
	for s := range d.blocks {
		if !liveStamp(d.blocks[s].text) {
			continue
		}
		e := s + 1
		for e < len(d.blocks) && e-s <= maxLivePost && !liveStamp(d.blocks[e].text) && (d.blocks[e].kept() || d.learned[e]) {
			e++
		}
		posts = append(posts, [2]int{s + 1, e})
	}
	if len(posts) < 2 {
		return
	}
	prose := func(p [2]int, kept bool) bool {
		for _, b := range d.blocks[p[0]:p[1]] {
			if b.kept() == kept && b.kind == "paragraph" && b.nw >= 8 && endsSentence(b.text) {
				return true
			}
		}
		return false
	}
	// The last posts the classifier removed, under one it kept.
	k := len(posts)
	for k > 0 && !prose(posts[k-1], true) && prose(posts[k-1], false) {
		k--
	}
	if k == len(posts) || k == 0 || !prose(posts[k-1], true) {
		return
	}
	for _, p := range posts[k:] {
		for i := p[0]; i < p[1]; i++ {
			if d.learned[i] {
				d.blocks[i].removed = ""
				delete(d.learned, i)
			}
		}
	}
}

// maxLivePost bounds the lines of a live blog's post restoreLivePosts
// reads under its time.
const maxLivePost = 8
