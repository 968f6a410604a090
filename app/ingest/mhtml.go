package ingest

import (
	"encoding/base64"
	"strings"
)

// A web archive, as a browser saves a page whole ("Webpage, Single File":
// Chrome's and Edge's .mhtml, an old Internet Explorer's .mht), is a MIME
// message of type multipart/related: the page's HTML in its first part,
// its pictures and styles in the others, each part encoded for mail
// (quoted-printable or base64). The page is read as an HTML file is.

// isMHTML reports whether a file's head (sniffHead: lower-cased) is a web
// archive's: MIME headers, one of them a multipart/related content type,
// before the first blank line.
func isMHTML(head string) bool {
	h, _, ok := strings.Cut(strings.ReplaceAll(head, "\r\n", "\n"), "\n\n")
	return ok && strings.Contains(h, "mime-version:") && strings.Contains(h, "multipart/related")
}

// mhtmlPage returns the HTML page of web archive data: the body of its
// first text/html part, its transfer encoding undone, or nil when it holds
// none. Its lines end in "\n".
func mhtmlPage(data []byte) []byte {
	head, body, _ := strings.Cut(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n")
	// boundary="----MultipartBoundary--x----", quoted or not (the
	// writers spell the parameter in lower case)
	_, b, ok := strings.Cut(head, "boundary=")
	if rest, quoted := strings.CutPrefix(b, `"`); quoted {
		b, _, _ = strings.Cut(rest, `"`)
	} else if e := strings.IndexAny(b, "; \t\n"); e >= 0 {
		b = b[:e]
	}
	if !ok || b == "" {
		return nil
	}
	for _, part := range strings.Split(body, "--"+b) {
		h, page, _ := strings.Cut(strings.TrimLeft(part, "\n"), "\n\n")
		h = strings.ToLower(h)
		if !strings.HasPrefix(strings.TrimSpace(headerValue(h, "content-type")), "text/html") {
			continue
		}
		switch strings.TrimSpace(headerValue(h, "content-transfer-encoding")) {
		case "quoted-printable":
			return unquotePrintable(page)
		case "base64":
			out, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(page), ""))
			if err != nil {
				return nil
			}
			return out
		}
		return []byte(page)
	}
	return nil
}

// headerValue returns the value of header name (lower case) in a part's
// headers h (lower-cased), or "".
func headerValue(h, name string) string {
	k := strings.Index("\n"+h, "\n"+name+":")
	if k < 0 {
		return ""
	}
	v, _, _ := strings.Cut(h[k+len(name)+1:], "\n")
	return v
}

// unquotePrintable decodes quoted-printable text: "=3D" is "=", a line
// ending on "=" goes on on the next; a malformed escape stays as written.
func unquotePrintable(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' && i+1 < len(s) && s[i+1] == '\n' {
			i++
			continue
		}
		if c == '=' && i+2 < len(s) {
			if hi, lo := unhex(s[i+1]), unhex(s[i+2]); hi < 16 && lo < 16 {
				out = append(out, hi<<4|lo)
				i += 2
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// unhex is the value of hex digit c, or 16 when c is none.
func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return 16
}
