package parse

import "testing"

// TestHeadingMarksTwice: "# # 0" is a heading whose text has no marks left,
// so the rendering's heading does not read as a heading again; "# #tag"
// keeps its hashtag.
func TestHeadingMarksTwice(t *testing.T) {
	for in, want := range map[string]string{"# # 0": "0", "## # Title here": "Title here", "# #tag": "#tag"} {
		bs := Parse(in)
		if len(bs) != 1 || bs[0].Kind != Heading || bs[0].Text != want {
			t.Errorf("Parse(%q) = %+v, want one heading %q", in, bs, want)
		}
	}
}
