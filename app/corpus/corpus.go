// Package corpus holds the raw articles a dossier is built from: the bundle the
// browser receives as one versioned JSON resource, and (natively) the loading of
// article folders with per-file warnings for what cannot be read.
package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"strings"
)

// Article is one raw article as found on disk. Text is always valid UTF-8;
// processing (cleanup, dates, search) happens later, in the browser.
type Article struct {
	// ID is stable across builds: derived from the file's path relative to
	// the folder it was loaded from, so deep links (/a/<id>) keep working.
	ID string `json:"id"`
	// Source is the file path as given on the command line or found in a folder.
	Source string `json:"source"`
	// Name is the file's base name.
	Name string `json:"name"`
	// Size is the file's size in bytes on disk.
	Size int `json:"size"`
	// Text is the file's content, decoded to UTF-8.
	Text string `json:"text"`
}

// Bundle is the set of bundled articles shipped to the browser.
type Bundle struct {
	Articles []Article `json:"articles"`
}

// Warning names a file that was skipped or read with a repair, and why.
type Warning struct {
	Path string
	Err  error
}

// String renders the warning as "path: reason".
func (w Warning) String() string { return w.Path + ": " + w.Err.Error() }

// Marshal encodes the bundle as the JSON the app fetches.
func (b Bundle) Marshal() ([]byte, error) { return json.Marshal(b) }

// Unmarshal decodes a bundle, naming what is wrong when it cannot.
func Unmarshal(data []byte) (Bundle, error) {
	var b Bundle
	if err := json.Unmarshal(data, &b); err != nil {
		return Bundle{}, fmt.Errorf("articles bundle: %w", err)
	}
	return b, nil
}

// Hash is a short content hash of the bundle, used in version strings.
func (b Bundle) Hash() string {
	h := sha256.New()
	for _, a := range b.Articles {
		fmt.Fprintf(h, "%s\x00%s\x00%d\x00", a.ID, a.Source, len(a.Text))
		h.Write([]byte(a.Text))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Find returns the article with the given ID.
func (b Bundle) Find(id string) (Article, bool) {
	for _, a := range b.Articles {
		if a.ID == id {
			return a, true
		}
	}
	return Article{}, false
}

// MakeID turns a relative file path into a URL-safe ID: the path without its
// extension, with every character outside [A-Za-z0-9_-] replaced by '-'.
func MakeID(rel string) string {
	rel = strings.TrimSuffix(rel, path.Ext(rel))
	var sb strings.Builder
	dash := false
	for _, r := range rel {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-'
		if !ok {
			if !dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = true
			continue
		}
		sb.WriteRune(r)
		dash = false
	}
	id := strings.Trim(sb.String(), "-")
	if id == "" {
		id = "article"
	}
	return id
}

// uniqueIDs makes every article's ID unique by suffixing -2, -3, ... to repeats.
func uniqueIDs(arts []Article) {
	seen := make(map[string]int, len(arts))
	for i := range arts {
		id := arts[i].ID
		if n := seen[id]; n > 0 {
			for {
				n++
				cand := fmt.Sprintf("%s-%d", id, n)
				if seen[cand] == 0 {
					seen[id] = n
					id = cand
					break
				}
			}
		}
		seen[id]++
		arts[i].ID = id
	}
}
