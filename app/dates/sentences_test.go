package dates

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"U.S. President Joe Biden called the deployment \"very dangerous.\" South Korea said it was illegal.",
			[]string{"U.S. President Joe Biden called the deployment \"very dangerous.\"", "South Korea said it was illegal."}},
		{"It was signed on Jan. 5, 2020. Mr. Kim agreed.", []string{"It was signed on Jan. 5, 2020.", "Mr. Kim agreed."}},
		{"Kim J. Un met Dr. Lee at 3.5 p.m. sharp. Then they left!", []string{"Kim J. Un met Dr. Lee at 3.5 p.m. sharp.", "Then they left!"}},
		{"He lives in the U.S. The election is near.", []string{"He lives in the U.S.", "The election is near."}},
		{"\"This is a concern,\" Peskov said. \"We urge restraint.\" He left.", []string{"\"This is a concern,\" Peskov said.", "\"We urge restraint.\"", "He left."}},
		{"Really?! Yes... maybe. No", []string{"Really?!", "Yes... maybe.", "No"}},
		{"across the border. and officials confirmed it.", []string{"across the border. and officials confirmed it."}},
		{"Visit example.com today. Then go.", []string{"Visit example.com today.", "Then go."}},
		{"  spaced  ", []string{"spaced"}},
		{"", nil},
	}
	for _, c := range cases {
		if got := Sentences(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestSentenceBounds(t *testing.T) {
	p := "The Kremlin on Tuesday called for restraint.  It said so. "
	for _, b := range SentenceBounds(p) {
		s := p[b[0]:b[1]]
		if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
			t.Errorf("bad bound %v: %q", b, s)
		}
	}
}
