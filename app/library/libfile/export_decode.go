package libfile

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dossierapp/dossier/app/internal/minijson"
)

// The export file is read as encoding/json read it into entryJSON and
// fileJSON with unknown fields refused (the library worker does without
// encoding/json): a key names the field it equals without regard to case,
// a later key wins, null leaves a string or bool as it was and empties a
// pointer or list, and the first error is the one reported, in the words
// the file's errors always used.

// typeError is a value of the wrong JSON type for a field, or for the
// whole value when field is "".
type typeError struct{ field, want, got string }

func (e *typeError) Error() string {
	if e.field == "" {
		return "want a JSON object, got " + e.got
	}
	return e.field + ": want " + e.want + ", got " + e.got
}

var entryFields = []string{"id", "name", "kind", "hash", "added", "hidden", "userDate", "raw", "rawBase64"}

// decode reads an entry.
func (w *entryJSON) decode(r *minijson.Reader) error {
	return decodeObject(r, entryFields, func(i int) error {
		name := entryFields[i]
		switch i {
		case 0:
			return jsonString(r, name, &w.ID)
		case 1:
			return jsonString(r, name, &w.Name)
		case 2:
			return jsonString(r, name, &w.Kind)
		case 3:
			return jsonString(r, name, &w.Hash)
		case 4:
			return jsonString(r, name, &w.Added)
		case 5:
			return jsonBool(r, name, &w.Hidden)
		case 6:
			return jsonString(r, name, &w.UserDate)
		case 7:
			return jsonStringPtr(r, name, &w.Raw)
		}
		return jsonStringPtr(r, name, &w.RawBase64)
	})
}

var fileFields = []string{"format", "version", "app", "exported", "entries"}

// decode reads the export file, each entry's JSON kept for unmarshalEntry.
func (f *fileJSON) decode(r *minijson.Reader) error {
	return decodeObject(r, fileFields, func(i int) error {
		name := fileFields[i]
		switch i {
		case 0:
			return jsonStringPtr(r, name, &f.Format)
		case 1:
			return jsonIntPtr(r, name, &f.Version)
		case 2:
			return jsonString(r, name, &f.App)
		case 3:
			return jsonString(r, name, &f.Exported)
		}
		switch c := r.Peek(); c {
		case '[':
			es := [][]byte{}
			r.Array(func() error {
				es = append(es, r.Value())
				return nil
			})
			f.Entries = es
		case 'n':
			r.Value()
			f.Entries = nil
		default:
			r.Value()
			return &typeError{name, "an array", minijson.Kind(c)}
		}
		return nil
	})
}

// decodeObject reads an object whose fields are names, set reading the
// value of names[i]; null is an object without fields.
func decodeObject(r *minijson.Reader, names []string, set func(i int) error) error {
	switch c := r.Peek(); c {
	case '{':
	case 'n':
		r.Value()
		return nil
	default:
		r.Value()
		return &typeError{got: minijson.Kind(c)}
	}
	return r.Object(func(key string) error {
		for i, n := range names {
			if strings.EqualFold(key, n) {
				return set(i)
			}
		}
		return errors.New("unknown field " + strconv.Quote(key))
	})
}

func jsonString(r *minijson.Reader, field string, dst *string) error {
	switch c := r.Peek(); c {
	case '"':
		*dst = minijson.Unquote(r.Value())
	case 'n':
		r.Value()
	default:
		r.Value()
		return &typeError{field, "a string", minijson.Kind(c)}
	}
	return nil
}

func jsonStringPtr(r *minijson.Reader, field string, dst **string) error {
	if r.Peek() == 'n' {
		r.Value()
		*dst = nil
		return nil
	}
	var s string
	if err := jsonString(r, field, &s); err != nil {
		return err
	}
	*dst = &s
	return nil
}

func jsonBool(r *minijson.Reader, field string, dst *bool) error {
	switch c := r.Peek(); c {
	case 't', 'f':
		*dst = c == 't'
	case 'n':
	default:
		r.Value()
		return &typeError{field, "true or false", minijson.Kind(c)}
	}
	r.Value()
	return nil
}

func jsonIntPtr(r *minijson.Reader, field string, dst **int) error {
	switch c := r.Peek(); c {
	case 'n':
		r.Value()
		*dst = nil
	case '{', '[', '"', 't', 'f':
		r.Value()
		return &typeError{field, "an integer", minijson.Kind(c)}
	default:
		lit := string(r.Value())
		n, err := strconv.ParseInt(lit, 10, 64)
		if err != nil || int64(int(n)) != n {
			return &typeError{field, "an integer", "number " + lit}
		}
		v := int(n)
		*dst = &v
	}
	return nil
}
