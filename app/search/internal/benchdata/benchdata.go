// Package benchdata loads the real news corpora in ../shared/corpora as
// search documents, and holds the scripted typing sessions and the judged
// queries used by the search benchmarks. The corpora are test data only:
// they are read from disk at test time and never copied into the repository
// or the app.
package benchdata

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dossierapp/dossier/app/search"
)

// Files are the corpus files, relative to the corpora folder.
var Files = []string{"bbc.jsonl", "reuters21578-10k.jsonl"}

// Record is one row of a corpus file.
type Record struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Title    string `json:"title"`
	Text     string `json:"text"`
}

// Dir returns the corpora folder: $DOSSIER_CORPORA, or ../shared/corpora
// found by walking up from the working directory. It returns "" if absent.
func Dir() string {
	if d := os.Getenv("DOSSIER_CORPORA"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		c := filepath.Join(d, "shared", "corpora")
		if _, err := os.Stat(filepath.Join(c, Files[0])); err == nil {
			return c
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Load reads the named corpus files from dir.
func Load(dir string, files ...string) ([]Record, error) {
	var out []Record
	for _, f := range files {
		fh, err := os.Open(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var r Record
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				fh.Close()
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			out = append(out, r)
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Doc turns a corpus record into a search document: the title, and the text
// after it split into paragraphs.
func Doc(r Record) search.Doc {
	body := strings.TrimPrefix(r.Text, r.Title)
	return search.Doc{ID: r.ID, Title: r.Title, Body: Paragraphs(body)}
}

// Docs converts records to documents.
func Docs(rs []Record) []search.Doc {
	out := make([]search.Doc, len(rs))
	for i, r := range rs {
		out[i] = Doc(r)
	}
	return out
}

// Paragraphs splits text into paragraphs: a blank line or an indented line
// starts a new paragraph (BBC uses blank lines; the Reuters wire uses hard
// wraps and indents), other line breaks are joined with a space.
func Paragraphs(text string) []string {
	var out []string
	var cur []byte
	para := "" // the paragraph so far when it is a single line (no copy)
	lines := 0
	flush := func() {
		switch {
		case lines == 1:
			out = append(out, para)
		case lines > 1:
			out = append(out, string(cur))
		}
		cur, para, lines = cur[:0], "", 0
	}
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		t := strings.TrimSpace(line)
		if t == "" || line[0] == ' ' || line[0] == '\t' {
			flush()
		}
		if t == "" {
			continue
		}
		switch lines {
		case 0:
			para = t
		case 1:
			cur = append(append(append(cur[:0], para...), ' '), t...)
		default:
			cur = append(append(cur, ' '), t...)
		}
		lines++
	}
	flush()
	return out
}
