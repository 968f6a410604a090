package clean

import "github.com/dossierapp/dossier/app/parse"

// headerZoneAgain reads the header zone (see ruleHeaderZone) under the
// title chosen when chooseTitle took the lines over it for the page's
// header (a section's label, "0A"): ruleHeaderZone, which met those lines
// first, found no headline under them, while a cleaning of the rendering,
// where the title comes first, reads the zone under it (FuzzClean: a name
// over its outlet's line under the title).
func headerZoneAgain(d *doc, inferred bool) {
	if inferred || len(d.overHeadline) == 0 {
		return
	}
	for i, b := range d.blocks {
		if b.kept() {
			if b.kind == "title" && parse.LooksLikeHeadline(b.text) {
				headerZone(d, i)
			}
			return
		}
	}
}
