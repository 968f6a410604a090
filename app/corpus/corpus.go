// Package corpus holds the raw articles a dossier is built from: the bundle the
// browser receives as one versioned JSON resource, and (natively) the loading of
// article folders with per-file warnings for what cannot be read.
package corpus

import (
	"strconv"

	"github.com/dossierapp/dossier/app/errwrap"
	"github.com/dossierapp/dossier/app/internal/hexstr"
	"github.com/dossierapp/dossier/app/internal/sha256"
)

// Article is one raw article as read from disk by app/ingest. Text is
// always valid UTF-8 and never markup; processing (cleanup, dates, search)
// happens later, in the browser.
type Article struct {
	// ID is the file's name and content hash (ingest.ID): the same when the
	// file is bundled or imported, and stable across builds, so deep links
	// (/a/<id>) keep working while the file is unchanged.
	ID string `json:"id"`
	// Source is the file path as given on the command line or found in a folder.
	Source string `json:"source"`
	// Name is the file's base name.
	Name string `json:"name"`
	// Size is the file's size in bytes on disk.
	Size int `json:"size"`
	// Text is the article text: the file decoded to UTF-8, or an HTML
	// page's extracted main content (app/ingest).
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

// Marshal encodes the bundle as the JSON the app fetches (encoding/json's
// bytes for it; bundle_json.go).
func (b Bundle) Marshal() ([]byte, error) { return marshalJSON(b), nil }

// Unmarshal decodes a bundle, naming what is wrong when it cannot.
func Unmarshal(data []byte) (Bundle, error) {
	if b, ok := unmarshalFast(data); ok {
		return b, nil
	}
	b, err := unmarshalJSON(data)
	if err != nil {
		return Bundle{}, errwrap.New("articles bundle: "+err.Error(), err)
	}
	return b, nil
}

// Hash is a short content hash of the bundle, used in version strings.
func (b Bundle) Hash() string {
	h := sha256.New()
	for _, a := range b.Articles {
		h.Write([]byte(a.ID + "\x00" + a.Source + "\x00" + strconv.Itoa(len(a.Text)) + "\x00"))
		h.Write([]byte(a.Text))
	}
	return hexstr.Encode(h.Sum(nil))[:16]
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

// uniqueIDs makes every article's ID unique by suffixing -2, -3, ... to repeats.
func uniqueIDs(arts []Article) {
	seen := make(map[string]int, len(arts))
	for i := range arts {
		id := arts[i].ID
		if n := seen[id]; n > 0 {
			for {
				n++
				cand := id + "-" + strconv.Itoa(n)
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
