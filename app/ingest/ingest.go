package ingest

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dossierapp/dossier/app/extract"
	"github.com/dossierapp/dossier/app/internal/charset"
	"github.com/dossierapp/dossier/app/internal/hexstr"
	"github.com/dossierapp/dossier/app/internal/sha256"
)

// MaxSize is the largest article file accepted, imported or bundled: 5 MiB.
// A news article is a few KB of text; a saved page with its inline scripts
// and styles rarely passes 2 MB.
const MaxSize = 5 << 20

// Kinds of article files.
const (
	KindText     = "txt"
	KindMarkdown = "md"
	KindHTML     = "html"
)

// Reasons a file is refused, wrapped in a *FileError; test with errors.Is.
var (
	ErrUnsupported = errors.New("not an article file (.txt, .md, .markdown, .html, .htm or .mhtml)")
	ErrEmpty       = errors.New("empty file (no text)")
	ErrTooLarge    = errors.New("file too large (limit " + strconv.Itoa(MaxSize>>20) + " MB)")
	ErrBinary      = errors.New("binary file (NUL bytes or control characters), not text")
	ErrUndecodable = errors.New("text encoding not recognised (not UTF-8, UTF-16, nor a Western, Cyrillic, Central European or Baltic single-byte one)")
	ErrNoText      = errors.New("no article text found in the page")
	ErrNoPage      = errors.New("web archive holds no HTML page")
)

// FileError is a file that was refused: its name and why.
type FileError struct {
	Name string
	Err  error
	// Detail adds specifics to Err (the size of a file too large, the
	// charset a page declares), or is "".
	Detail string
}

// Error is "name: reason".
func (e *FileError) Error() string { return e.Name + ": " + e.Reason() }

// Reason is the error without the file's name: "reason: detail".
func (e *FileError) Reason() string {
	if e.Detail != "" {
		return e.Err.Error() + ": " + e.Detail
	}
	return e.Err.Error()
}

// Unwrap returns the reason, one of the Err values.
func (e *FileError) Unwrap() error { return e.Err }

// File is an article file as the pipeline takes it.
type File struct {
	// ID is the article's ID (see ID).
	ID string
	// Name is the file's base name.
	Name string
	// Kind is KindText, KindMarkdown or KindHTML, as sniffed.
	Kind string
	// Hash is the SHA-256 of the file's bytes, lower-case hex.
	Hash string
	// Size is the file's size in bytes.
	Size int
	// Encoding is what the bytes were read as ("UTF-8", "Windows-1251", ...).
	Encoding string
	// Guessed is set when Encoding was guessed (invalid UTF-8, no byte
	// order mark, no declared charset): worth a warning.
	Guessed bool
	// Text is the article text: the decoded file, or for HTML the extracted
	// main content (headline, then paragraphs).
	Text string
}

// Read reads an article file: its kind sniffed from name and content (see
// Sniff). Errors are *FileError values naming the file.
func Read(name string, data []byte) (File, error) {
	return ReadAs(name, Sniff(name, data), data)
}

// ReadAs reads an article file of a known kind.
func ReadAs(name, kind string, data []byte) (File, error) {
	name = BaseName(name)
	text, enc, guessed, err := decode(name, kind, data)
	if err != nil {
		return File{}, err
	}
	if kind == KindHTML {
		res, err := extract.FromString(text)
		if err != nil || strings.TrimSpace(res.Text) == "" {
			return File{}, &FileError{Name: name, Err: ErrNoText}
		}
		text = withMeta(res)
	}
	h := HashOf(data)
	return File{ID: ID(name, h), Name: name, Kind: kind, Hash: h, Size: len(data), Encoding: enc, Guessed: guessed, Text: text}, nil
}

// Decode is the file's bytes as UTF-8 text (for HTML, the page's source),
// with the checks Read makes before extraction: size, encoding, not empty,
// not binary.
func Decode(name, kind string, data []byte) (string, error) {
	text, _, _, err := decode(BaseName(name), kind, data)
	return text, err
}

func decode(name, kind string, data []byte) (text, enc string, guessed bool, err error) {
	if err := CheckSize(name, int64(len(data))); err != nil {
		return "", "", false, err
	}
	if kind == KindHTML && isMHTML(sniffHead(data)) {
		// A web archive: its page, which declares its charset as a
		// saved page does.
		if data = mhtmlPage(data); data == nil {
			return "", "", false, &FileError{Name: name, Err: ErrNoPage}
		}
	}
	text, enc, guessed, err = charset.Decode(data, kind == KindHTML)
	var unknown *charset.UnknownError
	switch {
	case errors.As(err, &unknown):
		return "", "", false, &FileError{Name: name, Err: ErrUndecodable, Detail: unknown.Detail}
	case err != nil:
		return "", "", false, &FileError{Name: name, Err: err}
	case isBlank(text):
		return "", "", false, &FileError{Name: name, Err: ErrEmpty}
	case looksBinary(text):
		return "", "", false, &FileError{Name: name, Err: ErrBinary}
	}
	return text, enc, guessed, nil
}

// CheckSize refuses a file over MaxSize, naming it; callers that can see a
// file's size before reading it check it first.
func CheckSize(name string, size int64) error {
	if size > MaxSize {
		return &FileError{Name: BaseName(name), Err: ErrTooLarge, Detail: strconv.FormatFloat(float64(size)/(1<<20), 'f', 1, 64) + " MB"}
	}
	return nil
}

// HashOf is the SHA-256 of data, lower-case hex.
func HashOf(data []byte) string {
	s := sha256.Sum256(data)
	return hexstr.Encode(s[:])
}

// BaseName drops any folder from a name ("a/b/c.txt" from a dropped folder,
// or a Windows path); a blank name is "untitled".
func BaseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 && i < len(name)-1 {
		name = name[i+1:]
	}
	name = strings.TrimSpace(name)
	if name == "" {
		name = "untitled"
	}
	return name
}

// isBlank reports text with nothing but white space (Unicode's: a lone
// no-break space is no article either).
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// looksBinary reports a NUL, or more than 1% control characters other than
// tab, newline, carriage return and form feed.
func looksBinary(s string) bool {
	if strings.IndexByte(s, 0) >= 0 {
		return true
	}
	ctrl := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F {
			ctrl++
		}
	}
	return ctrl*100 > len(s)
}
