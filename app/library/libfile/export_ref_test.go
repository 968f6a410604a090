package libfile

// The export file's reader and writer as they were written with
// encoding/json, before the library worker did without it: the reference
// that export_decode.go and marshalEntry must match byte for byte and
// error for error (TestImportAsEncodingJSON, FuzzImportAsEncodingJSON).

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/library"
)

type refEntryJSON struct {
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

func refMarshal(e library.Entry) ([]byte, error) {
	w := refEntryJSON{ID: e.ID, Name: e.Name, Kind: e.Kind, Hash: e.Hash,
		Added: e.Added.Format(time.RFC3339Nano), Hidden: e.Hidden, UserDate: e.UserDate}
	if utf8.Valid(e.Raw) {
		s := string(e.Raw)
		w.Raw = &s
	} else {
		s := base64.StdEncoding.EncodeToString(e.Raw)
		w.RawBase64 = &s
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(w); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

func refUnmarshal(e *library.Entry, data []byte) error {
	var w refEntryJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return refJSONError(err)
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
			return fmt.Errorf("rawBase64: %v", ErrTooLarge)
		}
		raw, err := base64.StdEncoding.DecodeString(*w.RawBase64)
		if err != nil {
			return fmt.Errorf("rawBase64: not valid base64: %v", err)
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
		return fmt.Errorf("added: not an RFC 3339 time: %q", truncate(w.Added, 40))
	}
	out.Added = t.UTC()
	*e = out
	return nil
}

type refFileJSON struct {
	Format   *string           `json:"format"`
	Version  *int              `json:"version"`
	App      string            `json:"app,omitempty"`
	Exported string            `json:"exported,omitempty"`
	Entries  []json.RawMessage `json:"entries"`
}

func refExportAt(entries []library.Entry, appVersion string, now time.Time) ([]byte, error) {
	head, err := json.Marshal(struct {
		Format   string `json:"format"`
		Version  int    `json:"version"`
		App      string `json:"app"`
		Exported string `json:"exported"`
	}{Format, FormatVersion, appVersion, now.UTC().Format(time.RFC3339)})
	if err != nil {
		return nil, err
	}
	seen := make(map[string]int, len(entries))
	var buf bytes.Buffer
	buf.Write(head[:len(head)-1])
	buf.WriteString(`,"entries":[`)
	for i, e := range entries {
		if err := Validate(e); err != nil {
			return nil, fmt.Errorf("entries[%d] (%s): %w", i, e.Name, err)
		}
		if j, dup := seen[e.ID]; dup {
			return nil, fmt.Errorf("entries[%d].id: %q is also entries[%d]'s", i, e.ID, j)
		}
		seen[e.ID] = i
		b, err := refMarshal(e)
		if err != nil {
			return nil, fmt.Errorf("entries[%d] (%s): %w", i, e.Name, err)
		}
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n")
		buf.Write(b)
	}
	buf.WriteString("\n]}\n")
	return buf.Bytes(), nil
}

func refImport(data []byte) ([]library.Entry, error) {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	var f refFileJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			line, col := position(data, se.Offset-1)
			return nil, fmt.Errorf("not a Dossier library file: invalid JSON at line %d, column %d: %v", line, col, se)
		case errors.As(err, &te) && te.Field == "":
			return nil, errors.New("not a Dossier library file: not a JSON object")
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			return nil, errors.New("not a Dossier library file: empty or cut short")
		}
		return nil, fmt.Errorf("not a Dossier library file: %v", refJSONError(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("not a Dossier library file: data after the JSON object")
	}
	switch {
	case f.Format == nil:
		return nil, errors.New("not a Dossier library file: format: missing")
	case *f.Format != Format:
		return nil, fmt.Errorf("not a Dossier library file: format: %q, want %q", truncate(*f.Format, 40), Format)
	case f.Version == nil:
		return nil, errors.New("version: missing")
	case *f.Version > FormatVersion:
		return nil, fmt.Errorf("version: %d is newer than this app reads (%d); update Dossier", *f.Version, FormatVersion)
	case *f.Version != FormatVersion:
		return nil, fmt.Errorf("version: %d is not a known version (%d)", *f.Version, FormatVersion)
	case f.Entries == nil:
		return nil, errors.New("entries: missing")
	}
	if f.Exported != "" {
		if _, err := time.Parse(time.RFC3339Nano, f.Exported); err != nil {
			return nil, fmt.Errorf("exported: not an RFC 3339 time: %q", truncate(f.Exported, 40))
		}
	}
	out := make([]library.Entry, len(f.Entries))
	seen := make(map[string]int, len(f.Entries))
	for i, raw := range f.Entries {
		if err := refUnmarshal(&out[i], raw); err != nil {
			return nil, fmt.Errorf("entries[%d]%s", i, fieldSep(err))
		}
		if err := Validate(out[i]); err != nil {
			return nil, fmt.Errorf("entries[%d]%s", i, fieldSep(err))
		}
		if j, dup := seen[out[i].ID]; dup {
			return nil, fmt.Errorf("entries[%d].id: %q is also entries[%d]'s", i, out[i].ID, j)
		}
		seen[out[i].ID] = i
	}
	return out, nil
}

func refJSONError(err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te) && te.Field != "":
		return fmt.Errorf("%s: want %s, got %s", te.Field, refTypeName(te.Type.Kind().String()), te.Value)
	case errors.As(err, &te):
		return fmt.Errorf("want a JSON object, got %s", te.Value)
	case errors.As(err, &se):
		return fmt.Errorf("invalid JSON: %v", se)
	}
	s := err.Error()
	if strings.HasPrefix(s, "json: unknown field ") {
		return errors.New("unknown field " + strings.TrimPrefix(s, "json: unknown field "))
	}
	return errors.New(strings.TrimPrefix(s, "json: "))
}

func refTypeName(kind string) string {
	switch kind {
	case "string", "ptr":
		return "a string"
	case "bool":
		return "true or false"
	case "int":
		return "an integer"
	case "slice":
		return "an array"
	}
	return kind
}
