package ingest

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
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
	end := strings.Index(head, "\n\n")
	if e := strings.Index(head, "\r\n\r\n"); e >= 0 && (end < 0 || e < end) {
		end = e
	}
	if end < 0 {
		return false
	}
	h := head[:end]
	return strings.Contains(h, "mime-version:") && strings.Contains(h, "multipart/related")
}

// mhtmlPage returns the HTML page of web archive data: the body of its
// first text/html part, its transfer encoding undone, or nil when it holds
// none.
func mhtmlPage(data []byte) []byte {
	head, body := cutBlankLine(data)
	boundary := mimeParam(unfold(string(head)), "boundary")
	if boundary == "" {
		return nil
	}
	for _, part := range bytes.Split(body, []byte("--"+boundary)) {
		ph, pb := cutBlankLine(bytes.TrimLeft(part, "\r\n"))
		h := strings.ToLower(unfold(string(ph)))
		ctype := strings.TrimSpace(headerValue(h, "content-type"))
		if !strings.HasPrefix(ctype, "text/html") {
			continue
		}
		switch strings.TrimSpace(headerValue(h, "content-transfer-encoding")) {
		case "quoted-printable":
			return unquotePrintable(pb)
		case "base64":
			out, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(pb)), ""))
			if err != nil {
				return nil
			}
			return out
		}
		return pb
	}
	return nil
}

// cutBlankLine splits a MIME entity at its first blank line: the headers
// and the body.
func cutBlankLine(b []byte) (head, body []byte) {
	i, n := bytes.Index(b, []byte("\n\n")), 2
	if j := bytes.Index(b, []byte("\r\n\r\n")); j >= 0 && (i < 0 || j < i) {
		i, n = j, 4
	}
	if i < 0 {
		return b, nil
	}
	return b[:i], b[i+n:]
}

// unfold joins a header's continued lines (a line break before a space or
// a tab) into one line.
func unfold(h string) string {
	h = strings.ReplaceAll(h, "\r\n", "\n")
	return strings.NewReplacer("\n\t", " ", "\n ", " ").Replace(h)
}

// headerValue returns the value of header name (lower case) in unfolded
// headers h (lower-cased), or "".
func headerValue(h, name string) string {
	h = "\n" + h
	k := strings.Index(h, "\n"+name+":")
	if k < 0 {
		return ""
	}
	v := h[k+len(name)+2:]
	if e := strings.IndexByte(v, '\n'); e >= 0 {
		v = v[:e]
	}
	return v
}

// mimeParam returns parameter name of the message's content type in
// unfolded headers h: boundary="----MultipartBoundary--x----", quoted or
// not.
func mimeParam(h, name string) string {
	low := []byte(h) // lower-cased in ASCII only, so its offsets are h's
	for i, c := range low {
		if c >= 'A' && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	k := bytes.Index(low, []byte(name+"="))
	if k < 0 {
		return ""
	}
	v := h[k+len(name)+1:]
	if rest, ok := strings.CutPrefix(v, `"`); ok {
		v, _, _ = strings.Cut(rest, `"`)
		return v
	}
	if e := strings.IndexAny(v, "; \t\n"); e >= 0 {
		v = v[:e]
	}
	return v
}

// unquotePrintable decodes quoted-printable text: "=3D" is "=", a line
// ending on "=" goes on on the next; a malformed escape stays as written.
func unquotePrintable(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		switch {
		case i+1 < len(b) && b[i+1] == '\n':
			i++
		case i+2 < len(b) && b[i+1] == '\r' && b[i+2] == '\n':
			i += 2
		case i+2 < len(b):
			var x [1]byte
			if _, err := hex.Decode(x[:], b[i+1:i+3]); err == nil {
				out = append(out, x[0])
				i += 2
			} else {
				out = append(out, c)
			}
		default:
			out = append(out, c)
		}
	}
	return out
}
