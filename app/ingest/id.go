package ingest

import (
	"path"
	"strings"
)

// ID is an article's ID, the same wherever the file comes in (bundled or
// imported): its base name without extension made URL-safe (see Slug), at
// most 60 characters, a dash and the first 8 hex digits of hash, the
// SHA-256 of its bytes: "my-article-3fa9c2d1". It is stable for the same
// file, and two different files with one name get different IDs.
func ID(name, hash string) string {
	base := Slug(BaseName(name))
	if r := []rune(base); len(r) > 60 {
		base = strings.Trim(string(r[:60]), "-")
	}
	if len(hash) > 8 {
		hash = hash[:8]
	}
	return base + "-" + hash
}

// Slug turns a file name into a URL-safe word: the name without its
// extension, every run of characters outside [A-Za-z0-9_-] replaced by one
// '-', "article" when nothing is left.
func Slug(name string) string {
	name = strings.TrimSuffix(name, path.Ext(name))
	var sb strings.Builder
	dash := false
	for _, r := range name {
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
