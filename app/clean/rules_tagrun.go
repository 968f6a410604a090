package clean

// ruleTagRun removes a run of three or more bare labels (letters only,
// three words at most each) kept between a removed line and the story's
// prose: a story's section and tags set out one a line under its date
// (Loop News' "St Lucia News" / "Minimum wage" / "Labour"). Headings of
// the story's own sections have text under each, not another label.
func ruleTagRun(d *doc) {
	for i := 1; i < len(d.blocks); i++ {
		if d.blocks[i-1].kept() {
			continue
		}
		j := i
		for j < len(d.blocks) && tagLabel(d.blocks[j]) {
			j++
		}
		if j-i >= 3 && j < len(d.blocks) && d.blocks[j].prose() {
			for k := i; k < j; k++ {
				d.remove(k, ReasonTags)
			}
		}
	}
}

// tagLabel reports whether block b is a kept heading of three words at
// most, letters and spaces only.
func tagLabel(b *block) bool {
	return b.kept() && b.kind == "heading" && b.nw <= 3 && bareLabel(b.text)
}
