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
	got := keptText(r)
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
	again := Clean(r.Render())
	if a, w := strings.Count(again.Render(), "\n"), strings.Count(r.Render(), "\n"); a != w {
		t.Errorf("cleaning the rendering again: %d lines, want %d", a, w)
	}
}

// helplinesPage is a charity's page of helplines (written here): its
// menus, a paragraph, then one record for each organisation, its name,
// its telephone numbers, its address and a sentence on what it offers,
// with no label to the fields, then the charity's footer.
func helplinesPage() string {
	var b strings.Builder
	b.WriteString("Where to Get Help - Lakeside Carers' Trust\n\nHome\n\nAbout Us\n\nOur Services\n\nNews\n\nEvents\n\nVolunteer\n\nDonate\n\nContact\n\n")
	b.WriteString("Where to Get Help\n\nLooking after someone is hard work, and nobody should do it alone. The organisations below answer calls from carers, most of them free of charge, and several will visit you at home.\n\n")
	orgs := []struct{ name, phone, site, what string }{
		{"Carers' Line North", "0161-555-0142 or 0800-555-0199", "www.carersline-north.example", "Answers questions on benefits, respite care and carers' assessments, weekdays from nine to five."},
		{"Night Owl Listening Service", "0845-555-0123", "www.nightowl.example", "Volunteers who listen through the night to anyone who cares for a relative and needs to talk."},
		{"Young Carers Network", "0207-555-0187", "www.youngcarers.example", "Runs clubs and holidays for carers under eighteen, and helps schools to support them."},
		{"Dementia Friends Lakeside", "01539-555-0161 or 0800-555-0110", "www.dfl.example", "Trains families to understand dementia and keeps a list of day centres across the county."},
		{"Parkinson's Helpline", "0808-555-0131", "www.parkinsons-help.example", "Nurses answer questions about medication, falls and what to expect as the illness advances."},
		{"Stroke Recovery Circle", "01524-555-0172", "www.strokecircle.example", "Brings stroke survivors and the people who care for them together each month in the library."},
		{"Hospice at Home", "01539-555-0193", "www.hospiceathome.example", "Sends nurses to sit with a patient overnight so that the family can sleep."},
		{"Money Advice for Carers", "0800-555-0155", "www.moneyadvice.example", "Checks what you are owed and helps you fill in the forms, however long they are."},
		{"Lakeside Wheelchair Loans", "01539-555-0117", "www.wheelchairloans.example", "Lends wheelchairs, walking frames and bath seats for as long as you need them."},
	}
	// The county's offices of each, one record apiece.
	for k, town := range []string{"Kendal", "Ulverston", "Windermere"} {
		for i, o := range orgs {
			fmt.Fprintf(&b, "%s, %s\n\n%s%d\n\n%s/%s\n\n%s\n\n", o.name, town, o.phone, k, o.site, strings.ToLower(town), o.what)
			if i == 4 {
				fmt.Fprintf(&b, "Offices in %s\n\n", town)
			}
		}
	}
	b.WriteString("Back to top\n\nPrivacy Policy\n\nAccessibility\n\nCookies\n\nRegistered charity no. 1099999\n\n© 2026 Lakeside Carers' Trust\n")
	return b.String()
}

// TestPhoneRecordsKept: a directory whose records carry telephone numbers
// and no labels keeps every record down to the last.
func TestPhoneRecordsKept(t *testing.T) {
	r := Clean(helplinesPage())
	got := keptText(r)
	for _, want := range []string{"nobody should do it alone", "Carers' Line North", "fill in the forms",
		"Money Advice for Carers", "0800-555-0155", "Hospice at Home", "sleep.", "Lakeside Wheelchair Loans, Windermere"} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q", want)
		}
	}
	for _, gone := range []string{"Events", "Privacy Policy", "Accessibility"} {
		if strings.Contains("\n"+got+"\n", "\n"+gone+"\n") {
			t.Errorf("kept %q", gone)
		}
	}
	if t.Failed() {
		for _, b := range r.Blocks {
			t.Logf("%-20q %s", b.Removed, b.Text())
		}
	}
	again := Clean(r.Render())
	if a, w := strings.Count(again.Render(), "\n"), strings.Count(r.Render(), "\n"); a != w {
		t.Errorf("cleaning the rendering again: %d lines, want %d", a, w)
	}
}
