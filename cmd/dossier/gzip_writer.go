//go:build !wasm

package main

import (
	"compress/gzip"
	"net/http"
	"strings"
	"sync"
)

// gzipPool reuses compressors across responses.
var gzipPool = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return zw
}}

// gzipWriter compresses a response on the fly (pages, go-app's scripts,
// CSS), when the client accepts gzip and the content is text.
type gzipWriter struct {
	http.ResponseWriter
	zw      *gzip.Writer
	decided bool
}

// wantsGzip reports whether r accepts gzip and asks for a whole response.
func wantsGzip(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") && r.Header.Get("Range") == ""
}

func (g *gzipWriter) WriteHeader(code int) {
	if !g.decided {
		g.decided = true
		h := g.Header()
		ct := h.Get("Content-Type")
		compressible := code == http.StatusOK && h.Get("Content-Encoding") == "" &&
			(strings.HasPrefix(ct, "text/") || strings.Contains(ct, "javascript") ||
				strings.Contains(ct, "json") || strings.Contains(ct, "svg") || strings.Contains(ct, "manifest"))
		if compressible {
			h.Del("Content-Length")
			h.Set("Content-Encoding", "gzip")
			h.Add("Vary", "Accept-Encoding")
			zw := gzipPool.Get().(*gzip.Writer)
			zw.Reset(g.ResponseWriter)
			g.zw = zw
		}
	}
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(p []byte) (int, error) {
	if !g.decided {
		if g.Header().Get("Content-Type") == "" {
			g.Header().Set("Content-Type", http.DetectContentType(p))
		}
		g.WriteHeader(http.StatusOK)
	}
	if g.zw != nil {
		return g.zw.Write(p)
	}
	return g.ResponseWriter.Write(p)
}

// close flushes the compressor, if one was used.
func (g *gzipWriter) close() {
	if g.zw != nil {
		g.zw.Close()
		gzipPool.Put(g.zw)
		g.zw = nil
	}
}

// withGzip serves h through a gzipWriter when the request allows it.
func withGzip(w http.ResponseWriter, r *http.Request, serve func(http.ResponseWriter, *http.Request)) {
	if !wantsGzip(r) {
		serve(w, r)
		return
	}
	gw := &gzipWriter{ResponseWriter: w}
	defer gw.close()
	serve(gw, r)
}
