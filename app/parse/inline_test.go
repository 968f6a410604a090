package parse

import "testing"

// TestStripInline checks the Markdown the parser strips from a line's text:
// links, images, strong and single emphasis at word edges, and what it
// leaves (a mid-word "_" or "*", a lone "*").
func TestStripInline(t *testing.T) {
	for in, want := range map[string]string{
		"[Read more](https://example.com/x)":              "Read more",
		"![A dry reservoir](https://example.com/r.jpg)":   "",
		"**By Ana Ruiz** | *Published 3 February 2024*":   "By Ana Ruiz | Published 3 February 2024",
		"She said it was _very_ late.":                    "She said it was very late.",
		"*The Sau reservoir at 5% of capacity.*":          "The Sau reservoir at 5% of capacity.",
		"the snake_case name and 5*3 and 5 * 3":           "the snake_case name and 5*3 and 5 * 3",
		"a footnote*":                                     "a footnote",
		"_Reporting by Jane Doe in Seoul; editing by X._": "Reporting by Jane Doe in Seoul; editing by X.",
		// A run of markers goes whole where it opens or closes emphasis,
		// so that stripping it again changes nothing (FuzzClean: "*_0"
		// was "*0", then "0").
		"*_0":                "0",
		"***bold italic***":  "bold italic",
		"a**b and x*_y":      "ab and x*_y",
		"tail_*":             "tail",
		"a ** b, not a word": "a  b, not a word",
		// A run a combining mark follows stays: without it the mark
		// would join the letter before (FuzzClean: "A**\u0306" was
		// "A\u0306", composed to "Ă" in a second cleaning).
		"A**\u0306 x": "A**\u0306 x",
	} {
		if again := stripInline(want); again != want {
			t.Errorf("stripInline(%q) = %q: not stable", want, again)
		}
		if got := stripInline(in); got != want {
			t.Errorf("stripInline(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHeadingAfterTab: "#" and a tab open a heading as "#" and a space do.
func TestHeadingAfterTab(t *testing.T) {
	for in, want := range map[string]int{"#\tNews": 1, "## News": 2, "#News": 0, "#": 0, "####### News": 0} {
		if got := mdHeadingLevel(in); got != want {
			t.Errorf("mdHeadingLevel(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestQuoteMarker: a Markdown quote's "> " is not part of the text.
func TestQuoteMarker(t *testing.T) {
	bs := Parse("Title Of The Story\n\n> \"This is the worst drought in a century,\" said the regional president.\n")
	if len(bs) != 2 || bs[1].Text != "\"This is the worst drought in a century,\" said the regional president." {
		t.Fatalf("blocks %+v", bs)
	}
}
