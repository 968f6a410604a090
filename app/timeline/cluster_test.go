package timeline

import (
	"fmt"
	"testing"
)

// storyOf maps each doc ID to the index of its cluster.
func storyOf(cs []Cluster) map[string]int {
	of := map[string]int{}
	for i, c := range cs {
		for _, id := range c.DocIDs {
			of[id] = i
		}
	}
	return of
}

// TestClustersTime checks that a story's dated articles are close in time:
// the same report a week apart is one story, a year apart two, and an
// undated copy joins one of them.
func TestClustersTime(t *testing.T) {
	text := []string{"The harbour authority of Valparaiso closed the container terminal after a crane collapsed onto a freighter, injuring four dockworkers."}
	docs := []Doc{
		{ID: "a", Title: "Crane collapse closes Valparaiso terminal", Date: "2024-03-01", Paragraphs: text},
		{ID: "b", Title: "Valparaiso terminal shut after crane collapse", Date: "2024-03-06", Paragraphs: text},
		{ID: "c", Title: "Crane collapse closes Valparaiso terminal", Date: "2025-03-01", Paragraphs: text},
		{ID: "d", Title: "Valparaiso crane collapse", Paragraphs: text},
		{ID: "e", Title: "Orchestra season opens with Mahler", Date: "2024-03-02", Paragraphs: []string{"The philharmonic opened its season with Mahler's second symphony under a guest conductor."}},
	}
	of := storyOf(Clusters(docs))
	if of["a"] != of["b"] {
		t.Errorf("a and b, five days apart, are not one story")
	}
	if of["a"] == of["c"] {
		t.Errorf("a and c, a year apart, are one story")
	}
	if of["d"] != of["a"] && of["d"] != of["c"] {
		t.Errorf("the undated d joined neither dated story")
	}
	if of["e"] == of["a"] {
		t.Errorf("the concert joined the crane collapse")
	}
	// a story spans at most storySpan days, however closely its articles follow
	var chain []Doc
	for k := range 60 {
		chain = append(chain, Doc{ID: fmt.Sprint("day", k), Title: docs[0].Title, Date: fmt.Sprintf("2024-%02d-%02d", 1+k/28, 1+k%28), Paragraphs: text})
	}
	for _, c := range Clusters(chain) {
		if len(c.DocIDs) > storySpan+1 {
			t.Errorf("a story of %d daily articles, more than %d days", len(c.DocIDs), storySpan+1)
		}
	}
}

// TestClustersNoChain checks that a term every article has does not join
// unrelated articles, and that articles joined through a third are alike
// on average: a story is not a chain.
func TestClustersNoChain(t *testing.T) {
	topics := []string{
		"copper smelter output Chile strike miners",
		"wheat harvest Kansas drought yields farmers",
		"airline merger Piedmont USAir shareholders",
		"coffee quota talks Brazil Colombia exporters",
		"steel tariffs Japan imports Commerce Department",
	}
	var docs []Doc
	for i, tp := range topics {
		docs = append(docs, Doc{ID: fmt.Sprint(i), Title: tp, Paragraphs: []string{"Reuter mln dlrs pct " + tp + "."}})
	}
	cs := Clusters(docs)
	if len(cs) != len(topics) {
		t.Errorf("%d stories for %d unrelated articles: %+v", len(cs), len(topics), cs)
	}
}
