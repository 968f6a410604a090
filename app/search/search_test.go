package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// ids returns the hit IDs in order.
func ids(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

// The seed judgements: which of the five seed articles a reader looking for
// each query wants, read off the articles themselves.
func TestSeedQueries(t *testing.T) {
	ix := Build(seedDocs(t))
	tests := []struct {
		q     string
		want  []string // exactly these, in any order
		first string   // and this one first, if set
	}{
		// Misspellings.
		{q: "Pyongyng", want: []string{"000", "001", "002", "003", "004"}},
		{q: "Pyongyang ", want: []string{"000", "001", "002", "003", "004"}},
		{q: "liason offise", want: []string{"000", "001"}},
		{q: "Lavorv", want: []string{"002"}},
		{q: "Zakharva", want: []string{"002"}},
		{q: "Kremlim", want: []string{"000"}},
		{q: "Peksov", want: []string{"000"}},
		// Hyphen and spelling variants.
		{q: "Choe Son-hui", want: []string{"002", "003"}},
		{q: "Choe Son Hui", want: []string{"002", "003"}},
		{q: "choe son hwi", want: []string{"002", "003"}}, // a misremembered three-letter syllable
		{q: "choe son hui ", want: []string{"002", "003"}},
		{q: "Kim Jong-un", want: []string{"000", "001", "002", "003", "004"}},
		{q: "Kim Jong Un", want: []string{"000", "001", "002", "003", "004"}},
		{q: "defense", want: []string{"002", "003"}, first: "003"},
		{q: "defence", want: []string{"002", "003"}, first: "002"},
		// Names and places.
		{q: "Kim Yo Jong", want: []string{"000"}},
		{q: "Peskov", want: []string{"000"}},
		{q: "Kang Sun-nam", want: []string{"003"}},
		{q: "Crocus City Hall", want: []string{"003"}},
		{q: "Kaesong", want: []string{"001"}},
		{q: "Yonhap", want: nil}, // only in a removed photo credit
		// Prefix while typing.
		{q: "Kaes", want: []string{"001"}},
		{q: "Lavr", want: []string{"002"}},
		{q: "Zakh", want: []string{"002"}},
		{q: "crocus ci", want: []string{"003"}},
		// Phrases.
		{q: `"liaison office"`, want: []string{"000", "001"}},
		{q: `"joint liaison office"`, want: []string{"000", "001"}},
		{q: `"office liaison"`, want: nil},
		{q: `"concert hall"`, want: []string{"004"}},
		{q: `"Choe Son-hui"`, want: []string{"002", "003"}},
		// Boilerplate that only occurs in removed text finds nothing.
		{q: "Remind me later", want: nil},
		{q: "paiment", want: nil},
		{q: "paiment methods", want: nil},
		{q: "weekly newsletter", want: nil},
		{q: "Privacy Policy", want: nil},
		{q: "Advertisment", want: nil},
		{q: "undesirable organization", want: nil},
		{q: "Flickr", want: nil},
	}
	for _, tc := range tests {
		hits := ix.Search(tc.q, Options{})
		got := ids(hits)
		g, w := slices.Clone(got), slices.Clone(tc.want)
		slices.Sort(g)
		slices.Sort(w)
		if !slices.Equal(g, w) {
			t.Errorf("Search(%q) = %v, want %v", tc.q, got, tc.want)
			continue
		}
		if tc.first != "" && got[0] != tc.first {
			t.Errorf("Search(%q) = %v, want %s first", tc.q, got, tc.first)
		}
	}
}

func TestExactBeatsFuzzyBeatsPrefix(t *testing.T) {
	ix := Build([]Doc{
		{ID: "prefix", Body: []string{"The defenseless town was quiet."}},
		{ID: "fuzzy", Body: []string{"A defence pact was signed, a defence pact for defence."}},
		{ID: "exact", Body: []string{"The defense minister spoke at length about many other things too."}},
	})
	got := ids(ix.Search("defense", Options{}))
	if !slices.Equal(got, []string{"exact", "fuzzy", "prefix"}) {
		t.Fatalf("got %v, want exact, fuzzy, prefix", got)
	}
	hits := ix.Search("defense", Options{})
	if !hits[0].Exact || hits[1].Exact {
		t.Errorf("Exact flags: %v %v", hits[0].Exact, hits[1].Exact)
	}
	if !(hits[0].Score > hits[1].Score && hits[1].Score > hits[2].Score) {
		t.Errorf("scores not decreasing: %v %v %v", hits[0].Score, hits[1].Score, hits[2].Score)
	}
	// A finished word (followed by a space) does not match completions.
	if got := ids(ix.Search("defense ", Options{})); slices.Contains(got, "prefix") {
		t.Errorf("completed word matched completions: %v", got)
	}
}

func TestFolding(t *testing.T) {
	tests := map[string]string{
		"Kyïv":           "kyiv",
		"KYIV":           "kyiv",
		"Pyŏngyang":      "pyongyang",
		"Choe Son-hui":   "choe son hui",
		"Korea's":        "korea",
		"Korea’s troops": "korea troops",
		"doesn't":        "doesnt",
		"Straße":         "strasse",
		"Ærø":            "aero",
		"Łódź":           "lodz",
		"Kyi\u0308v":     "kyiv", // combining diaeresis
		"Zürich—Genève":  "zurich geneve",
		"\u0301":         "",
		"北京":             "北 京",
		"서울":             "서울",
		"Москва":         "москва",
		"1.13bn (£600m)": "1 13bn 600m",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	ix := Build([]Doc{{ID: "k", Title: "Drone strike on Kyïv", Body: []string{"Officials in Pyŏngyang said so."}}})
	for _, q := range []string{"kyiv", "KYIV", "Kyïv", "pyongyang", "Pyŏngyang"} {
		if len(ix.Search(q+" ", Options{})) != 1 {
			t.Errorf("Search(%q) found nothing", q)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		d    int
	}{
		{"liason", "liaison", 1}, {"lavorv", "lavrov", 1}, {"defense", "defence", 1},
		{"pyongyng", "pyongyang", 1}, {"zakharva", "zakharova", 1}, {"abc", "abc", 0},
		{"kitten", "sitting", 3}, {"ab", "ba", 1},
	}
	rows := make([]int, 64)
	for _, tc := range tests {
		if got := editDistance([]rune(tc.a), []rune(tc.b), 3, rows); got != tc.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.d)
		}
	}
	if got := editDistance([]rune("kitten"), []rune("sitting"), 1, rows); got != 2 {
		t.Errorf("bounded distance = %d, want 2 (max+1)", got)
	}
}

func TestSnippetHighlights(t *testing.T) {
	ix := Build(seedDocs(t))
	for _, q := range []string{"Kaesong", "liason offise", "Kaes", "Pyongyng", "Kim Jong-un", "Blue House", "Korea’s"} {
		for _, h := range ix.Search(q, Options{}) {
			if h.Snippet == "" || len(h.Highlights) == 0 {
				t.Errorf("%q: hit %s has snippet %q, highlights %v", q, h.ID, h.Snippet, h.Highlights)
			}
			checkRanges(t, q, h.Snippet, h.Highlights)
			checkRanges(t, q, h.Title, h.TitleHighlights)
			if n := utf8.RuneCountInString(h.Snippet); n > snippetRunes+2 {
				t.Errorf("%q: snippet of %d characters", q, n)
			}
		}
	}
	hits := ix.Search("Kaes", Options{})
	if len(hits) != 1 {
		t.Fatalf("Kaes: %v", ids(hits))
	}
	if got := highlighted(hits[0].Snippet, hits[0].Highlights); !slices.Equal(got, []string{"Kaes"}) {
		t.Errorf("Kaes highlights %q in %q", got, hits[0].Snippet)
	}
	hits = ix.Search("liaison office", Options{})
	if len(hits) == 0 || len(hits[0].TitleHighlights) == 0 {
		t.Fatalf("no title highlights for liaison office")
	}
	if got := highlighted(hits[0].Title, hits[0].TitleHighlights); !slices.Contains(got, "Liaison") {
		t.Errorf("title highlights %q", got)
	}
	// Offsets are characters, not bytes: text with multi-byte runes before
	// the match.
	ix = Build([]Doc{{ID: "x", Title: "Ünïcödé — Kyïv ‘talks’", Body: []string{"Ünïcödé “quotes” — then Kyïv and Pyŏngyang."}}})
	h := ix.Search("kyiv pyongyang", Options{})
	if len(h) != 1 {
		t.Fatal("no hit")
	}
	if got := highlighted(h[0].Snippet, h[0].Highlights); !slices.Equal(got, []string{"Kyïv", "Pyŏngyang"}) {
		t.Errorf("highlights %q", got)
	}
	if got := highlighted(h[0].Title, h[0].TitleHighlights); !slices.Equal(got, []string{"Kyïv"}) {
		t.Errorf("title highlights %q", got)
	}
}

// highlighted returns the highlighted substrings.
func highlighted(s string, hl [][2]int) []string {
	r := []rune(s)
	var out []string
	for _, h := range hl {
		out = append(out, string(r[h[0]:h[1]]))
	}
	return out
}

// checkRanges checks that ranges are ordered, non-empty and inside s.
func checkRanges(t *testing.T, q, s string, hl [][2]int) {
	t.Helper()
	n := utf8.RuneCountInString(s)
	prev := 0
	for _, h := range hl {
		if h[0] < prev || h[1] <= h[0] || h[1] > n {
			t.Errorf("%q: bad range %v in %q (%d runes)", q, h, s, n)
		}
		prev = h[1]
	}
}

func TestSnippetWindow(t *testing.T) {
	long := strings.Repeat("filler words here and there. ", 30) + "The needle is here. " + strings.Repeat("more filler text follows. ", 30)
	ix := Build([]Doc{{ID: "a", Body: []string{"short", long}}})
	h := ix.Search("needle", Options{})
	if len(h) != 1 {
		t.Fatal("no hit")
	}
	s := h[0].Snippet
	if !strings.HasPrefix(s, "…") || !strings.HasSuffix(s, "…") || !strings.Contains(s, "needle") {
		t.Errorf("snippet %q", s)
	}
	if got := highlighted(s, h[0].Highlights); !slices.Equal(got, []string{"needle"}) {
		t.Errorf("highlights %q", got)
	}
}

func TestFiltersAndSort(t *testing.T) {
	ix := Build(seedDocs(t))
	got := ids(ix.Search("Putin", Options{From: "2024-01-01"}))
	slices.Sort(got)
	if !slices.Equal(got, []string{"003", "004"}) {
		t.Errorf("date filter: %v", got)
	}
	if got := ids(ix.Search("Putin", Options{To: "2024-03-24"})); !slices.Equal(got, []string{"004"}) {
		t.Errorf("To filter: %v", got)
	}
	got = ids(ix.Search("Korea", Options{Publisher: "the moscow TIMES"}))
	slices.Sort(got)
	if !slices.Equal(got, []string{"000", "002"}) {
		t.Errorf("publisher filter: %v", got)
	}
	got = ids(ix.Search("Putin", Options{SortByDate: true}))
	if len(got) < 2 || got[0] != "003" || got[1] != "004" {
		t.Errorf("sort by date: %v", got)
	}
	if got := ix.Search("Korea", Options{Limit: 2}); len(got) != 2 {
		t.Errorf("limit: %d hits", len(got))
	}
}

func TestAdd(t *testing.T) {
	docs := seedDocs(t)
	ix := Build(docs[:4])
	if len(ix.Search("heartfelt", Options{})) != 0 {
		t.Fatal("004 found before it was added")
	}
	_ = ix.Search("heart", Options{}) // warm the caches
	ix.Add(docs[4])
	if got := ids(ix.Search("heart", Options{})); !slices.Equal(got, []string{"004"}) {
		t.Errorf("after Add: %v", got)
	}
	if got := ids(ix.Search("Pyongyng", Options{})); len(got) != 5 {
		t.Errorf("after Add: %v", got)
	}
	ix.Add(Doc{ID: "new", Title: "Zebra crossing", Body: []string{"A zebra crossed."}})
	if got := ids(ix.Search("zebr", Options{})); !slices.Equal(got, []string{"new"}) {
		t.Errorf("after Add: %v", got)
	}
	if ix.Len() != 6 {
		t.Errorf("Len = %d", ix.Len())
	}
}

func TestBadInput(t *testing.T) {
	ix := Build(seedDocs(t))
	long := strings.Repeat("Pyongyang liaison ", 600)
	inputs := []string{
		"", " ", "\"", `""`, `"unclosed phrase`, long, strings.Repeat("a", 10000),
		`.*+?()[]{}|^$\`, "(?i)kim.*", "🇰🇵🚀💥", "🚀 Kim", "مرحبا بالعالم", "שלום",
		"\u0301", "\u0301\u0301\u0301", "a\u0301", "\x00\xff\xfe", "\u202eKim", "\u200b",
		strings.Repeat("\"a b\" ", 100), strings.Repeat("x", MaxTermBytes*3),
	}
	for _, q := range inputs {
		_ = ix.Search(q, Options{Limit: -5})
		_ = ix.Search(q, Options{Limit: 1 << 30, SortByDate: true, From: "x", To: "\xff"})
	}
	if got := ix.Search("", Options{}); len(got) != 0 {
		t.Errorf("empty query: %v", got)
	}
	pq := parseQuery(long)
	if len(pq.words) > MaxQueryWords {
		t.Errorf("%d words", len(pq.words))
	}
	var empty Index
	_ = empty.Search("x", Options{})
	empty.Add(Doc{ID: "a", Body: []string{"hello"}})
	if len(empty.Search("hello", Options{})) != 1 {
		t.Error("zero Index + Add")
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		q    string
		want string
	}{
		{"kim jong", "kim jong*"},
		{"kim jong ", "kim jong"},
		{`"liaison office" kaes`, `[liaison office] kaes*`},
		{`"liaison off`, `[liaison off*]`},
		{`"kim"`, `kim!`},
		{"kim kim kim", "kim kim*"},
		{"kim kim kim ", "kim"},
		{`"a b" "a b" "a b"`, `[a b]`},
		{`"a b" "b a"`, `[a b] [b a]`},
	}
	for _, tc := range tests {
		pq := parseQuery(tc.q)
		var parts []string
		inPhrase := map[int]bool{}
		for _, ph := range pq.phrases {
			var ws []string
			for _, i := range ph {
				inPhrase[i] = true
				ws = append(ws, fmtWord(pq.words[i]))
			}
			parts = append(parts, "["+strings.Join(ws, " ")+"]")
		}
		for i, w := range pq.words {
			if !inPhrase[i] {
				parts = append(parts, fmtWord(w))
			}
		}
		if got := strings.Join(parts, " "); got != tc.want {
			t.Errorf("parseQuery(%q) = %s, want %s", tc.q, got, tc.want)
		}
	}
}

func fmtWord(w qword) string {
	s := w.text
	if w.prefix {
		s += "*"
	}
	if w.exact && w.phrase < 0 {
		s += "!"
	}
	return s
}

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"Pyongyng", `"liaison office"`, "Kaes", "\u0301", "🚀", "مرحبا", "(.*)", "Choe Son-hui", ""} {
		f.Add(s)
	}
	ix := Build(seedDocs(f))
	f.Fuzz(func(t *testing.T, q string) {
		for _, h := range ix.Search(q, Options{Limit: 5}) {
			checkRanges(t, q, h.Snippet, h.Highlights)
			checkRanges(t, q, h.Title, h.TitleHighlights)
		}
		_ = Fold(q)
	})
}

func ExampleIndex_Search() {
	ix := Build([]Doc{
		{ID: "a", Title: "Talks in Pyongyang", Body: []string{"Foreign Minister Choe Son-hui met Sergei Lavrov."}},
		{ID: "b", Title: "Weather", Body: []string{"Rain in Seoul."}},
	})
	for _, h := range ix.Search("choe son hui lavorv", Options{}) {
		fmt.Println(h.ID, h.Snippet, highlighted(h.Snippet, h.Highlights))
	}
	// Output: a Foreign Minister Choe Son-hui met Sergei Lavrov. [Choe Son hui Lavrov]
}

func TestByteToRuneRanges(t *testing.T) {
	// "Kyïv…": ï and … are two and three bytes long.
	s := "Kyïv…Kyiv"
	got := byteToRuneRanges(s, []int{0, 1, 2, 4, 8, 9})
	want := [][2]int{{0, 4}, {5, 7}}
	if !slices.Equal(got, want) {
		t.Errorf("byteToRuneRanges = %v, want %v", got, want)
	}
}

func TestFuzzyTitleHighlights(t *testing.T) {
	ix := Build([]Doc{{ID: "p", Title: "Talks in Pyongyang", Body: []string{"Nothing else."}}})
	h := ix.Search("pyongyng ", Options{})
	if len(h) != 1 {
		t.Fatalf("hits %v", ids(h))
	}
	// sahilm/fuzzy matches the query's letters inside the word: all but the
	// missing "a".
	if got := strings.Join(highlighted(h[0].Title, h[0].TitleHighlights), "|"); got != "Pyongy|ng" {
		t.Errorf("title highlights %q", got)
	}
	if h[0].Exact {
		t.Error("a fuzzy match is not Exact")
	}
}
