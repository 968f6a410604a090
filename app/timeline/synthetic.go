package timeline

import (
	"strconv"
	"time"

	"github.com/dossierapp/dossier/app/dates"
)

// SyntheticDoc is a generated article with its events, for measuring the
// timeline view at scale (the view's ?synthetic=N hook).
type SyntheticDoc struct {
	ID, Title string
	// Date is "YYYY-MM-DD", or "" for an undated article.
	Date    string
	Cluster int
	Events  []Event
}

// SyntheticClusters is the number of stories Synthetic spreads articles over.
const SyntheticClusters = 12

// synthWords make up synthetic titles and sentences.
var synthWords = []string{"Pyongyang", "Seoul", "Moscow", "summit", "missile", "liaison", "office",
	"talks", "border", "sanctions", "envoy", "visit", "armistice", "drill", "launch", "treaty"}

// Synthetic returns n articles with 1 to 4 events each, deterministically
// (the same n gives the same articles): publication dates between 1990 and
// 2024, most of them after 2018, about one in a hundred undated; events of
// every precision, some decades before the article.
func Synthetic(n int) []SyntheticDoc {
	rng := uint64(0x9E3779B97F4A7C15)
	rnd := func(k int) int { // xorshift64*
		rng ^= rng >> 12
		rng ^= rng << 25
		rng ^= rng >> 27
		return int((rng * 2685821657736338717) >> 33 % uint64(k))
	}
	base := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	recent := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]SyntheticDoc, n)
	for i := range out {
		var pub time.Time
		if rnd(4) == 0 {
			pub = base.AddDate(0, 0, rnd(365*28))
		} else {
			pub = recent.AddDate(0, 0, rnd(365*7))
		}
		c := rnd(SyntheticClusters)
		d := SyntheticDoc{
			ID:      "syn" + zeroPad5(i),
			Title:   synthWords[rnd(len(synthWords))] + " " + synthWords[rnd(len(synthWords))] + " " + synthWords[rnd(len(synthWords))] + " (story " + strconv.Itoa(c+1) + ", #" + strconv.Itoa(i) + ")",
			Date:    pub.Format("2006-01-02"),
			Cluster: c,
		}
		if rnd(100) == 0 {
			d.Date = ""
		}
		for k, ne := 0, 1+rnd(4); k < ne; k++ {
			var ev Event
			ev.DocID = d.ID
			ev.Para = k
			ev.Text = "The " + synthWords[rnd(len(synthWords))] + " and the " + synthWords[rnd(len(synthWords))] + " were discussed in " + synthWords[rnd(len(synthWords))] + "."
			ev.End = len(ev.Text)
			ev.Resolved = true
			switch rnd(10) {
			case 0:
				ev.Precision = dates.PrecisionYear
				ev.Date = pub.AddDate(-rnd(60), 0, 0).Format("2006")
				ev.Expression = "in " + ev.Date
			case 1, 2:
				ev.Precision = dates.PrecisionMonth
				ev.Date = pub.AddDate(0, -rnd(36), 0).Format("2006-01")
				ev.Expression = "last month"
				ev.Relative = true
			case 3:
				t := pub.AddDate(0, 0, -7*rnd(8))
				t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
				ev.Precision = dates.PrecisionWeek
				ev.Date = t.Format("2006-01-02")
				ev.Expression = "last week"
				ev.Relative = true
			default:
				ev.Precision = dates.PrecisionDay
				ev.Date = pub.AddDate(0, 0, -rnd(10)).Format("2006-01-02")
				ev.Expression = "on Tuesday"
				ev.Relative = true
			}
			if d.Date == "" && ev.Relative {
				ev.Date, ev.Resolved = "", false
			}
			d.Events = append(d.Events, ev)
		}
		out[i] = d
	}
	return out
}

// zeroPad5 is n (not negative) in at least five digits, as %05d wrote it.
func zeroPad5(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 5 {
		s = "0" + s
	}
	return s
}
