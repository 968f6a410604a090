package main

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/dossierapp/dossier/app/clean/internal/topics"
)

// The topics of news prose (app/clean's spin_topic.go): the BBC and
// Reuters articles the model reads, grouped by the words they use, and
// each table word's lift in each group, quantised: "m word code", a byte
// per topic, 'a'+12 for no lift and a step of half a natural log. Numbers
// alone: no text can be read back from them.

// nTopics is how many groups (-topics).
var nTopics = 16

// Topic model settings: lifts for the words seen
// topicMinCount times or more, the topicStop most frequent words left out
// of the grouping.
const (
	topicMinCount = 10
	topicStop     = 100
	topicSeed     = 1
)

// topicLines writes the "m" lines of the table words that docs give lifts.
func topicLines(sb *strings.Builder, docs [][]string, tableWord map[string]bool) int {
	m := topics.Build(docs, nTopics, topicMinCount, topicStop, topicSeed)
	var ws []string
	for w := range m.Lift {
		if tableWord[w] {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	code := make([]byte, nTopics)
	for _, w := range ws {
		for k, l := range m.Lift[w] {
			code[k] = byte('a' + min(25, max(0, int(math.Round(2*l))+12)))
		}
		fmt.Fprintf(sb, "m %s %s\n", w, code)
	}
	return len(ws)
}
