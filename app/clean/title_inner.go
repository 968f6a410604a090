package clean

import "strings"

// innerSiteless reports whether the site part a split gave (site) after the
// headline of line (block i) is no site's name: the line stands further
// down the page than its first, and the page's furniture names the part
// nowhere, on none of its removed short lines nor its copyright line.
// Under a menu, with no title line over it, the article's own headline may
// hold a dash or a bar before its last words ("Interview with a surgeon –
// Part Two", "My new book – Now Available"), which a page's title line
// would part from the site.
func (d *doc) innerSiteless(i int, line, title, site string) bool {
	return i > 0 && site != "" && strings.HasPrefix(line, title) && d.mentions(site) == 0
}
