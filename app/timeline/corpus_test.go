package timeline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The real news corpora in ../shared/corpora (BBC 2,225 articles in five
// categories, undated; Reuters-21578 10,000 wire stories of 1987, dated by
// their meta file) are test data only: read from disk when present, never
// copied into the repository. Tests and benchmarks that need them skip when
// they are absent, as app/clean's and app/search's do.

// newsDoc is a corpus article with its category.
type newsDoc struct {
	Doc
	Category string
}

var (
	newsOnce sync.Once
	newsBBC  []newsDoc
	newsReut []newsDoc
	newsErr  error
)

// corporaDir returns $DOSSIER_CORPORA or the shared/corpora folder found by
// walking up from the working directory, or "".
func corporaDir() string {
	if d := os.Getenv("DOSSIER_CORPORA"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		c := filepath.Join(d, "shared", "corpora")
		if _, err := os.Stat(filepath.Join(c, "bbc.jsonl")); err == nil {
			return c
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// loadNews returns the BBC and Reuters articles, or skips tb when the
// corpora are absent.
func loadNews(tb testing.TB) (bbc, reuters []newsDoc) {
	tb.Helper()
	dir := corporaDir()
	if dir == "" {
		tb.Skip("corpora not found: set DOSSIER_CORPORA or provide ../shared/corpora")
	}
	newsOnce.Do(func() {
		if newsBBC, newsErr = readNews(filepath.Join(dir, "bbc.jsonl"), nil); newsErr != nil {
			return
		}
		var dates map[string]string
		if dates, newsErr = readMetaDates(filepath.Join(dir, "reuters21578-10k.meta.jsonl")); newsErr != nil {
			return
		}
		newsReut, newsErr = readNews(filepath.Join(dir, "reuters21578-10k.jsonl"), dates)
	})
	if newsErr != nil {
		tb.Fatal(newsErr)
	}
	return newsBBC, newsReut
}

// readNews reads a corpus file; dates gives each ID's publication date.
func readNews(path string, dates map[string]string) ([]newsDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []newsDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Category, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		body := strings.TrimPrefix(r.Text, r.Title)
		out = append(out, newsDoc{Doc: Doc{ID: r.ID, Title: r.Title, Date: dates[r.ID], Paragraphs: paragraphs(body)}, Category: r.Category})
	}
	return out, sc.Err()
}

// readMetaDates reads the Reuters meta file's dates as "YYYY-MM-DD".
func readMetaDates(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r struct{ ID, Date string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		d, _, _ := strings.Cut(strings.TrimSpace(r.Date), " ")
		t, err := time.Parse("2-Jan-2006", d)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, r.ID, err)
		}
		out[r.ID] = t.Format("2006-01-02")
	}
	return out, sc.Err()
}

// paragraphs splits a corpus text into paragraphs: a blank or indented line
// starts one (BBC uses blank lines, the Reuters wire hard wraps and indents).
func paragraphs(text string) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || line[0] == ' ' || line[0] == '\t' {
			flush()
		}
		if t != "" {
			cur = append(cur, t)
		}
	}
	flush()
	return out
}

// mixedNews returns n articles of BBC and Reuters interleaved in proportion;
// beyond the 12,225 articles it repeats them with new IDs, dates shifted by
// two years per repetition (the BBC's stay undated) and their words spaced
// apart, so that copies are not identical texts.
func mixedNews(tb testing.TB, n int) []Doc {
	bbc, reut := loadNews(tb)
	all := make([]newsDoc, 0, len(bbc)+len(reut))
	// interleave: one BBC article for every len(reut)/len(bbc) Reuters ones
	for i, j := 0, 0; i < len(bbc) || j < len(reut); {
		if j >= len(reut) || i < len(bbc) && i*len(reut) <= j*len(bbc) {
			all = append(all, bbc[i])
			i++
		} else {
			all = append(all, reut[j])
			j++
		}
	}
	out := make([]Doc, 0, n)
	for k := 0; len(out) < n; k++ {
		for _, d := range all {
			if len(out) == n {
				break
			}
			c := d.Doc
			if k > 0 {
				// a copy with its words spaced apart: the same terms, but
				// not the same text, so that it is clustered, not deduplicated
				sp := strings.Repeat(" ", k+1)
				c.Title = strings.ReplaceAll(c.Title, " ", sp)
				c.Paragraphs = make([]string, len(d.Paragraphs))
				for i, p := range d.Paragraphs {
					c.Paragraphs[i] = strings.ReplaceAll(p, " ", sp)
				}
				c.ID = fmt.Sprintf("%s#%d", c.ID, k)
				if t, err := time.Parse("2006-01-02", c.Date); err == nil {
					c.Date = t.AddDate(2*k, 0, 0).Format("2006-01-02")
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// BenchmarkClustersNews times story clustering on real news: 10,000 Reuters
// stories (dated and, as a folder of .txt files gives them, undated), and
// the curve of BBC and Reuters together at 2,500 to 20,000 articles.
func BenchmarkClustersNews(b *testing.B) {
	_, reut := loadNews(b)
	dated := make([]Doc, len(reut))
	undated := make([]Doc, len(reut))
	for i, d := range reut {
		dated[i] = d.Doc
		undated[i] = d.Doc
		undated[i].Date = ""
	}
	run := func(name string, docs []Doc) {
		b.Run(name, func(b *testing.B) {
			var cs []Cluster
			cpu0, _ := cpuTime()
			for b.Loop() {
				cs = Clusters(docs)
			}
			// on a shared machine the CPU time is steadier than the time
			if cpu1, ok := cpuTime(); ok {
				b.ReportMetric((cpu1-cpu0).Seconds()/float64(b.N), "cpu-s/op")
			}
			b.ReportMetric(float64(len(cs)), "stories")
		})
	}
	run("reuters=10000/dated", dated)
	run("reuters=10000/undated", undated)
	for _, n := range []int{2500, 5000, 10000, 20000} {
		run(fmt.Sprintf("mixed=%d", n), mixedNews(b, n))
	}
}

// storyStats measures stories against the corpus categories: purity (the
// share of articles in their story's majority category), the largest
// story, and how many articles share a story with another.
func storyStats(docs []newsDoc, cs []Cluster) (purity float64, largest, grouped int) {
	cat := map[string]string{}
	for _, d := range docs {
		cat[d.ID] = d.Category
	}
	agree := 0
	for _, c := range cs {
		count := map[string]int{}
		top := 0
		for _, id := range c.DocIDs {
			count[cat[id]]++
			top = max(top, count[cat[id]])
		}
		agree += top
		largest = max(largest, len(c.DocIDs))
		if len(c.DocIDs) > 1 {
			grouped += len(c.DocIDs)
		}
	}
	return float64(agree) / float64(len(docs)), largest, grouped
}

// TestBBCStories checks story quality on the 2,225 BBC articles: a story
// keeps to one category (purity ≥ 0.98), no story is a giant group (the
// largest ≤ 2% of the articles), and stories do form: the identical pairs
// of the corpus are together and at least a tenth of the articles share a
// story.
func TestBBCStories(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	bbc, _ := loadNews(t)
	docs := make([]Doc, len(bbc))
	for i, d := range bbc {
		docs[i] = d.Doc
	}
	cs := Clusters(docs)
	purity, largest, grouped := storyStats(bbc, cs)
	t.Logf("%d articles: %d stories, purity %.4f, largest %d, %d articles in shared stories", len(docs), len(cs), purity, largest, grouped)
	if purity < 0.98 {
		t.Errorf("purity %.4f < 0.98", purity)
	}
	if limit := len(docs) * 2 / 100; largest > limit {
		t.Errorf("largest story has %d articles, more than %d (2%%)", largest, limit)
	}
	if grouped < len(docs)/10 {
		t.Errorf("only %d articles share a story", grouped)
	}
	of := map[string]int{}
	for i, c := range cs {
		for _, id := range c.DocIDs {
			of[id] = i
		}
	}
	byText := map[string]string{}
	for _, d := range docs {
		k := d.Title + "\n" + strings.Join(d.Paragraphs, "\n")
		if o, ok := byText[k]; ok && of[o] != of[d.ID] {
			t.Errorf("identical articles %s and %s are in different stories", o, d.ID)
		}
		byText[k] = d.ID
	}
}

// TestReutersStories checks the stories of the 10,000 Reuters wire
// stories, dated as on the wire and undated as a folder of .txt files
// gives them: the wire's common terms ("mln", "dlrs", "pct") do not chain
// stories into a giant group (largest ≤ 2%), and stories keep mostly to one
// Reuters topic among the labelled articles (purity ≥ 0.8: the topics are
// fine-grained and an article often has several).
func TestReutersStories(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	_, reut := loadNews(t)
	var labelled []newsDoc
	for _, d := range reut {
		if d.Category != "none" {
			labelled = append(labelled, d)
		}
	}
	for _, dated := range []bool{true, false} {
		docs := make([]Doc, len(reut))
		for i, d := range reut {
			docs[i] = d.Doc
			if !dated {
				docs[i].Date = ""
			}
		}
		cs := Clusters(docs)
		_, largest, grouped := storyStats(reut, cs)
		// purity over the labelled articles only
		keep := map[string]bool{}
		for _, d := range labelled {
			keep[d.ID] = true
		}
		var lcs []Cluster
		for _, c := range cs {
			var ids []string
			for _, id := range c.DocIDs {
				if keep[id] {
					ids = append(ids, id)
				}
			}
			lcs = append(lcs, Cluster{DocIDs: ids})
		}
		purity, _, _ := storyStats(labelled, lcs)
		t.Logf("dated %v: %d stories, largest %d, %d articles in shared stories, topic purity %.4f", dated, len(cs), largest, grouped, purity)
		if limit := len(docs) * 2 / 100; largest > limit {
			t.Errorf("dated %v: largest story has %d articles, more than %d (2%%)", dated, largest, limit)
		}
		if purity < 0.8 {
			t.Errorf("dated %v: topic purity %.4f < 0.8", dated, purity)
		}
		if grouped < len(docs)/10 {
			t.Errorf("dated %v: only %d articles share a story", dated, grouped)
		}
	}
}
