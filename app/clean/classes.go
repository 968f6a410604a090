package clean

import (
	"math"
	"strings"

	"github.com/dossierapp/dossier/app/internal/floats"
)

// The news model's word classes (internal/gen's wordClasses): every word
// counted 30 times or more belongs to a class learned from its neighbours,
// the most frequent words to one each; a rarer word's few neighbours say
// too little of it ("cook", seldom in news prose, is no verb of "ready"'s
// kind there), and it has none. A pair of words the model does not list
// gets its estimate from the pair of their classes: P(y | x) ≈ P(class y |
// class x) · P(y | class y). "they hold been" is unlisted, as are most
// pairs of rarer words, but a verb of hold's class is rare before "been",
// where "have" (a class of its own) is common.

// noClass marks a word without a class.
const noClass = -1

// wordClasses are the "k" lines, read: counts quantised as the words' are.
type wordClasses struct {
	n    int       // classes
	logU []float64 // log count of each class
	// pairQ[a*n+b] is the quantised count of the pair of classes (a, b),
	// or unseenClassPair when the table does not list it.
	pairQ []uint8
}

// unseenClassPair marks a pair of classes the table does not list.
const unseenClassPair = 255

// logUnseenClassPair is the log of the count given to such a pair
// (internal/gen lists pairs of classes seen twice or more).
var logUnseenClassPair = math.Log(0.5)

// logUnlistedMax is the most a pair of words the model does not list can
// have been seen (internal/gen lists those seen three times or more): the
// class estimate never exceeds it.
var logUnlistedMax = math.Log(2.5)

// classTable returns the model's word classes, reading them on first use.
func (m *newsModel) classTable() *wordClasses {
	m.classOnce.Do(func() { m.classes = readClasses(m.classText) })
	return &m.classes
}

// readClasses reads the "k a u row" lines (see internal/gen): a line whose
// row is not as long as the classes are many is skipped, as is a byte out
// of range.
func readClasses(text string) wordClasses {
	var c wordClasses
	for line := range strings.Lines(text) {
		if f := strings.Fields(line); len(f) == 4 && f[0] == "k" {
			c.n = len(f[3])
			break
		}
	}
	if c.n == 0 || c.n > maxClasses {
		return wordClasses{}
	}
	c.logU = make([]float64, c.n)
	c.pairQ = make([]uint8, c.n*c.n)
	for i := range c.pairQ {
		c.pairQ[i] = unseenClassPair
	}
	for line := range strings.Lines(text) {
		f := strings.Fields(line)
		if len(f) != 4 || f[0] != "k" || len(f[3]) != c.n {
			continue
		}
		a := atoi(f[1])
		if a < 0 || a >= c.n || f[1] != "0" && a == 0 {
			continue
		}
		c.logU[a] = logCount[min(atoi(f[2]), len(logCount)-1)]
		row := c.pairQ[a*c.n : (a+1)*c.n]
		for b := range row {
			if q := int(f[3][b]) - '0'; q >= 0 && q < len(logCount) {
				row[b] = uint8(q)
			}
		}
	}
	return c
}

// maxClasses bounds the classes a table may give (internal/gen makes 376).
const maxClasses = 1024

// classTrans is the class estimate of log P(y | x) for two words the model
// knows, with classes: false when either has none.
func (m *newsModel) classTrans(x, y reading) (float64, bool) {
	if x.class < 0 || y.class < 0 || !x.known || !y.known {
		return 0, false
	}
	c := m.classTable()
	a, b := int(x.class), int(y.class)
	if a >= c.n || b >= c.n {
		return 0, false
	}
	pair := logUnseenClassPair
	if q := c.pairQ[a*c.n+b]; q != unseenClassPair {
		pair = logCount[q]
	}
	// P(class y | class x) · P(y | class y), the latter at most 1.
	return pair - c.logU[a] + floats.Min(0, logCount[y.q]-c.logU[b]), true
}
