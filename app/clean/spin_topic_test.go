package clean

import (
	"strings"
	"testing"
)

// TestTopicModel: the "m" lines after the classes are read apart from
// them; an article's words weigh its topics, and a candidate its topics
// write more often gains over the word as written.
func TestTopicModel(t *testing.T) {
	// Two topics: "game" and "points" belong to the first, "rebels" and
	// "army" to the second.
	data := "# comment\ns crippled game\ng game 20\nt total 100\nk 0 5 ..\nk 1 5 ..\n" +
		"m army eq\nm game qe\nm points qe\nm rebels eq\n"
	tab := indexTable(data)
	if !strings.HasPrefix(tab.lm.classText, "k 0") || strings.Contains(tab.lm.classText, "m ") {
		t.Fatalf("classes %q", tab.lm.classText)
	}
	if code, ok := tab.topics.code("points"); !ok || code != "qe" {
		t.Fatalf("points: %q %v", code, ok)
	}
	match := tab.topics.posterior(map[string]int32{"points": 3, "game": 1, "crippled": 2})
	war := tab.topics.posterior(map[string]int32{"rebels": 2, "army": 1})
	if match == nil || match[0] < 0.99 || war[1] < 0.99 {
		t.Fatalf("posteriors %v %v", match, war)
	}
	// "crippled" has no line: it counts as fitting every topic alike.
	if g := tab.topics.topicGain(match, "game", "crippled"); g < 1.5 {
		t.Errorf("game for crippled in a match: %.2f", g)
	}
	if g := tab.topics.topicGain(war, "game", "crippled"); g > -1.5 {
		t.Errorf("game for crippled in a war: %.2f", g)
	}
	if g := tab.topics.topicGain(match, "crippled", "game"); g != 0 {
		t.Errorf("a candidate the model does not know: %.2f", g)
	}
	if tab.topics.posterior(map[string]int32{"crippled": 1}) != nil {
		t.Error("a posterior from no known word")
	}
	// A table without topics (older tables, tests') has none.
	if tab := indexTable("# c\ns a b\ng b 1\nt total 1\nk 0 1 .\n"); tab.topics.posterior(map[string]int32{"army": 1}) != nil || !strings.HasPrefix(tab.lm.classText, "k 0") {
		t.Error("topics in a table without m lines")
	}
}
