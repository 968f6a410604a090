package clean

import "math"

// The topics of news prose: internal/gen groups the news articles it reads
// by the words they use and gives each table word its lift in each group
// (the table's "m word code" lines, a letter a topic: topicNone for none,
// a step of half a natural log). An article's words say which topics it
// belongs to, and a candidate original that the article's topics favour
// over the word as written ("game" over "crippled" in a report of a
// match) has evidence a pair of neighbours cannot give: the learned
// decision weighs it (repairFeatures' topic fit).

// topicNone is the letter of a word's topic that it is no likelier in than
// in news prose at large.
const topicNone = 'a' + 12

// topicModel is the "m" lines of the table.
type topicModel struct{ lines }

// code returns the letters of w's lifts, or ok false.
func (m *topicModel) code(w string) (string, bool) {
	line, ok := m.find(w)
	if !ok || len(line) < 4+len(w) {
		return "", false
	}
	return line[3+len(w):], true
}

// posterior returns the weights of the topics of an article from how often
// it writes each word (nil where it writes none the model knows). The sums
// are of whole steps, so the result does not depend on the map's order.
func (m *topicModel) posterior(words map[string]int32) []float64 {
	var sum []int64
	for w, n := range words {
		code, ok := m.code(w)
		if !ok {
			continue
		}
		if sum == nil {
			sum = make([]int64, len(code))
		}
		if len(code) != len(sum) {
			continue
		}
		for k := range len(code) {
			sum[k] += int64(n) * int64(int(code[k])-topicNone)
		}
	}
	if sum == nil {
		return nil
	}
	top := sum[0]
	for _, s := range sum {
		top = max(top, s)
	}
	post := make([]float64, len(sum))
	z := 0.0
	for k, s := range sum {
		post[k] = math.Exp(float64(s-top) / 2)
		z += post[k]
	}
	for k := range post {
		post[k] /= z
	}
	return post
}

// fit returns the log of w's lift in an article whose topics weigh post:
// above 0 where its topics write w more often than news prose at large.
func (m *topicModel) fit(post []float64, w string) (float64, bool) {
	code, ok := m.code(w)
	if !ok || len(code) != len(post) {
		return 0, false
	}
	s := 0.0
	for k, p := range post {
		s += p * math.Exp(float64(int(code[k])-topicNone)/2)
	}
	return math.Log(s), true
}

// topicGain returns how much better the article's topics fit the candidate
// cand than the word as written w (log ratio): 0 where the model does not
// know cand, and a written word it does not know (news prose seldom
// writes it) counts as fitting every topic alike.
func (m *topicModel) topicGain(post []float64, cand, w string) float64 {
	if post == nil {
		return 0
	}
	a, ok := m.fit(post, cand)
	if !ok {
		return 0
	}
	b, _ := m.fit(post, w)
	return a - b
}
