package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/timeline"
)

// BenchmarkDrawFrame measures one frame of 10,000 synthetic articles at
// several zoom levels, natively (the browser benchmark is
// cmd/dossier's BenchmarkBrowserTimelineFrame).
func BenchmarkDrawFrame(b *testing.B) {
	m := buildSyntheticModel(10000)
	from, to := m.fit()
	g := tlGeom{width: 1200, artLanes: 3, evLanes: 7}
	for _, days := range []int{0, 3650, 365, 30, 5} {
		s := timeline.Scale{From: from, To: to, Width: g.width}
		if days > 0 {
			end := time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)
			s = timeline.Scale{From: end.AddDate(0, 0, -days), To: end, Width: g.width}
		}
		b.Run(strings.ReplaceAll(s.From.Format("2006-01-02")+"_"+s.To.Format("2006-01-02"), "-", ""), func(b *testing.B) {
			var sb bytes.Buffer
			n := 0
			for i := 0; i < b.N; i++ {
				sb.Reset()
				st := drawFrame(&sb, m, s, g, tlHits{}, -1)
				n = st.marks
			}
			b.ReportMetric(float64(n), "marks")
			b.ReportMetric(float64(sb.Len()), "bytes")
		})
	}
}

func TestDrawFrameSeedsLike(t *testing.T) {
	m := buildSyntheticModel(50)
	from, to := m.fit()
	var sb bytes.Buffer
	st := drawFrame(&sb, m, timeline.Scale{From: from, To: to, Width: 800}, tlGeom{width: 800, artLanes: 3, evLanes: 7}, tlHits{}, -1)
	if st.marks == 0 || !strings.Contains(sb.String(), `data-date="`) {
		t.Fatalf("no marks drawn: %+v", st)
	}
}
