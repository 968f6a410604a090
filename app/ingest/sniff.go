package ingest

import (
	"bytes"
	"path"
	"strings"

	"github.com/dossierapp/dossier/app/internal/charset"
)

// Extensions lists the file name extensions of article files.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm", ".mhtml", ".mht"}

// KindOf is the kind a file's extension names, or "" for other files.
func KindOf(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt":
		return KindText
	case ".md", ".markdown":
		return KindMarkdown
	case ".html", ".htm", ".mhtml", ".mht": // a web archive holds a page (see isMHTML)
		return KindHTML
	}
	return ""
}

// IsArticleName reports whether name has one of the Extensions.
func IsArticleName(name string) bool { return KindOf(name) != "" }

// Sniff is the kind of an article file, by content as well as by name: a
// page that begins as HTML does (a doctype, <html>, <head>, <body> or a
// comment then one of those), or a web archive (isMHTML), is HTML whatever
// its name says (scrapers save pages as .txt); a .html file with no tag at
// all is text; otherwise the extension decides, and a file without one is
// text.
func Sniff(name string, data []byte) string {
	head := sniffHead(data)
	kind := KindOf(name)
	switch {
	case startsAsHTML(head), isMHTML(head):
		return KindHTML
	case kind == KindHTML && !hasTag(head):
		return KindText
	case kind == "":
		return KindText
	}
	return kind
}

// sniffHead is the file's first 4 KB, lower-cased, as ASCII (UTF-16 with a
// byte order mark read as such).
func sniffHead(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		n := min(len(data), 8192) &^ 1
		return strings.ToLower(charset.UTF16(data[2:n], data[0] == 0xFE))
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	}
	return strings.ToLower(string(data[:min(len(data), 4096)]))
}

var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<?xml"}

// startsAsHTML reports a head that opens as an HTML page, after white space
// and comments.
func startsAsHTML(head string) bool {
	for {
		head = strings.TrimLeft(head, " \t\r\n\f")
		if !strings.HasPrefix(head, "<!--") {
			break
		}
		end := strings.Index(head, "-->")
		if end < 0 {
			return false
		}
		head = head[end+3:]
	}
	for _, s := range htmlStarts {
		if strings.HasPrefix(head, s) {
			return s != "<?xml" || strings.Contains(head, "<html")
		}
	}
	return false
}

// hasTag reports something like an HTML tag: '<' then a letter, '/' or '!'.
func hasTag(head string) bool {
	for i := strings.IndexByte(head, '<'); i >= 0 && i+1 < len(head); {
		if c := head[i+1]; c >= 'a' && c <= 'z' || c == '/' || c == '!' {
			return true
		}
		j := strings.IndexByte(head[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
