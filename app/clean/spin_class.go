package clean

import "strings"

// The class model backs the news model off where it lists no pair: the
// words of news prose in classes (the most frequent words each a class of
// its own; every other word by the parts of speech WordNet gives it and its
// ending: "newly", an adverb in -ly; "government", a noun) and the counts
// of class pairs (the "h" lines of the table). An adverb in -ly seldom
// comes before a noun, so "the newly government" reads as unlikely even
// though neither pair is listed, where the word bigrams alone could only
// say that both are rare.

// classModel is the class model over the "h" lines of the table: "h class
// u c2 q c2 q ...", counts quantised as the news model's.
type classModel struct {
	classes lines
	top     map[string]bool // the words that are each a class of their own
}

// classNames[m][e] is the class of a word of parts of speech m (internal/gen's
// mask: noun 1, verb 2, adj 4, adv 8) and ending e (see endingOf).
var classNames = func() (t [16][5]string) {
	const hex = "0123456789abcdef"
	for m := range t {
		for e, c := range "sdglx" {
			t[m][e] = "#" + string(hex[m]) + string(c)
		}
	}
	return t
}()

// endingOf is internal/gen's Ending as an index into "sdglx".
func endingOf(w string) int {
	switch {
	case strings.HasSuffix(w, "ly"):
		return 3
	case strings.HasSuffix(w, "ing"):
		return 2
	case strings.HasSuffix(w, "ed"):
		return 1
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return 0
	}
	return 4
}

// wordClass returns the class of the model word w whose "g" line is line
// ("" when the model does not know w).
func (m *classModel) wordClass(w, line string) string {
	if w == nameClass || m.top[w] {
		return w
	}
	mask := 0
	if line != "" {
		f, _ := nextField(line[2+len(w):])
		if _, h, ok := strings.Cut(f, ":"); ok && len(h) == 1 {
			mask = strings.IndexByte("0123456789abcdef", h[0])
		}
	}
	if mask < 0 {
		mask = 0
	}
	return classNames[mask][endingOf(w)]
}

// class returns the quantised count of class c and its pairs, or ok false.
func (m *classModel) class(c string) (q int, pairs string, ok bool) {
	line, ok := m.classes.find(c)
	if !ok {
		return 0, "", false
	}
	f, rest := nextField(line[2+len(c):])
	return min(atoi(f), len(logCount)-1), rest, true
}
