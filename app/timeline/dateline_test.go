package timeline

import "testing"

// TestEventsDateline: a wire dateline's date is the publication's day, not
// an event of the lede's: beside the lede's own dates it is left out of
// Events (Mentions keeps it, as TimeML marks it); alone it places the lede,
// and a date after a place that is no dateline stays.
func TestEventsDateline(t *testing.T) {
	exprs := func(evs []Event) (out []string) {
		for _, e := range evs {
			out = append(out, e.Expression+"="+e.Date)
		}
		return out
	}
	lede := "SEOUL, Nov. 30 (Yonhap) -- South Korea and the United States will meet next week, the ministry said Sunday."
	d := Doc{ID: "y", Date: "2026-11-30", Paragraphs: []string{lede, "SEOUL, Nov. 30 (Yonhap) -- A second lede."}}
	got := exprs(Events(d))
	want := []string{"next week=2026-12-07", "Sunday=2026-11-29", "Nov. 30=2026-11-30"}
	if len(got) != len(want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("events %v, want %v", got, want)
			break
		}
	}
	if n := len(Mentions(Doc{ID: "y", Date: "2026-11-30", Paragraphs: []string{lede}})); n != 3 {
		t.Errorf("mentions: %d, want 3 (the dateline kept)", n)
	}
	alone := Doc{ID: "z", Date: "2026-11-30", Paragraphs: []string{"WASHINGTON, Nov. 30 (Reuters) - The Fed held rates."}}
	if got := exprs(Events(alone)); len(got) != 1 || got[0] != "Nov. 30=2026-11-30" {
		t.Errorf("a dateline alone: %v", got)
	}
	notDateline := Doc{ID: "w", Date: "2026-11-30", Paragraphs: []string{"In Seoul, Nov. 28 was cold, and the talks resume next week."}}
	if got := exprs(Events(notDateline)); len(got) != 2 {
		t.Errorf("no dateline: %v", got)
	}
}
