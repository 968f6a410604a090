package clean

// ruleDonationFirst runs ruleDonation, noting the lines the rules before it
// took away (see ruleDonationKept).
func ruleDonationFirst(d *doc) {
	d.goneBeforeDonation = make([]bool, len(d.blocks))
	for i, b := range d.blocks {
		d.goneBeforeDonation[i] = !b.kept()
	}
	ruleDonation(d)
}

// ruleDonationKept runs ruleDonation again without the lines it and the
// rules after it took away (a line "A0" the header's rule took, which
// stopped an appeal's run; a banner counted among the appeal's trailing
// lines) and without the spans they cut, as a cleaning of the rendering
// reads the page: that cleaning then finds no appeal this one did not.
// The lines the rules before it took away stay as they were, so that a
// page's appeal stops where it stopped (a link under it the metadata rule
// took). Found by FuzzClean.
func ruleDonationKept(d *doc) {
	if d.goneBeforeDonation == nil {
		return
	}
	// Only an appeal's opening that stayed opens a run the first reading
	// may have cut short: a banner the first reading met went, and a
	// paragraph that appeals alone went whatever its neighbours.
	open := false
	for _, b := range d.blocks {
		if !b.kept() {
			continue
		}
		k, nw := b.k, b.nw
		if len(b.segs) > 1 {
			kt := b.keptText()
			k, nw = key(kt), blockWords(kt)
		}
		if isAppealStart(k, nw) {
			open = true
			break
		}
	}
	if !open {
		return
	}
	view := doc{blocks: make([]*block, 0, len(d.blocks))}
	var at []int // the index in d of each line of view
	for i, b := range d.blocks {
		if b.kept() && b.keptText() != "" {
			view.blocks = append(view.blocks, keptPart(b))
			at = append(at, i)
		} else if d.goneBeforeDonation[i] {
			view.blocks = append(view.blocks, b)
			at = append(at, i)
		}
	}
	ruleDonation(&view)
	for j, b := range view.blocks {
		if !b.kept() {
			d.remove(at[j], b.removed)
		}
	}
}
