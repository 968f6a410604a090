package clean

import (
	"strings"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/parse"
)

// headerZoneAgain reads the header zone (see ruleHeaderZone) under the
// title chosen when chooseTitle took the lines over it for the page's
// header (a section's label, "0A"): ruleHeaderZone, which met those lines
// first, found no headline under them, while a cleaning of the rendering,
// where the title comes first, reads the zone under it (FuzzClean: a name
// over its outlet's line under the title). It returns the title's new
// text when the headline under the title line became the title (see
// echoUnderRemoved), else "".
func headerZoneAgain(d *doc, inferred bool) string {
	if inferred {
		return ""
	}
	for i, b := range d.blocks {
		if b.kept() {
			if b.kind == "title" && parse.LooksLikeHeadline(b.text) {
				if len(d.overHeadline) > 0 || d.zoneOut > 0 && i > d.zoneOut || !d.zoned {
					// (or the zone under the title line above ran out of
					// lines before the headline: HS's menu under "Headline
					// | HS.fi"; or no zone was read, as no headline stood
					// over a paragraph when ruleHeaderZone looked:
					// "StAff" under a title over no prose, FuzzClean
					// 5335c2d2bd8bb454)
					headerZone(d, i)
				} else if n := d.echoUnderRemoved(i); n > 0 {
					headerZone(d, n)
					return d.blocks[n].keptText()
				}
			}
			return ""
		}
	}
	return ""
}

// echoUnderRemoved makes the headline the title when the next kept block
// under the title line t, past lines the rules removed after ruleHeaderZone
// read the zone (a menu, a caption, a blog's header) and short lines the
// title line holds (the blog's name), is the headline the title line holds
// beside its site's name ("Site: Headline" over "Headline"), as
// headerZone does: a cleaning of the rendering, where it stands right
// under the title line, takes it for the title (FuzzClean). It returns
// the headline's index, or -1.
func (d *doc) echoUnderRemoved(t int) int {
	title, gone := d.titleOf(d.blocks[t].text), false
	for n := t + 1; n < len(d.blocks); n++ {
		b := d.blocks[n]
		if !b.kept() {
			gone = gone || b.removed != ReasonEmpty
			continue
		}
		if site, ok := title.echo(b.text); ok {
			if !gone || lineBelow(d, n, site) && !mastheadAbove(d, n, site) {
				return -1
			}
			promoteHeadline(d, n)
			if d.site == "" && site != "" {
				d.site = site
			}
			return n
		}
		if b.nw > 6 || !strings.Contains(d.blocks[t].low, b.low) {
			return -1 // (the blog's name the title line holds stays over it)
		}
	}
	return -1
}

// labelOverTitle removes a section's label of two words at most ("Gulf",
// "Forums") when it is the first kept line, right over the title, below
// the header's lines the rules removed (a menu, the title line): the
// rendering puts it under the title, where a cleaning of it takes it for
// header matter (FuzzClean, site pages of the tests). The title block is
// read as the title the rendering writes: a headline whose words the page
// runs together ("HeadlineInOneWord") under its title line is the title
// line's headline (FuzzClean).
func labelOverTitle(d *doc, title string, inferred bool) {
	if inferred {
		return
	}
	gone := false
	for i, b := range d.blocks {
		if !b.kept() {
			gone = gone || b.removed != ReasonEmpty
			continue
		}
		if !gone || b.nw > 2 || b.md || len(b.segs) != 1 || endsSentence(b.text) || hasDate(b.text) || isClock(b.text) {
			return
		}
		// (Not a name the headline repeats, a word or words of it:
		// "AR-Views" over "AR-Views Crucial Points"; "A" over "AlABAmA
		// to open ..." is no such name, FuzzClean 8a1b73454f37f380.) A
		// short line between, the rendering's second under the title,
		// leaves the label first under it (FuzzClean: "Ag" over "2. ."
		// over the headline).
		n := nextLine(d, i)
		if n > 0 && d.blocks[n].kind != "title" && d.blocks[n].nw <= 2 && !d.blocks[n].md {
			n = nextLine(d, n)
		}
		if n > 0 && d.blocks[n].kind == "title" && (parse.LooksLikeHeadline(d.blocks[n].text) && !inHeadline(b.text, d.blocks[n].text) ||
			sameKey(d.blocks[n].text, title) && parse.LooksLikeHeadline(title) && !inHeadline(b.text, title)) {
			d.remove(i, ReasonNav)
			continue // the line under it is first under the title now
		}
		return
	}
}

// siteUnderTitleLine removes the site's name on the line right under the
// page's title line when that line is the title and the site's name its
// other part ("Headline - Site" over "Site"): the rendering writes the
// headline alone and the name under it, where a cleaning of it takes the
// name for the page's header (FuzzClean). The name as the title line
// writes it or with its marks left out ("Site.com" or "Sitecom").
func siteUnderTitleLine(d *doc, title string, inferred bool) {
	if inferred {
		return
	}
	for i, b := range d.blocks {
		if !b.kept() {
			continue
		}
		site := d.firstLineSite()
		if i != 0 || b.kind != "title" || site == "" || sameKey(b.text, title) {
			return
		}
		if n := nextLine(d, i); n > 0 && d.blocks[n].nw <= 3 && !endsSentence(d.blocks[n].text) && sameKey(d.blocks[n].text, site) {
			d.remove(n, boiler.ReasonHeader)
		}
		return
	}
}
