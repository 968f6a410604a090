package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// brandName is the site's name as n shows it when n's class or id names
// the site's logo or name ("navbar-brand", "Header_logo__x3", "site-title",
// "site-name") and its text is a short name, or "": the publisher of a
// page whose head states none (no og:site_name, no JSON-LD publisher, a
// <title> that is the headline alone), as a site builder's template
// writes it beside the logo.
func brandName(n *node) string {
	ws := classWords(n)
	named := false
	for i, w := range ws {
		named = named || w == "brand" || w == "logo" || w == "sitename" ||
			w == "site" && i+1 < len(ws) && (ws[i+1] == "name" || ws[i+1] == "title")
	}
	if !named || textSize(n, 60) > 60 {
		return ""
	}
	t := collapse(textOf(n))
	r, _ := utf8.DecodeRuneInString(t)
	if t == "" || utf8.RuneCountInString(t) > 40 || len(strings.Fields(t)) > 6 || !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	switch strings.ToLower(t) {
	case "home", "menu", "logo", "homepage":
		return ""
	}
	return t
}
