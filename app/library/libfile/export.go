package libfile

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/errwrap"
	"github.com/dossierapp/dossier/app/ingest"
	"github.com/dossierapp/dossier/app/internal/minijson"
	"github.com/dossierapp/dossier/app/library"
)

// Format and FormatVersion identify a library export file.
const (
	Format        = "dossier-library"
	FormatVersion = 1
)

// entryJSON is a library.Entry on the wire. Raw is "raw" (a JSON string) when it is
// valid UTF-8, else "rawBase64" (standard base64), so an export of text
// articles stays readable and any bytes survive.
type entryJSON struct {
	ID        string  `json:"id"`
	Name      string  `json:"name"`
	Kind      string  `json:"kind"`
	Hash      string  `json:"hash"`
	Added     string  `json:"added"`
	Hidden    bool    `json:"hidden"`
	UserDate  string  `json:"userDate"`
	Raw       *string `json:"raw,omitempty"`
	RawBase64 *string `json:"rawBase64,omitempty"`
}

// marshalEntry writes the entry as the export file does: Raw as "raw" text
// when it is valid UTF-8, else as "rawBase64". The bytes are encoding/json's
// for entryJSON with HTML left unescaped (minijson writes them: the library
// worker does without encoding/json).
func marshalEntry(e library.Entry) []byte {
	b := []byte(`{"id":`)
	b = minijson.AppendString(b, e.ID, false)
	b = append(b, `,"name":`...)
	b = minijson.AppendString(b, e.Name, false)
	b = append(b, `,"kind":`...)
	b = minijson.AppendString(b, e.Kind, false)
	b = append(b, `,"hash":`...)
	b = minijson.AppendString(b, e.Hash, false)
	b = append(b, `,"added":`...)
	b = minijson.AppendString(b, e.Added.Format(time.RFC3339Nano), false)
	b = append(b, `,"hidden":`...)
	b = strconv.AppendBool(b, e.Hidden)
	b = append(b, `,"userDate":`...)
	b = minijson.AppendString(b, e.UserDate, false)
	if utf8.Valid(e.Raw) {
		b = append(b, `,"raw":`...)
		b = minijson.AppendString(b, string(e.Raw), false)
	} else {
		b = append(b, `,"rawBase64":"`...)
		b = base64.StdEncoding.AppendEncode(b, e.Raw)
		b = append(b, '"')
	}
	return append(b, '}')
}

// unmarshalEntry reads into e an entry written by marshalEntry, refusing
// unknown fields and naming the field at fault. It does not check the
// content: see Validate.
func unmarshalEntry(e *library.Entry, data []byte) error {
	end, se := minijson.Scan(data)
	switch {
	case se != nil:
		return errors.New("invalid JSON: " + se.Error())
	case end < 0 && len(bytes.TrimLeft(data, " \t\r\n")) == 0:
		return errors.New(io.EOF.Error())
	case end < 0:
		return errors.New(io.ErrUnexpectedEOF.Error())
	}
	var w entryJSON
	if err := w.decode(minijson.NewReader(data[:end])); err != nil {
		return err
	}
	var out library.Entry
	out.ID, out.Name, out.Kind, out.Hash = w.ID, w.Name, w.Kind, w.Hash
	out.Hidden, out.UserDate = w.Hidden, w.UserDate
	switch {
	case w.Raw != nil && w.RawBase64 != nil:
		return errors.New("raw, rawBase64: only one of them may be given")
	case w.Raw != nil:
		out.Raw = []byte(*w.Raw)
	case w.RawBase64 != nil:
		if base64.StdEncoding.DecodedLen(len(*w.RawBase64)) > library.MaxFileSize+3 {
			return errors.New("rawBase64: " + ErrTooLarge.Error())
		}
		raw, err := base64.StdEncoding.DecodeString(*w.RawBase64)
		if err != nil {
			return errors.New("rawBase64: not valid base64: " + err.Error())
		}
		out.Raw = raw
	default:
		return errors.New("raw: missing (the article's content)")
	}
	if out.Raw == nil {
		out.Raw = []byte{}
	}
	if w.Added == "" {
		return errors.New("added: missing")
	}
	t, err := time.Parse(time.RFC3339Nano, w.Added)
	if err != nil {
		return errors.New("added: not an RFC 3339 time: " + strconv.Quote(truncate(w.Added, 40)))
	}
	out.Added = t.UTC()
	*e = out
	return nil
}

// Validate checks an entry as Import does, naming the field at fault: a
// URL-safe ID, a name, a known kind, content that FromFile would accept
// (size, not empty, not binary, decodable), a hash that matches it, an
// import time, and a valid reader's date.
func Validate(e library.Entry) error {
	switch {
	case e.ID == "":
		return errors.New("id: missing")
	case len(e.ID) > 200:
		return errors.New("id: longer than 200 characters")
	case !urlSafe(e.ID):
		return errors.New("id: " + strconv.Quote(truncate(e.ID, 40)) + " has characters other than A-Z a-z 0-9 _ -")
	case strings.TrimSpace(e.Name) == "":
		return errors.New("name: missing")
	case len(e.Name) > 1000:
		return errors.New("name: longer than 1000 bytes")
	case e.Kind != library.KindText && e.Kind != library.KindMarkdown && e.Kind != library.KindHTML:
		return errors.New("kind: " + strconv.Quote(truncate(e.Kind, 20)) + " is not txt, md or html")
	case !isHex64(e.Hash):
		return errors.New("hash: not a SHA-256 digest (64 lower-case hex digits)")
	case HashOf(e.Raw) != e.Hash:
		return errors.New("hash: does not match content")
	case e.Added.IsZero():
		return errors.New("added: missing")
	}
	if e.UserDate != "" {
		if _, err := time.Parse("2006-01-02", e.UserDate); err != nil || len(e.UserDate) != 10 {
			return errors.New("userDate: " + strconv.Quote(truncate(e.UserDate, 20)) + " is not a date (YYYY-MM-DD)")
		}
	}
	if _, err := ingest.Decode(e.Name, e.Kind, e.Raw); err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			return errors.New("raw: " + fe.Reason())
		}
		return errors.New("raw: " + err.Error())
	}
	return nil
}

// fileJSON is the export file.
type fileJSON struct {
	Format   *string  `json:"format"`
	Version  *int     `json:"version"`
	App      string   `json:"app,omitempty"`
	Exported string   `json:"exported,omitempty"`
	Entries  [][]byte `json:"entries"` // each entry's JSON
}

// Export writes the whole library as one JSON file:
//
//	{"format": "dossier-library", "version": 1, "app": version,
//	 "exported": "2024-05-01T12:00:00Z", "entries": [ {...}, ... ]}
//
// one entry per line, Raw as text when it is valid UTF-8 and as base64
// otherwise. appVersion is the app's version, for the record. It refuses
// entries Import would refuse, so what it writes always imports back.
func Export(entries []library.Entry, appVersion string) ([]byte, error) {
	return exportAt(entries, appVersion, time.Now())
}

func exportAt(entries []library.Entry, appVersion string, now time.Time) ([]byte, error) {
	// The head as json.Marshal wrote it (HTML escaped).
	head := []byte(`{"format":"` + Format + `","version":` + strconv.Itoa(FormatVersion) + `,"app":`)
	head = minijson.AppendString(head, appVersion, true)
	head = append(head, `,"exported":`...)
	head = minijson.AppendString(head, now.UTC().Format(time.RFC3339), true)
	seen := make(map[string]int, len(entries))
	var buf bytes.Buffer
	buf.Write(head)
	buf.WriteString(`,"entries":[`)
	for i, e := range entries {
		if err := Validate(e); err != nil {
			return nil, errwrap.New("entries["+strconv.Itoa(i)+"] ("+e.Name+"): "+err.Error(), err)
		}
		if j, dup := seen[e.ID]; dup {
			return nil, errors.New("entries[" + strconv.Itoa(i) + "].id: " + strconv.Quote(e.ID) + " is also entries[" + strconv.Itoa(j) + "]'s")
		}
		seen[e.ID] = i
		b := marshalEntry(e)
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n")
		buf.Write(b)
	}
	buf.WriteString("\n]}\n")
	return buf.Bytes(), nil
}

// Sniff reports whether data looks like a library export file (so an
// importer can tell one from an article), without validating it.
func Sniff(data []byte) bool {
	head := data[:min(len(data), 256)]
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.TrimLeft(head, " \t\r\n")
	return bytes.HasPrefix(head, []byte("{")) && bytes.Contains(head, []byte(`"`+Format+`"`))
}

// Import reads a library export file. It validates strictly and names what
// is wrong ("entries[3].hash: does not match content"); on any error it
// returns no entries. It never panics.
func Import(data []byte) ([]library.Entry, error) {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	end, se := minijson.Scan(data)
	switch {
	case se != nil:
		line, col := position(data, se.Offset-1)
		return nil, errors.New("not a Dossier library file: invalid JSON at line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ": " + se.Error())
	case end < 0:
		return nil, errors.New("not a Dossier library file: empty or cut short")
	}
	var f fileJSON
	if err := f.decode(minijson.NewReader(data[:end])); err != nil {
		if te, ok := err.(*typeError); ok && te.field == "" {
			return nil, errors.New("not a Dossier library file: not a JSON object")
		}
		return nil, errors.New("not a Dossier library file: " + err.Error())
	}
	if len(bytes.TrimLeft(data[end:], " \t\r\n")) > 0 {
		return nil, errors.New("not a Dossier library file: data after the JSON object")
	}
	switch {
	case f.Format == nil:
		return nil, errors.New("not a Dossier library file: format: missing")
	case *f.Format != Format:
		return nil, errors.New("not a Dossier library file: format: " + strconv.Quote(truncate(*f.Format, 40)) + ", want " + strconv.Quote(Format))
	case f.Version == nil:
		return nil, errors.New("version: missing")
	case *f.Version > FormatVersion:
		return nil, errors.New("version: " + strconv.Itoa(*f.Version) + " is newer than this app reads (" + strconv.Itoa(FormatVersion) + "); update Dossier")
	case *f.Version != FormatVersion:
		return nil, errors.New("version: " + strconv.Itoa(*f.Version) + " is not a known version (" + strconv.Itoa(FormatVersion) + ")")
	case f.Entries == nil:
		return nil, errors.New("entries: missing")
	}
	if f.Exported != "" {
		if _, err := time.Parse(time.RFC3339Nano, f.Exported); err != nil {
			return nil, errors.New("exported: not an RFC 3339 time: " + strconv.Quote(truncate(f.Exported, 40)))
		}
	}
	out := make([]library.Entry, len(f.Entries))
	seen := make(map[string]int, len(f.Entries))
	for i, raw := range f.Entries {
		if err := unmarshalEntry(&out[i], raw); err != nil {
			return nil, errors.New("entries[" + strconv.Itoa(i) + "]" + fieldSep(err))
		}
		if err := Validate(out[i]); err != nil {
			return nil, errors.New("entries[" + strconv.Itoa(i) + "]" + fieldSep(err))
		}
		if j, dup := seen[out[i].ID]; dup {
			return nil, errors.New("entries[" + strconv.Itoa(i) + "].id: " + strconv.Quote(out[i].ID) + " is also entries[" + strconv.Itoa(j) + "]'s")
		}
		seen[out[i].ID] = i
	}
	return out, nil
}

// ImportFile reads the library export file named name as the library
// worker imports one: Import, then each entry's text (WithText). An error
// is a *FileError naming the file.
func ImportFile(name string, data []byte) ([]library.Entry, error) {
	es, err := Import(data)
	for i := 0; err == nil && i < len(es); i++ {
		es[i], err = WithText(es[i])
	}
	if err != nil {
		return nil, &FileError{Name: name, Err: err}
	}
	return es, nil
}

// fieldSep joins an entry's index to an error that starts with a field name
// ("hash: ...") as ".hash: ...", and to other errors as ": ...".
func fieldSep(err error) string {
	s := err.Error()
	if i := strings.Index(s, ": "); i > 0 && isFieldPath(s[:i]) {
		return "." + s
	}
	return ": " + s
}

func isFieldPath(s string) bool {
	for _, f := range strings.Split(s, ", ") {
		switch f {
		case "id", "name", "kind", "hash", "added", "hidden", "userDate", "raw", "rawBase64":
		default:
			return false
		}
	}
	return true
}

func position(data []byte, off int64) (line, col int) {
	off = max(0, min(off, int64(len(data))))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

func urlSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func isHex64(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
