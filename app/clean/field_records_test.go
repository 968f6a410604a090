package clean

import (
	"fmt"
	"strings"
	"testing"
)

// recordsPage is a club's calendar of rides (written here): the club's
// menus, a paragraph on the season, then one record for each ride under
// the same field labels, then the club's footer.
func recordsPage() string {
	var b strings.Builder
	b.WriteString("Autumn Sportives 2026 - Riverside Wheelers\n\nRiverside Wheelers\n\nHome\n\nClub Rides\n\nRace Team\n\nJunior Section\n\nMembership\n\nShop\n\nContact\n\n")
	b.WriteString("Autumn Sportives 2026\n\nThe club enters a team in each of these rides. Members who want a place in the club's van should tell the ride captain a fortnight before the date, and bring their own spare tubes.\n\n")
	rides := []struct{ name, km, when, course, last string }{
		{"Tour of the Three Bridges", "112", "Sun, September 6", "Flat along the estuary to the old toll bridge, then back by the canal towpath, which is gravel for six kilometres.", "Dana Whitlock"},
		{"Hill Farms Challenge", "96", "Sat, September 12", "Four climbs over the moor, the last one steep enough that most riders walk the top bend.", "Ian Morrow"},
		{"Coastal Loop", "140", "Sun, September 20", "A long day by the sea with a headwind on the way home whatever the forecast says.", "Priya Nandakumar"},
		{"Forest Gravel 80", "80", "Sat, September 26", "Mostly forest tracks; wide tyres recommended and mudguards forbidden by the organisers.", "Tomasz Lis"},
		{"Harvest Hundred", "161", "Sun, October 4", "The club's own ride: a hundred miles through the orchards, with cider at the finish.", "Greta Holm"},
		{"Two Valleys", "105", "Sat, October 10", "Down one valley and up the next, on quiet lanes that are slippery with leaves in October.", "Oscar Reyes"},
		{"Lighthouse Dash", "64", "Sun, October 18", "Short and fast to the lighthouse and back, a good first ride for the juniors.", "Mia Schultz"},
		{"Frost Bite", "88", "Sun, November 1", "The last ride of the year, through the reservoir country, with soup in the village hall.", "Leon Vasquez"},
	}
	for i, r := range rides {
		fmt.Fprintf(&b, "%s\n\nDistance: %s km\n\nWhen: %s\n\nCourse: %s\n\n2025 Winner: %s\n\nEntries: %d riders\n\n", r.name, r.km, r.when, r.course, r.last, 150+37*i)
	}
	b.WriteString("Back to top\n\nClub Rides\n\nRace Team\n\nPrivacy\n\nTerms\n\nSite map\n\n© 2026 Riverside Wheelers. All rights reserved.\n")
	return b.String()
}

// TestFieldRecordsKept: on a page of records written under the same field
// labels, every record stays, down to the last, and the site's menus and
// footer go.
func TestFieldRecordsKept(t *testing.T) {
	r := Clean(recordsPage())
	var kept []string
	for _, b := range r.Blocks {
		if b.Removed == "" {
			kept = append(kept, b.Text())
		}
	}
	got := strings.Join(kept, "\n")
	for _, want := range []string{"spare tubes", "old toll bridge", "Sun, October 4", "cider at the finish", "Greta Holm",
		"Distance: 64 km", "Course: Short and fast", "Leon Vasquez", "Course: The last ride of the year"} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q", want)
		}
	}
	for _, gone := range []string{"Membership", "Privacy", "All rights reserved"} {
		if strings.Contains(got, gone) {
			t.Errorf("kept %q", gone)
		}
	}
	if t.Failed() {
		for _, b := range r.Blocks {
			t.Logf("%-20q %s", b.Removed, b.Text())
		}
	}
}
