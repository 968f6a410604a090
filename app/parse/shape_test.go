package parse

import (
	"strings"
	"testing"
	"unicode"
)

// TestShapeCounts checks the allocation-free word helpers against strings.Fields.
func TestShapeCounts(t *testing.T) {
	for _, s := range []string{"", " ", "a", "Two Words", " lead  and\ttrail ", "Über Die Straße", "A\u00a0B\u2003C",
		"How the Cat Got Out of the Bag", "\"Quoted\" (Parenthesised) «Guillemets»", "AMID the IN-Fighting"} {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("%q: countWords %d, want %d", s, got, want)
		}
		f := strings.Fields(s)
		caps, total := 0, 0
		for _, w := range f {
			w = strings.TrimLeft(w, "\"'“‘(«")
			if w == "" || smallWords[strings.ToLower(w)] {
				continue
			}
			r := []rune(w)[0]
			if !isLetterOrDigit(r) {
				continue
			}
			total++
			if isUpperOrDigit(r) {
				caps++
			}
		}
		want := 0.0
		if total > 0 {
			want = float64(caps) / float64(total)
		}
		if got := titleCaseRatio(s); got != want {
			t.Errorf("%q: titleCaseRatio %v, want %v", s, got, want)
		}
	}
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
func isUpperOrDigit(r rune) bool  { return unicode.IsUpper(r) || unicode.IsDigit(r) }

// TestMenuShaped: a row of links is no headline; a title line with its
// section and site is.
func TestMenuShaped(t *testing.T) {
	for _, s := range []string{
		"• Complete Forecast | Home Page | Site Index | RSS Feeds | About Us | Contact Us | Advertise",
		"« Four D.C. Senior Judges Up For Reappointment | Main | Regardless of the outcome »",
		"Slate | Time | The Washington Examiner | The New York Times",
	} {
		if !MenuShaped(s) || LooksLikeHeadline(s) {
			t.Errorf("%q: menu %v, headline %v", s, MenuShaped(s), LooksLikeHeadline(s))
		}
	}
	for _, s := range []string{
		"Warnock in winning Lane return | Premier League | Sky Sports",
		"Obama wins | US news | The Guardian",
		"Markets rally as oil falls | Reuters",
	} {
		if MenuShaped(s) || !LooksLikeHeadline(s) {
			t.Errorf("%q: menu %v, headline %v", s, MenuShaped(s), LooksLikeHeadline(s))
		}
	}
}
