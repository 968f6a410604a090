package clean

// ruleLanguageMenu removes a site's language menu: two lines or more in a
// row, each a language's name as its speakers write it (Swissinfo's
// "English" / "Deutsch" / "Français" / "Italiano", ERR's "Eesti" /
// "Русский"). A language named alone may be a section's or a story's.
func ruleLanguageMenu(d *doc) {
	for i := 0; i < len(d.blocks); i++ {
		// Under its label ("Read in:", "Translations:"), a language
		// named in English is the menu's too: OCCRP's "Albanian" /
		// "Serbian".
		if languageLabels[d.blocks[i].k] {
			j := i + 1
			for j < len(d.blocks) && j <= i+8 && (d.blocks[j].removed == ReasonEmpty || languageNames[d.blocks[j].k] || englishLanguages[d.blocks[j].k]) {
				j++
			}
			if j > i+1 {
				for x := i; x < j; x++ {
					d.remove(x, ReasonNav)
				}
				i = j - 1
				continue
			}
		}
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

// languageLabels head a menu of the languages a story is read in.
var languageLabels = phrases("read in|read this in|also available in|available in|translations|this article is also available in")

// englishLanguages are languages' names in English, as a menu under its
// label writes them.
var englishLanguages = phrases("albanian|arabic|bosnian|bulgarian|chinese|croatian|czech|english|french|georgian|german|" +
	"hungarian|italian|japanese|kazakh|korean|macedonian|montenegrin|persian|polish|portuguese|romanian|russian|" +
	"serbian|slovak|spanish|turkish|ukrainian|uzbek|vietnamese|armenian|azerbaijani|kyrgyz|tajik|belarusian|hebrew")
