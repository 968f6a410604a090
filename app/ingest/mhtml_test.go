package ingest

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
)

// mhtmlPageHTML is the page the archives below hold.
const mhtmlPageHTML = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Harbour bridge to close for repairs | The Coastline</title><meta property="og:site_name" content="The Coastline"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour bridge to close for repairs</h1>
<p>The harbour bridge will close to cars for six weeks from January while engineers replace its worn expansion joints, the council said on Thursday.</p>
<p>Buses will run on a diversion through the industrial estate, adding about ten minutes to each trip, and the ferry will add two early sailings.</p>
</article></body></html>`

// chromeArchive writes page as Chrome's "Webpage, Single File" does: MIME
// headers, the page quoted-printable in the first part, a style sheet after.
func chromeArchive(page string) string {
	var qp strings.Builder
	n := 0
	for i := 0; i < len(page); i++ {
		c := page[i]
		var s string
		switch {
		case c == '=' || c >= 0x80:
			s = "=" + strings.ToUpper(string("0123456789abcdef"[c>>4])+string("0123456789abcdef"[c&15]))
		case c == '\n':
			qp.WriteString("\r\n")
			n = 0
			continue
		default:
			s = string(c)
		}
		if n+len(s) > 75 {
			qp.WriteString("=\r\n")
			n = 0
		}
		qp.WriteString(s)
		n += len(s)
	}
	return "From: <Saved by Blink>\r\n" +
		"Snapshot-Content-Location: https://coastline.example/news/bridge\r\n" +
		"Subject: Harbour bridge to close for repairs | The Coastline\r\n" +
		"Date: Sat, 5 Dec 2026 10:12:33 -0000\r\n" +
		"MIME-Version: 1.0\r\n" +
		"Content-Type: multipart/related;\r\n" +
		"\ttype=\"text/html\";\r\n" +
		"\tboundary=\"----MultipartBoundary--Xy12ab----\"\r\n" +
		"\r\n\r\n" +
		"------MultipartBoundary--Xy12ab----\r\n" +
		"Content-Type: text/html\r\n" +
		"Content-ID: <frame-1@mhtml.blink>\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"Content-Location: https://coastline.example/news/bridge\r\n" +
		"\r\n" + qp.String() + "\r\n" +
		"------MultipartBoundary--Xy12ab----\r\n" +
		"Content-Type: text/css\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n" +
		"Content-Location: cid:css-1@mhtml.blink\r\n" +
		"\r\n" +
		"body { margin: 0; }\r\n" +
		"------MultipartBoundary--Xy12ab------\r\n"
}

// TestReadMHTML reads a browser's web archive as the page it holds: Chrome's
// quoted-printable part, an old Internet Explorer's base64 one (its
// boundary unquoted), under an .mhtml or .mht name or a .txt one.
func TestReadMHTML(t *testing.T) {
	page := strings.Replace(mhtmlPageHTML, "six weeks", "six weeks – a long time –", 1)
	ie := "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=----=_NextPart_000_0000; type=\"text/html\"\n\n" +
		"This is a multi-part message in MIME format.\n\n------=_NextPart_000_0000\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n" +
		base64.StdEncoding.EncodeToString([]byte(page)) + "\n\n------=_NextPart_000_0000--\n"
	for _, c := range []struct{ name, data string }{
		{"bridge.mhtml", chromeArchive(page)},
		{"bridge.txt", chromeArchive(page)},
		{"bridge.mht", ie},
	} {
		f, err := Read(c.name, []byte(c.data))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if f.Kind != KindHTML || !strings.HasPrefix(f.Text, "Harbour bridge to close for repairs\n\nPublished in The Coastline") ||
			!strings.Contains(f.Text, "for six weeks – a long time – from January") || strings.Contains(f.Text, "margin") || strings.Contains(f.Text, "=\r") {
			t.Errorf("%s: kind %s, text:\n%s", c.name, f.Kind, f.Text)
		}
	}
}

// TestReadMHTMLNoPage refuses a web archive that holds no HTML page,
// naming the file.
func TestReadMHTMLNoPage(t *testing.T) {
	archive := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b1--\r\n"
	_, err := Read("photo.mhtml", []byte(archive))
	var fe *FileError
	if !errors.Is(err, ErrNoPage) || !errors.As(err, &fe) || fe.Name != "photo.mhtml" || !strings.HasPrefix(err.Error(), "photo.mhtml: ") {
		t.Errorf("err = %v, want %v naming photo.mhtml", err, ErrNoPage)
	}
}
