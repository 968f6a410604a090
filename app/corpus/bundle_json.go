package corpus

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dossierapp/dossier/app/internal/minijson"
)

// The bundle is written and, when the fast path leaves it, read as
// encoding/json's Marshal and Unmarshal did, with their words for what is
// wrong: the library worker, which reads the bundle, does without
// encoding/json (about 130 KB gzip of its wasm).

// marshalJSON writes the bundle as json.Marshal did.
func marshalJSON(b Bundle) []byte {
	if b.Articles == nil {
		return []byte(`{"articles":null}`)
	}
	out := []byte(`{"articles":[`)
	for i, a := range b.Articles {
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, `{"id":`...)
		out = minijson.AppendString(out, a.ID, true)
		out = append(out, `,"source":`...)
		out = minijson.AppendString(out, a.Source, true)
		out = append(out, `,"name":`...)
		out = minijson.AppendString(out, a.Name, true)
		out = append(out, `,"size":`...)
		out = strconv.AppendInt(out, int64(a.Size), 10)
		out = append(out, `,"text":`...)
		out = minijson.AppendString(out, a.Text, true)
		out = append(out, '}')
	}
	return append(out, "]}"...)
}

// unmarshalJSON reads data as json.Unmarshal read it into a Bundle: keys
// matched without regard to case, others skipped, later keys winning (a
// second list of articles decoded over the first's), null leaving a value
// as it was, and the first error reported.
func unmarshalJSON(data []byte) (Bundle, error) {
	if err := minijson.Valid(data); err != nil {
		return Bundle{}, err
	}
	r := minijson.NewReader(data)
	var b Bundle
	switch c := r.Peek(); c {
	case '{':
	case 'n':
		return b, nil
	default:
		return Bundle{}, cannot(minijson.Kind(c), "Go value of type corpus.Bundle")
	}
	err := r.Object(func(key string) error {
		if !strings.EqualFold(key, "articles") {
			r.Value()
			return nil
		}
		switch c := r.Peek(); c {
		case '[':
		case 'n':
			r.Value()
			b.Articles = nil
			return nil
		default:
			r.Value()
			return cannot(minijson.Kind(c), "Go struct field Bundle.articles of type []corpus.Article")
		}
		arts, i := b.Articles, 0
		err := r.Array(func() error {
			if i == len(arts) {
				if i == cap(arts) {
					arts = append(arts, Article{})
				} else {
					arts = arts[:i+1]
				}
			}
			i++
			return readArticle(r, &arts[i-1])
		})
		if i == 0 {
			arts = []Article{}
		}
		b.Articles = arts[:i]
		return err
	})
	if err != nil {
		return Bundle{}, err
	}
	return b, nil
}

// readArticle reads one article over a.
func readArticle(r *minijson.Reader, a *Article) error {
	switch c := r.Peek(); c {
	case '{':
	case 'n':
		r.Value()
		return nil
	default:
		r.Value()
		return cannot(minijson.Kind(c), "Go struct field Bundle.articles of type corpus.Article")
	}
	return r.Object(func(key string) error {
		var dst *string
		switch {
		case strings.EqualFold(key, "id"):
			dst, key = &a.ID, "id"
		case strings.EqualFold(key, "source"):
			dst, key = &a.Source, "source"
		case strings.EqualFold(key, "name"):
			dst, key = &a.Name, "name"
		case strings.EqualFold(key, "text"):
			dst, key = &a.Text, "text"
		case strings.EqualFold(key, "size"):
			return readSize(r, &a.Size)
		default:
			r.Value()
			return nil
		}
		switch c := r.Peek(); c {
		case '"':
			*dst = minijson.Unquote(r.Value())
		case 'n':
			r.Value()
		default:
			r.Value()
			return cannot(minijson.Kind(c), "Go struct field Article.articles."+key+" of type string")
		}
		return nil
	})
}

func readSize(r *minijson.Reader, dst *int) error {
	const field = "Go struct field Article.articles.size of type int"
	switch c := r.Peek(); c {
	case 'n':
		r.Value()
	case '{', '[', '"', 't', 'f':
		r.Value()
		return cannot(minijson.Kind(c), field)
	default:
		lit := string(r.Value())
		n, err := strconv.ParseInt(lit, 10, 64)
		if err != nil || int64(int(n)) != n {
			return cannot("number "+lit, field)
		}
		*dst = int(n)
	}
	return nil
}

// cannot is encoding/json's UnmarshalTypeError message.
func cannot(value, into string) error {
	return errors.New("json: cannot unmarshal " + value + " into " + into)
}
