//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// go-app writes og:url and og:image as "https://" + Handler.Domain + path:
// without a public address that is the bare string "https://". The site
// drops both tags then, and with --base-url writes them from it.

// baseURLOf checks the public address the site is served from
// (--base-url): an absolute http or https URL, returned without its
// trailing slash, or "" when none is known.
func baseURLOf(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("--base-url %q: want the site's public address, like https://example.org/dossier/", raw)
	}
	return strings.TrimRight(u.String(), "/"), nil
}

// ogTag is a <meta> tag of og:url or og:image, its attributes in any order.
var ogTag = regexp.MustCompile(`<meta [^>]*property="og:(?:url|image)"[^>]*>`)

// openGraph rewrites a page's og:url and og:image tags for the request's
// path: dropped without a base URL, made from it with one.
func (s *site) openGraph(page []byte, path string) []byte {
	return ogTag.ReplaceAllFunc(page, func(tag []byte) []byte {
		if s.baseURL == "" {
			return nil
		}
		v := s.baseURL + path
		kind := "url"
		if bytes.Contains(tag, []byte("og:image")) {
			kind, v = "image", s.baseURL+"/web/icon-512.png?v="+s.version
		}
		return []byte(`<meta property="og:` + kind + `" content="` + html.EscapeString(v) + `">`)
	})
}

// servePage serves go-app's answer, with openGraph applied to pages.
func (s *site) servePage(w http.ResponseWriter, r *http.Request) {
	rec := &pageRecorder{header: http.Header{}}
	s.handler.ServeHTTP(rec, r)
	body := rec.body.Bytes()
	if strings.HasPrefix(rec.header.Get("Content-Type"), "text/html") {
		body = s.openGraph(body, r.URL.Path)
		rec.header.Set("Content-Length", strconv.Itoa(len(body)))
	}
	for k, v := range rec.header {
		w.Header()[k] = v
	}
	if rec.code == 0 {
		rec.code = http.StatusOK
	}
	w.WriteHeader(rec.code)
	w.Write(body)
}

// pageRecorder keeps an answer to rewrite it.
type pageRecorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (p *pageRecorder) Header() http.Header { return p.header }
func (p *pageRecorder) WriteHeader(code int) {
	if p.code == 0 {
		p.code = code
	}
}
func (p *pageRecorder) Write(b []byte) (int, error) {
	if p.code == 0 {
		p.code = http.StatusOK
	}
	return p.body.Write(b)
}
