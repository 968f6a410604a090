//go:build !wasm

package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dossierapp/dossier/app/ingest"
)

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
		return Bundle{}, warns, fmt.Errorf("articles folder %q holds no readable article (%s)", dir, strings.Join(ingest.Extensions, ", "))
	}
	return Bundle{Articles: arts}, warns, nil
}

// LoadPaths loads the given files and folders (folders recursively, article
// extensions only; files named explicitly are read whatever their
// extension). Every file goes through app/ingest, as imported files do:
// HTML pages arrive as their extracted text, IDs are ingest.IDs, made
// unique in the result by a -2, -3 ... suffix on repeats (the same file
// twice).
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
			a, w, ok := loadFile(p)
			warns = append(warns, w...)
			if ok {
				arts = append(arts, a)
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
			if ingest.IsArticleName(d.Name()) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			warns = append(warns, Warning{Path: p, Err: err})
		}
		sort.Strings(files)
		for _, r := range loadFiles(files) {
			warns = append(warns, r.warns...)
			if r.ok {
				arts = append(arts, r.art)
			}
		}
	}
	uniqueIDs(arts)
	return arts, warns
}

// loaded is what loadFile made of one file.
type loaded struct {
	art   Article
	warns []Warning
	ok    bool
}

// loadFiles reads files with loadFile, several at a time (one per
// processor: a folder of ten thousand articles is read in a fraction of the
// time), and returns the results in the order of files.
func loadFiles(files []string) []loaded {
	out := make([]loaded, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				r := &out[i]
				r.art, r.warns, r.ok = loadFile(files[i])
			}
		}()
	}
	wg.Wait()
	return out
}

// loadFile reads one file through app/ingest. A refused file is a warning
// with ingest's reason; a guessed encoding is a warning too.
func loadFile(path string) (Article, []Warning, bool) {
	st, err := os.Stat(path)
	if err != nil {
		return Article{}, []Warning{{Path: path, Err: cleanStatErr(err)}}, false
	}
	if err := ingest.CheckSize(path, st.Size()); err != nil {
		return Article{}, []Warning{skipped(path, err)}, false
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Article{}, []Warning{{Path: path, Err: err}}, false
	}
	f, err := ingest.Read(filepath.Base(path), data)
	if err != nil {
		return Article{}, []Warning{skipped(path, err)}, false
	}
	var warns []Warning
	if f.Guessed {
		warns = append(warns, Warning{Path: path, Err: fmt.Errorf("not valid UTF-8; decoded as %s", f.Encoding)})
	}
	return Article{ID: f.ID, Source: path, Name: f.Name, Size: f.Size, Text: f.Text}, warns, true
}

// skipped is the warning for a refused file: "skipped: reason".
func skipped(path string, err error) Warning {
	var fe *ingest.FileError
	if errors.As(err, &fe) {
		return Warning{Path: path, Err: skip{fe}}
	}
	return Warning{Path: path, Err: fmt.Errorf("skipped: %w", err)}
}

// skip is a refused file's warning: "skipped: " and ingest's reason,
// without the name the warning's path already gives.
type skip struct{ fe *ingest.FileError }

func (s skip) Error() string { return "skipped: " + s.fe.Reason() }
func (s skip) Unwrap() error { return s.fe.Err }

func cleanStatErr(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return errors.New("no such file or folder")
	}
	return err
}
