package clean

// Moving along a page's blocks past removed or empty ones.

// nextKept is the index of the first kept block after i, or -1.
//
//go:noinline
func (d *doc) nextKept(i int) int {
	for j := i + 1; j < len(d.blocks); j++ {
		if d.blocks[j].kept() {
			return j
		}
	}
	return -1
}

// prevNonEmpty is the index of the last block before i with text, or -1.
//
//go:noinline
func (d *doc) prevNonEmpty(i int) int {
	for j := i - 1; j >= 0; j-- {
		if d.blocks[j].removed != ReasonEmpty {
			return j
		}
	}
	return -1
}

// nextNonEmpty is the index of the first block after i with text, or -1.
//
//go:noinline
func (d *doc) nextNonEmpty(i int) int {
	for j := i + 1; j < len(d.blocks); j++ {
		if d.blocks[j].removed != ReasonEmpty {
			return j
		}
	}
	return -1
}
