package benchdata

import (
	"slices"
	"testing"
)

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"\n\nOne line.\n\nTwo\nlines.\n", []string{"One line.", "Two lines."}},
		{"Wire text wraps\nhere and\n    an indent starts\nanother.\n Reuter", []string{"Wire text wraps here and", "an indent starts another.", "Reuter"}},
		{"", nil},
		{"\n \n\t\n", nil},
	}
	for _, tc := range tests {
		if got := Paragraphs(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Paragraphs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKeystrokes(t *testing.T) {
	got := Keystrokes("abcd")
	want := []string{"a", "ab", "abx", "ab", "abc", "abcd"}
	if !slices.Equal(got, want) {
		t.Errorf("Keystrokes = %q, want %q", got, want)
	}
	if n := len(AllKeystrokes()); n < 300 {
		t.Errorf("%d keystrokes", n)
	}
}
