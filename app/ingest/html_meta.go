package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/extract"
)

// withMeta is the text of an extracted page with what its markup states
// about it (og:site_name or the JSON-LD publisher, the publication date)
// written under the headline as a line app/clean reads as metadata:
// "Published in Lowlands Herald on 2026-10-14". The cleanup takes the
// publisher and the date from it and shows it as a removed metadata line,
// so "Show original" still shows where they came from. A site's name
// without a date is written only when the cleanup will take the line out
// ("Published in" and a short name in capitals); the byline is not written
// (a line the cleanup did not read as one would reach the article).
func withMeta(res extract.Result) string {
	site, date := oneLine(res.SiteName), res.Published
	if n := len(strings.Fields(site)); n > maxSiteWords || n > 0 && date == "" && !startsUpper(site) {
		site = ""
	}
	var meta string
	switch {
	case site != "" && date != "":
		meta = "Published in " + site + " on " + date
	case site != "":
		meta = "Published in " + site
	case date != "":
		meta = "Published on " + date
	default:
		return res.Text
	}
	head, body := "", res.Text
	if res.Title != "" {
		if h, rest, ok := strings.Cut(res.Text, "\n\n"); ok {
			head, body = h+"\n\n", rest
		}
	}
	return head + meta + "\n\n" + body
}

// maxSiteWords is the longest site name withMeta writes.
const maxSiteWords = 5

// startsUpper reports whether s starts with a capital letter or a digit.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// oneLine is s with its runs of white space made one space, trimmed.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
