//go:build !wasm

package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Extensions lists the file types read as articles.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// IsArticleFile reports whether name has one of the article Extensions.
func IsArticleFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// LoadDir loads every article file under dir, recursively. It fails when dir
// is missing, is not a folder, or holds no readable article; files it cannot
// read are skipped with a warning naming them.
func LoadDir(dir string) (Bundle, []Warning, error) {
	st, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Bundle{}, nil, fmt.Errorf("articles folder %q does not exist", dir)
		}
		return Bundle{}, nil, fmt.Errorf("articles folder %q: %w", dir, err)
	}
	if !st.IsDir() {
		return Bundle{}, nil, fmt.Errorf("articles folder %q is not a folder", dir)
	}
	arts, warns := LoadPaths([]string{dir})
	if len(arts) == 0 {
		return Bundle{}, warns, fmt.Errorf("articles folder %q holds no readable article (%s)", dir, strings.Join(Extensions, ", "))
	}
	return Bundle{Articles: arts}, warns, nil
}

// LoadPaths loads the given files and folders (folders recursively, article
// extensions only; files named explicitly are read whatever their extension).
// IDs are made from paths relative to the folder given, or the base name of a
// file given directly, and are unique in the result.
func LoadPaths(paths []string) ([]Article, []Warning) {
	var arts []Article
	var warns []Warning
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			warns = append(warns, Warning{Path: p, Err: cleanStatErr(err)})
			continue
		}
		if !st.IsDir() {
			if a, w, ok := loadFile(p, filepath.Base(p)); ok {
				arts = append(arts, a)
				warns = append(warns, w...)
			} else {
				warns = append(warns, w...)
			}
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				warns = append(warns, Warning{Path: path, Err: err})
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if IsArticleFile(d.Name()) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			warns = append(warns, Warning{Path: p, Err: err})
		}
		sort.Strings(files)
		for _, f := range files {
			rel, err := filepath.Rel(p, f)
			if err != nil {
				rel = filepath.Base(f)
			}
			a, w, ok := loadFile(f, filepath.ToSlash(rel))
			warns = append(warns, w...)
			if ok {
				arts = append(arts, a)
			}
		}
	}
	uniqueIDs(arts)
	return arts, warns
}

func loadFile(path, rel string) (Article, []Warning, bool) {
	st, err := os.Stat(path)
	if err != nil {
		return Article{}, []Warning{{Path: path, Err: cleanStatErr(err)}}, false
	}
	if st.Size() > MaxFileSize {
		return Article{}, []Warning{{Path: path, Err: fmt.Errorf("skipped: file too large: %d bytes (limit %d)", st.Size(), MaxFileSize)}}, false
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Article{}, []Warning{{Path: path, Err: err}}, false
	}
	text, repaired, err := Decode(data)
	if err != nil {
		return Article{}, []Warning{{Path: path, Err: fmt.Errorf("skipped: %w", err)}}, false
	}
	var warns []Warning
	if repaired != nil {
		warns = append(warns, Warning{Path: path, Err: repaired})
	}
	return Article{
		ID:     MakeID(rel),
		Source: path,
		Name:   filepath.Base(path),
		Size:   len(data),
		Text:   text,
	}, warns, true
}

func cleanStatErr(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("no such file or folder")
	}
	return err
}
