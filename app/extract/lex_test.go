package extract

import (
	"fmt"
	"strings"
	"testing"
)

// items lexes s and renders its items, one per line.
func items(s string) string {
	l := lex(s)
	var out []string
	for {
		it := l.next()
		switch it.typ {
		case itemEOF:
			return strings.Join(out, "\n")
		case itemText:
			out = append(out, fmt.Sprintf("text %q", it.val))
		case itemEndTag:
			out = append(out, "end "+it.val)
		case itemStartTag:
			s := "start " + it.val
			for _, a := range it.attrs {
				s += fmt.Sprintf(" %s=%q", a.key, a.val)
			}
			if it.selfClose {
				s += " /"
			}
			if it.raw != "" {
				s += fmt.Sprintf(" raw %q", it.raw)
			}
			out = append(out, s)
		}
	}
}

func TestLex(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain &amp; text", `text "plain & text"`},
		{"a<!---->b<!-- x -->c", "text \"a\"\ntext \"b\"\ntext \"c\""},
		{"a<!-- never closed", `text "a"`},
		{`<P Class="lead x" ID=top href="http://x" data-x='1'>Hi</p>`, "start p class=\"lead x\" id=\"top\"\ntext \"Hi\"\nend p"},
		{"<br/><svg><path d=1 /></svg>", "start br /\nstart svg\nstart path /\nend svg"},
		{"<!DOCTYPE html><?xml x?>t", `text "t"`},
		{"a < b <3 </ c>", "text \"a \"\ntext \"<\"\ntext \" b \"\ntext \"<\"\ntext \"3 \"\ntext \"<\"\ntext \"/ c>\""},
		{"<script>if (a<b) x('</p>')</script>after", "start script raw \"if (a<b) x('</p>')\"\ntext \"after\""},
		{"<script>x</SCRIPT >y", "start script raw \"x\"\ntext \"y\""},
		{"<title>A &amp; B</title><textarea><b>no</b></textarea>", "start title raw \"A &amp; B\"\nstart textarea raw \"<b>no</b>\""},
		{`<a class="unclosed>text`, "start a class=\"unclosed>text\""},
	}
	for _, tc := range tests {
		if got := items(tc.in); got != tc.want {
			t.Errorf("lex(%q):\n%s\nwant:\n%s", tc.in, got, tc.want)
		}
	}
}

// TestParseTree: the parser closes implied end tags, ignores stray ones
// and joins text split by comments into one text node.
func TestParseTree(t *testing.T) {
	d := parse("<div><p>one<!---->two<li>x<li>y</div></span><p>three<h2>A<h3>B")
	var dump func(n *node) string
	dump = func(n *node) string {
		if n.tag == "" {
			return fmt.Sprintf("%q", n.text)
		}
		var kids []string
		for c := n.first; c != nil; c = c.next {
			kids = append(kids, dump(c))
		}
		return n.tag + "(" + strings.Join(kids, " ") + ")"
	}
	want := `#root(div(p("onetwo") li("x") li("y")) p("three") h2("A") h3("B"))`
	if got := dump(d.root); got != want {
		t.Errorf("tree:\n%s\nwant:\n%s", got, want)
	}
}
