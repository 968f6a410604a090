package benchdata

// Typed is the scripted typing session of the benchmarks: each query is
// typed one character at a time, with a typo corrected by backspace (as in
// uFuzzy's published benchmark), and every intermediate text is one
// keystroke. The queries mix words from both corpora, names, misspellings
// and multi-word queries.
var Typed = []string{
	"tony blair election",
	"mobile phone",
	"interest rates",
	"oil prices opec",
	"champions league",
	"iraq",
	"microsoft windows software",
	"gordon brown budget",
	"wheat exports",
	"bank of japan",
	"chelsea mourinho",
	"box office film",
	"dollar yen",
	"coffee quota",
	"liason offise",
	"pyongyng",
	"goverment",
	"Arsenal Wenger",
	"video games console",
	"merger acquisition",
}

// Keystrokes expands a query into what is in the search box after each
// keystroke, with one typo: after the second character of the second half,
// a wrong letter is typed and deleted again.
func Keystrokes(q string) []string {
	r := []rune(q)
	var out []string
	typo := len(r) / 2
	for i := 1; i <= len(r); i++ {
		out = append(out, string(r[:i]))
		if i == typo && i > 1 {
			out = append(out, string(r[:i])+"x", string(r[:i]))
		}
	}
	return out
}

// AllKeystrokes returns the keystrokes of every query in Typed, in order.
func AllKeystrokes() []string {
	var out []string
	for _, q := range Typed {
		out = append(out, Keystrokes(q)...)
	}
	return out
}
