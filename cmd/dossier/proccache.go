//go:build !wasm

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/corpus"
)

// procMagic starts a cache file; it changes with the file's layout.
const procMagic = "dossier-processed-1\n"

// procCache keeps what the server made of a folder's articles in one file,
// each article's result (app/doccache, through article.Encode) under a hash
// of its ID and text: a restart reads the results back instead of
// processing every article again. Results of another pipeline version
// are stale (article.Decode refuses them) and made again.
type procCache struct {
	path   string
	stderr io.Writer // where a cache that cannot be written is reported
}

// newProcCache is the cache of the articles folder dir under the folder
// root (the user's cache folder, e.g. ~/.cache/dossier).
func newProcCache(root, dir string, stderr io.Writer) *procCache {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	sum := sha256.Sum256([]byte(abs))
	return &procCache{path: filepath.Join(root, "processed-"+hex.EncodeToString(sum[:8])+".bin"), stderr: stderr}
}

// defaultCacheRoot is the user's cache folder for dossier, or "" when the
// system has none.
func defaultCacheRoot() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "dossier")
}

// cacheOption is the --cache flag of serve and build.
type cacheOption struct{ root *string }

// cacheFlag declares --cache on fs.
func cacheFlag(fs *flag.FlagSet) cacheOption {
	return cacheOption{fs.String("cache", defaultCacheRoot(), "folder where the processed articles are kept between runs, so a restart need not process them again; \"off\" keeps none")}
}

// of is the cache of the articles folder dir, or nil when it is off.
func (c cacheOption) of(dir string, stderr io.Writer) *procCache {
	if *c.root == "" || *c.root == "off" {
		return nil
	}
	return newProcCache(*c.root, dir, stderr)
}

// contentKey is the cache's key of an article: a hash of its ID and text,
// everything processing reads.
func contentKey(a corpus.Article) string {
	h := sha256.New()
	io.WriteString(h, a.ID)
	h.Write([]byte{0})
	io.WriteString(h, a.Text)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// cached is a loaded cache: each key's encoded result.
type cached map[string]string

// find decodes a's result when the cache has one of this pipeline version.
func (c cached) find(a corpus.Article) (article.Doc, bool) {
	key := contentKey(a)
	v, ok := c[key]
	if !ok {
		return article.Doc{}, false
	}
	d, ok := article.Decode(a, key, v, "")
	d.Hash = "" // a bundled article has no content hash of its own
	return d, ok
}

// load reads the cache file; a missing or damaged one is an empty cache.
func (c *procCache) load() cached {
	data, err := os.ReadFile(c.path)
	if err != nil {
		return nil
	}
	out, err := parseCache(string(data))
	if err != nil {
		fmt.Fprintf(c.stderr, "dossier: warning: processing cache %s: %v; processing every article again\n", c.path, err)
	}
	return out
}

// parseCache reads the entries of a cache file, those before any damage.
func parseCache(data string) (cached, error) {
	rest, ok := strings.CutPrefix(data, procMagic)
	if !ok {
		return nil, errors.New("not a cache file of this version")
	}
	out := cached{}
	for rest != "" {
		key, r, err := readField(rest)
		if err != nil {
			return out, err
		}
		val, r, err := readField(r)
		if err != nil {
			return out, err
		}
		out[key], rest = val, r
	}
	return out, nil
}

// readField reads a length-prefixed string.
func readField(s string) (string, string, error) {
	n, k := binary.Uvarint([]byte(s[:min(len(s), binary.MaxVarintLen64)]))
	if k <= 0 || n > uint64(len(s)-k) {
		return "", "", errors.New("truncated")
	}
	return s[k : k+int(n)], s[k+int(n):], nil
}

// save writes the processed documents (in the order of the articles they
// were made from) to the cache file, replacing it whole.
func (c *procCache) save(docs []article.Doc) {
	var b bytes.Buffer
	b.WriteString(procMagic)
	field := func(s []byte) {
		b.Write(binary.AppendUvarint(nil, uint64(len(s))))
		b.Write(s)
	}
	for _, d := range docs {
		key := contentKey(d.Article)
		d.Hash = key
		field([]byte(key))
		field(article.Encode(d))
	}
	if err := c.write(b.Bytes()); err != nil {
		fmt.Fprintf(c.stderr, "dossier: warning: processing cache not saved: %v\n", err)
	}
}

// write replaces the cache file atomically (a temporary file renamed).
func (c *procCache) write(data []byte) error {
	if err := os.MkdirAll(filepath.Dir(c.path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.path), ".processed-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), c.path)
}
