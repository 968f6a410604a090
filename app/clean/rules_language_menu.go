package clean

// ruleLanguageMenu removes a site's language menu: two lines or more in a
// row, each a language's name as its speakers write it (Swissinfo's
// "English" / "Deutsch" / "Français" / "Italiano", ERR's "Eesti" /
// "Русский"). A language named alone may be a section's or a story's.
func ruleLanguageMenu(d *doc) {
	for i := 0; i < len(d.blocks); i++ {
		if !d.blocks[i].kept() || !languageNames[d.blocks[i].k] {
			continue
		}
		j := i + 1
		for j < len(d.blocks) && languageNames[d.blocks[j].k] {
			j++
		}
		if j-i >= 2 {
			for x := i; x < j; x++ {
				if d.blocks[x].kept() {
					d.remove(x, ReasonNav)
				}
			}
		}
		i = j - 1
	}
}
