// Package search is Dossier's full-text index: Unicode folding, BM25F ranking
// over weighted fields, a fuzzy vocabulary (bounded Damerau edit distance and
// sahilm/fuzzy subsequence matching), prefix completion of the word being
// typed, quoted phrases, and snippets with highlighted character ranges.
//
// The index only ever sees clean text: callers pass the paragraphs that the
// cleanup stage kept, so boilerplate that was removed cannot be found.
//
// The package is plain Go (no browser dependencies) and is fast enough to run
// on every keystroke in WebAssembly over tens of thousands of articles:
// integer term IDs, per-term posting lists with per-field frequencies,
// precomputed length normalisation, a bounded top-k heap, and a cache of
// query-word expansions from the previous keystrokes.
package search

// Doc is one article as the index sees it: clean text only.
type Doc struct {
	// ID identifies the article to the caller; it is returned in Hit.ID.
	ID string
	// Title is the headline ("" if the article has none).
	Title string
	// Publisher is the publishing site or agency ("" if unknown).
	Publisher string
	// Date is the publication date as YYYY-MM-DD, or "" if unknown.
	Date string
	// Headings are the section headings kept by the cleanup.
	Headings []string
	// Body holds the clean paragraphs, in order.
	Body []string
	// Names are people and places mentioned in the article.
	Names []string
}

// Options narrows and orders a search.
type Options struct {
	// Limit is the maximum number of hits; 0 means DefaultLimit.
	Limit int
	// From and To bound Doc.Date (inclusive, YYYY-MM-DD). When either is
	// set, documents without a date are left out.
	From, To string
	// Publisher keeps only documents whose publisher folds to the same text.
	Publisher string
	// SortByDate orders hits newest first (undated last) instead of by score.
	SortByDate bool
}

// Hit is one search result.
type Hit struct {
	// ID is the Doc.ID of the matching document.
	ID string
	// Score orders hits: higher is better. Hits whose query words all match
	// exactly score above hits that needed fuzzy matching, which score above
	// hits that only matched a prefix of the word being typed, which score
	// above hits that needed a near neighbour of a short word that is itself
	// in the index ("son" for "sun").
	Score float64
	// Title is the document's title.
	Title string
	// Snippet is a short passage around the best match.
	Snippet string
	// Highlights are [start, end) rune (character) offsets into Snippet.
	Highlights [][2]int
	// TitleHighlights are [start, end) rune offsets into Title.
	TitleHighlights [][2]int
	// Exact is true when every query word matched exactly (no fuzzy or
	// prefix expansion was needed).
	Exact bool
}

// DefaultLimit is the number of hits returned when Options.Limit is 0.
const DefaultLimit = 20

// Limits on queries, so that hostile or accidental input stays cheap.
const (
	// MaxQueryRunes is how many characters of a query are read.
	MaxQueryRunes = 256
	// MaxQueryWords is how many words of a query are used.
	MaxQueryWords = 12
	// MaxTermBytes is the longest term indexed or searched (longer ones are cut).
	MaxTermBytes = 48
	// MaxLimit caps Options.Limit.
	MaxLimit = 1000
)
