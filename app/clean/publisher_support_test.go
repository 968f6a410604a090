package clean

import (
	"strings"
	"testing"
)

// TestSupportCueOpensCall: "support" names the publication when it opens a
// call to support it ("| Support Harbour Radio"), not inside a phrase
// ("Most servers, including ours, support Harbourline").
func TestSupportCueOpensCall(t *testing.T) {
	for foot, want := range map[string]string{
		"Most servers, including ours, support Harbourline": "",
		"Contact | Support Harbour Radio":                   "Harbour Radio",
	} {
		d := newDoc(strings.Join([]string{
			"The island council approved a new ferry timetable on Tuesday that adds two early crossings on weekdays from May.",
			"Resources", foot, "Privacy Policy",
		}, "\n\n"))
		for _, b := range d.blocks[1:] {
			b.removed = ReasonNav // the page's furniture
		}
		if got := findPublisher(d, ""); got != want {
			t.Errorf("%q: publisher %q, want %q", foot, got, want)
		}
	}
}
