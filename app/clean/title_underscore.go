package clean

import "strings"

// underscoreSite splits a title line whose site's parts an underscore glues
// to the headline, as some content systems write it in Latin script too
// ("Typhoon nears the coast_English_Harbour" or "... coast _English_Harbour":
// the section, then the site): the headline before the first underscore of
// its last word, the site the last part. The parts are two or three
// capitalised words of letters without spaces, and the headline keeps three
// words; else site is "".
func underscoreSite(t string) (headline, site string) {
	k := strings.LastIndexByte(t, ' ')
	if k <= 0 {
		return t, ""
	}
	head, last := t[:k], t[k+1:]
	u := strings.IndexByte(last, '_')
	if u < 0 {
		return t, ""
	}
	parts := strings.Split(last[u+1:], "_")
	if u > 0 && (len(parts) >= 2 || !startsUpper(last)) {
		// "typhoon_English_Harbour": the headline's last word first
		// ("English_Harbour", the section and the site, where the parse
		// took the underscore before them for an emphasis's mark)
		head += " " + last[:u]
	} else if u > 0 {
		parts = append([]string{last[:u]}, parts...)
	}
	if len(parts) < 2 || len(parts) > 3 || words(head) < 3 {
		return t, ""
	}
	for _, p := range parts {
		if len(p) < 2 || !startsUpper(p) || strings.ContainsFunc(p, notLetter) {
			return t, ""
		}
	}
	return strings.TrimSpace(head), parts[len(parts)-1]
}
