package names

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func seed(t testing.TB, prefix string) string {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/" + prefix + "_*.txt")
	if len(files) != 1 {
		t.Fatalf("seed %s: %v", prefix, files)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("set DUMP=1")
	}
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		fmt.Println("===", p)
		for _, m := range Find(seed(t, p)) {
			fmt.Printf("  %-7s %2d %q %q\n", m.Kind, m.Count, m.Name, m.Title)
		}
	}
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		seed    string
		want    map[string]string // name → kind
		titles  map[string]string
		notWant []string
	}{
		{"002", map[string]string{
			"Choe Son Hui": Person, "Sergei Lavrov": Person, "Maria Zakharova": Person,
			"Joe Biden": Person, "Kim Jong Un": Person, "Vladimir Putin": Person,
			"Moscow": Place, "Russia": Place, "Ukraine": Place, "North Korea": Place,
			"South Korea": Place, "United States": Place, "Pyongyang": Place, "Moscow Times": Org},
			map[string]string{"Choe Son Hui": "Foreign Minister", "Joe Biden": "President", "Vladimir Putin": "President"},
			[]string{"North Korean", "Russian", "Dear", "We", "The", "Continue", "Western"}},
		{"003", map[string]string{
			"Kang Sun Nam": Person, "Choe Son Hui": Person, "Kim Jong Un": Person, "Vladimir Putin": Person,
			"Jo Yong Won": Person, "Pak Jong Chon": Person, "Ri Il Hwan": Person,
			"Pyongyang": Place, "Moscow": Place, "Russia": Place, "North Korea": Place, "Ukraine": Place,
			"Islamic State": Org, "Crocus City Hall": Org},
			map[string]string{"Kang Sun Nam": "Defense Minister", "Choe Son Hui": "Foreign Minister"},
			[]string{"Kang Sun-nam", "Choe Son-hui", "Kim Jong-un", "Symbolic Visit", "Following", "As"}},
		{"004", map[string]string{
			"Kim Jong Un": Person, "Vladimir Putin": Person, "North Korea": Place, "Russia": Place,
			"Moscow": Place, "Ukraine": Place, "United States": Place, "Pyongyang": Place, "KCNA": Org},
			nil, []string{"Advertisment", "Democratic People", "DPRK"}},
		{"000", map[string]string{
			"Kremlin": Org, "Dmitry Peskov": Person, "Kim Yo Jong": Person, "Kim Jong Un": Person,
			"North Korea": Place, "South Korea": Place, "Pyongyang": Place, "Seoul": Place, "Washington": Place, "Russia": Place},
			nil, []string{"N. Korea", "Support The Moscow Times", "Sign", "Privacy Policy", "Once", "Monthly"}},
		{"001", map[string]string{
			"North Korea": Place, "South Korea": Place, "Pyongyang": Place, "Seoul": Place, "Kaesong": Place,
			"Kim Jong Un": Person, "Blue House": Org, "United States": Place, "China": Place},
			nil, []string{"However", "Liaison Office", "Surprising Escalation", "Threat", "That"}},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			got := map[string]Mention{}
			for _, m := range Find(seed(t, tc.seed)) {
				got[m.Name] = m
			}
			for name, kind := range tc.want {
				if m, ok := got[name]; !ok || m.Kind != kind {
					t.Errorf("want %s %q, got %+v", kind, name, m)
				}
			}
			for name, title := range tc.titles {
				if got[name].Title != title {
					t.Errorf("%q: title %q, want %q", name, got[name].Title, title)
				}
			}
			for _, name := range tc.notWant {
				if m, ok := got[name]; ok {
					t.Errorf("unwanted %+v", m)
				}
			}
		})
	}
}

func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"Kim Jong-un": "Kim Jong Un", "Kim Jong Un": "Kim Jong Un", "Choe Son-hui": "Choe Son Hui",
		"Kang Sun-nam": "Kang Sun Nam", "N. Korea": "North Korea", "DPRK": "North Korea",
		"ROK": "South Korea", "U.S.": "United States", "US": "United States",
		"United States": "United States", "Kyïv": "Kyiv", "Kiev": "Kyiv", "kremlin": "Kremlin",
	} {
		if got := Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMerge(t *testing.T) {
	ms := Find("Kim Jong-un met Putin. Later Kim Jong Un said the DPRK and N. Korea's army, in Kyïv and Kyiv, told US officials. Let us go.")
	want := map[string]int{"Kim Jong Un": 2, "North Korea": 2, "Kyiv": 2, "United States": 1}
	for _, m := range ms {
		if n, ok := want[m.Name]; ok && m.Count != n {
			t.Errorf("%q count %d, want %d", m.Name, m.Count, n)
		}
		delete(want, m.Name)
	}
	if len(want) > 0 {
		t.Errorf("missing %v in %+v", want, ms)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Foreign Minister Choe Son-hui met U.S. President Joe Biden in Kyïv.")
	f.Add(strings.Repeat("A-", 100) + "’s U. S. .. N.")
	f.Fuzz(func(t *testing.T, s string) {
		start := time.Now()
		ms := Find(s)
		if d := time.Since(start); d > time.Second+time.Duration(len(s))*time.Microsecond {
			t.Fatalf("slow: %v", d)
		}
		for _, m := range ms {
			if m.Name == "" || m.Count < 1 || !utf8.ValidString(m.Name) {
				t.Fatalf("bad mention %+v", m)
			}
		}
		Canonical(s)
	})
}

func BenchmarkFind(b *testing.B) {
	var all strings.Builder
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		all.WriteString(seed(b, p))
	}
	s := all.String()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s)
	}
}

// TestOrgsTitlesAndSurnames: a capitalised run ending in an
// organisation's word is an organisation; the words up to a title word in
// a run are the person's title; a surname opening a sentence counts for
// the person it names.
func TestOrgsTitlesAndSurnames(t *testing.T) {
	text := "The Federal Reserve held rates steady. Fed Chair Jerome Powell said inflation was high. " +
		"Treasury Secretary Janet Yellen agreed, said Dr. Anna Schmidt of the Kiel Institute. " +
		"French President Emmanuel Macron spoke later. Macron said Europe would act. Jim Press, a car executive, agreed. " +
		"The protest group Farmers Defence Force said it would go on. " +
		"The Joint Chiefs of Staff said the missile flew 800 km. The Joint Chiefs said more launches were likely. " +
		"The ferries of Nordic Star Ferries were late. The paper was sold to Calder Media. " +
		"Island Link Ferries said in a statement that a supplier was late."
	got := map[string]Mention{}
	for _, m := range Find(text) {
		got[m.Name] = m
	}
	for name, want := range map[string]Mention{
		"Federal Reserve":       {Kind: Org, Count: 1},
		"Kiel Institute":        {Kind: Org, Count: 1},
		"Farmers Defence Force": {Kind: Org, Count: 1},
		"Joint Chiefs of Staff": {Kind: Org, Count: 2}, // "the Joint Chiefs" too: no person
		"Jerome Powell":         {Kind: Person, Count: 1, Title: "Fed Chair"},
		"Janet Yellen":          {Kind: Person, Count: 1, Title: "Treasury Secretary"},
		"Emmanuel Macron":       {Kind: Person, Count: 2, Title: "President"},
		"Jim Press":             {Kind: Person, Count: 1},
		"Nordic Star Ferries":   {Kind: Org, Count: 1}, // no person "Nordic Star Ferries"
		"Calder Media":          {Kind: Org, Count: 1},
	} {
		m, ok := got[name]
		if !ok || m.Kind != want.Kind || m.Count != want.Count || m.Title != want.Title {
			t.Errorf("%s: got %+v (found %v), want kind %s, count %d, title %q", name, m, ok, want.Kind, want.Count, want.Title)
		}
	}
	if m, ok := got["Link Ferries"]; ok && m.Kind == Person {
		t.Errorf("the ferry company read as a person: %+v", m)
	}
	for _, bad := range []string{"Fed Chair Jerome Powell", "Treasury Secretary Janet Yellen"} {
		if _, ok := got[bad]; ok {
			t.Errorf("%q kept its title in the name", bad)
		}
	}
}

// TestPlaceHeadWords: a run of capitalised words with a place's head word
// after it, last or first in it is a place, not a person.
func TestPlaceHeadWords(t *testing.T) {
	text := "The meeting was held at Harrington Lake before Mulroney flew to Cape Breton. " +
		"Troops crossed the Han River near Pearson Airport, officials said. Brian Mulroney denied it. " +
		"Flowers were torn from a grave at Harehills Cemetery in Leeds."
	got := map[string]string{}
	for _, m := range Find(text) {
		got[m.Name] = m.Kind
	}
	for name, kind := range map[string]string{"Harrington Lake": Place, "Cape Breton": Place, "Han River": Place,
		"Pearson Airport": Place, "Brian Mulroney": Person, "Harehills Cemetery": Place} {
		if got[name] != kind {
			t.Errorf("%q: kind %q, want %q (all: %v)", name, got[name], kind, got)
		}
	}
}

// TestPlacesByCue: a name after a place's noun and "of" is a place, where
// it stands and wherever the text names it again; a person after "of" is
// still a person.
func TestPlacesByCue(t *testing.T) {
	text := "Fighters seized the town of Um Kadada, cutting a road to the besieged city of El Fasher. " +
		"The army did not comment on the loss of Um Kadada. A spokesman of Adam Rojal's group spoke. " +
		"The mayor of Jane Smith's town was not reached."
	got := map[string]string{}
	for _, m := range Find(text) {
		got[m.Name] = m.Kind
	}
	for name, kind := range map[string]string{"Um Kadada": Place, "El Fasher": Place, "Adam Rojal": Person, "Jane Smith": Person} {
		if got[name] != kind {
			t.Errorf("%q: kind %q, want %q (all: %v)", name, got[name], kind, got)
		}
	}
}
