package clean

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// missAt describes the swap s at field i of a spun article that the
// cleanup (got) did not undo.
func missAt(got, spunF []string, i int, s swap, spunDoc bool) miss {
	m := miss{orig: s.orig, spun: s.spun, spunDoc: spunDoc, got: got[i]}
	w := spunF[i]
	core := strings.Trim(w, ",.;:\"“”'’()!?")
	m.repairable = core != "" && !strings.ContainsAny(core, "-'’") &&
		(core == strings.ToLower(core) || i == 0 || strings.ContainsAny(spunF[i-1][len(spunF[i-1])-1:], ".!?"))
	word := func(f string, start bool) string {
		c := strings.Trim(f, "\"“”")
		if c == "" {
			return ""
		}
		r := []rune(c)
		if unicode.IsUpper(r[0]) && !start && c != "I" {
			return nameClass
		}
		return strings.ToLower(strings.TrimRight(c, ",.;:\"“”'’()!?"))
	}
	endsPunct := func(f string) bool {
		f = strings.TrimRight(f, "\"“”")
		return f != "" && strings.ContainsAny(f[len(f)-1:], ",.;:()!?")
	}
	if i > 0 && !endsPunct(got[i-1]) && !strings.HasPrefix(w, "(") {
		m.prev = word(got[i-1], false)
	}
	if i+1 < len(got) && !endsPunct(w) && !strings.HasPrefix(got[i+1], "(") {
		m.next = word(got[i+1], false)
	}
	return m
}

// missCauses sorts the swaps not undone by cause:
//   - wrong: the cleanup changed the word to another one;
//   - uncovered: the table does not list the original for the spun word
//     (the word is absent, or the original is not among its candidates);
//   - not spun: the article did not count as spun, so nothing was repaired;
//   - unrepairable: the word is glued or capitalised within a sentence;
//   - no evidence: the news model lists no pair of the original with either
//     neighbour;
//   - other wins: another candidate reads better than the original;
//   - margin: the original reads best, but not by the margin a repair needs.
func missCauses(ms []miss) map[string]int {
	t := loadTable()
	c := t.cache()
	out := map[string]int{}
	for _, m := range ms {
		out[missCause(t, c, m)]++
	}
	return out
}

func missCause(t *spinTable, c *lookups, m miss) string {
	if g := strings.ToLower(strings.Trim(m.got, ",.;:\"“”'’()!?")); g != m.spun {
		return "wrong"
	}
	e, ok := t.entry(m.spun)
	if !ok {
		return "uncovered: spun word absent"
	}
	known := false
	for _, cand := range e.cands {
		known = known || cand == m.orig
	}
	if !known {
		return "uncovered: original not a candidate"
	}
	if !m.spunDoc {
		return "not spun"
	}
	if !m.repairable {
		return "unrepairable"
	}
	if m.prev == "" && m.next == "" {
		return "no context"
	}
	c.mu.Lock()
	o := c.reading(m.orig, false)
	c.mu.Unlock()
	evidence := false
	if m.prev != "" {
		c.mu.Lock()
		p := c.reading(m.prev, true)
		c.mu.Unlock()
		_, ok := pair(p.pairs, m.orig)
		evidence = evidence || ok && p.known
	}
	if m.next != "" {
		_, ok := pair(o.pairs, m.next)
		evidence = evidence || ok && o.known
	}
	best, gain := t.lmRepair(m.prev, m.spun, m.next)
	switch {
	case best != m.orig && evidence:
		return "other wins"
	case best != m.orig:
		return "other wins, no evidence"
	case !evidence:
		return "no evidence"
	case gain < 0:
		return "margin: written reads better"
	}
	return "margin: original better, gain short of margin"
}

// uncoveredPairs lists the most frequent swap pairs of ms whose original
// the table does not list for the spun word.
func uncoveredPairs(ms []miss, n int) string {
	t := loadTable()
	c := t.cache()
	count := map[string]int{}
	for _, m := range ms {
		if strings.HasPrefix(missCause(t, c, m), "uncovered") {
			count[m.orig+"→"+m.spun]++
		}
	}
	return formatCauses(count)[:min(n, len(formatCauses(count)))]
}

// formatCauses lists causes by count.
func formatCauses(n map[string]int) string {
	var ks []string
	for k := range n {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return n[ks[i]] > n[ks[j]] })
	var sb strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&sb, "%s %d; ", k, n[k])
	}
	return sb.String()
}
