package main

import "testing"

// TestNumeralBoundary checks that a numeral alone between two words is
// the news model's Numeral after the first and before the second, and that
// it parts them.
func TestNumeralBoundary(t *testing.T) {
	toks := Tokens("They sold about 400 of the vans for $90 each, not 6-3 6-4 here.")
	at := map[string]int{}
	for i, tk := range toks {
		at[tk.Word] = i
	}
	if i := at["about"]; BoundaryAfter(toks, i) != Numeral {
		t.Errorf("after about: %q, want %q", BoundaryAfter(toks, i), Numeral)
	}
	if tk := toks[at["of"]]; tk.Joined || Boundary(tk) != Numeral {
		t.Errorf("of: joined %v, boundary %q", tk.Joined, Boundary(tk))
	}
	if tk := toks[at["each"]]; Boundary(tk) != Numeral {
		t.Errorf("each: boundary %q", Boundary(tk))
	}
	if tk := toks[at["here"]]; tk.Num {
		t.Error("here: two numbers read as a numeral alone")
	}
	if tk := toks[at["not"]]; tk.Num || Boundary(tk) != AfterComma {
		t.Errorf("not: boundary %q", Boundary(tk))
	}
}
