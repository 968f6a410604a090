package parse

import "testing"

// TestListMark reads the sign a list's item opens with only when white
// space follows it, and reports it on the block: Markdown's signs and the
// round bullets leave the block's text, a square stays in it.
func TestListMark(t *testing.T) {
	for _, c := range []struct {
		in   string
		mark rune
		rest string
	}{
		{"- Night crossings", '-', "Night crossings"},
		{"• Quiet cabins", '•', "Quiet cabins"},
		{"▪ Bicycles", '▪', "Bicycles"},
		{"–\u00a0Cafe", '–', "Cafe"},
		{"> quoted", '>', "quoted"},
		{"-5 degrees", 0, "-5 degrees"},
		{"—  a dash of another width", 0, "—  a dash of another width"},
		{"▪", 0, "▪"},
		{"", 0, ""},
	} {
		if mark, rest := ListMark(c.in); mark != c.mark || rest != c.rest {
			t.Errorf("ListMark(%q) = %q, %q; want %q, %q", c.in, mark, rest, c.mark, c.rest)
		}
	}
	bs := Parse("A list:\n\n■ first item\n\n• second item\n\nplain line")
	if len(bs) != 4 || bs[0].Bullet != 0 || bs[3].Bullet != 0 {
		t.Fatalf("blocks %+v: want 4, the first and last with no bullet", bs)
	}
	if bs[1].Bullet != '■' || bs[1].Text != "■ first item" {
		t.Errorf("block %+v: want the bullet '■', kept in the text", bs[1])
	}
	if bs[2].Bullet != '•' || bs[2].Text != "second item" {
		t.Errorf("block %+v: want the bullet '•', stripped from the text", bs[2])
	}
}
