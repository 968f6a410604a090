package clean

// capsMenuUnder reports whether the three lines under line b (skipping
// blank ones) are each a word or two in capitals, as b is: a menu written
// in capitals, whose first entry b is.
func (d *doc) capsMenuUnder(b *block) bool {
	if !shouted(b.text) {
		return false
	}
	i := -1
	for k, o := range d.blocks {
		if o == b {
			i = k
			break
		}
	}
	for n := 0; n < 3; n++ {
		if i = d.nextNonEmpty(i); i < 0 {
			return false
		}
		if o := d.blocks[i]; o.nw == 0 || o.nw > 2 || !shouted(o.text) {
			return false
		}
	}
	return true
}
