package extract

import (
	"strings"
	"testing"
)

// TestElementEdges: words of adjacent elements are parted where a browser
// shows them apart, and a word styled in pieces stays one; two <br> part
// paragraphs.
func TestElementEdges(t *testing.T) {
	checkTexts(t, []textCase{
		{"<p>Filed in <a>Government</a><a>Transportation</a>.</p>", "Filed in Government Transportation."},
		{"<p><span>Naomi Feld</span><span>June 2, 2026</span></p>", "Naomi Feld June 2, 2026"},
		{"<p><span>Ravi Chaudhry</span><span>12 Nov</span></p>", "Ravi Chaudhry 12 Nov"},
		{"<p><b>un</b>known and <span class=dropcap>T</span>he end</p>", "unknown and The end"},
		{"<p><b>NA</b>SA</p>", "NASA"},
		{"<p><span>At the light in December.</span><span>Marta Lind</span> <b>Note:</b>Open 24 hours, <i>1.</i>5 km</p>", "At the light in December. Marta Lind Note: Open 24 hours, 1.5 km"},
		{"<p>the 1<sup>st</sup> of x<sup>2</sup> and CO<sub>2</sub></p>", "the 1st of x2 and CO2"},
		{"<div>one<br><br>two<br>three</div>", "one\n\ntwo\nthree"},
		{"<ul><li>a<br><br>b</li></ul>", "• a\nb"},
	})
	d := parse("<div><span>Naomi Feld</span><span>June 2</span> x<sup>2</sup></div>")
	if got := collapse(textOf(d.root)); got != "Naomi Feld June 2 x2" {
		t.Errorf("textOf: %q", got)
	}
}

// TestLDBody: a body only in the JSON-LD, as plain lines or as HTML, is the
// text; one shorter than the page's own is not.
func TestLDBody(t *testing.T) {
	long := strings.Repeat("The council met on Tuesday and voted on the plan. ", 8)
	other := strings.Repeat("Residents said they would appeal against the vote. ", 8)
	for _, tc := range []struct{ in, want, not string }{
		{`<script type="application/ld+json">{"articleBody": "` + long + `\n` + other + `"}</script><div id=root>Loading</div>`,
			strings.TrimSpace(long) + "\n\n" + strings.TrimSpace(other), "Loading"},
		{`<script type="application/ld+json">{"articleBody": "<div><p>` + long + `</p><div>Second &amp; last.<\/div></div><script>x()<\/script>"}</script><div>Loading</div>`,
			strings.TrimSpace(long) + "\n\nSecond & last.", "x()"},
		{`<script type="application/ld+json">{"articleBody": "` + long + `"}</script><article><p>` + long + long + `</p></article>`,
			strings.TrimSpace(long + long), ""},
	} {
		r, err := Text([]byte(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(r.Text); got != tc.want || tc.not != "" && strings.Contains(got, tc.not) {
			t.Errorf("%.60q...:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
