package clean

import (
	"strings"
	"testing"
)

// TestPublisherCapsMenu: a broadcaster's page scraped without its title
// line opens with its shows' menu in capitals ("HARBOUR WATCH" over "LIVE",
// "REPLAY", "MORNING DESK"): its first entry is no masthead, and the
// copyright line's company is the publisher.
func TestPublisherCapsMenu(t *testing.T) {
	page := strings.Join([]string{
		"HARBOUR WATCH", "LIVE", "REPLAY", "MORNING DESK", "SPORTS DESK", "LOCAL HARBOUR WATCH", "NORTH COAST", "SOUTH COAST",
		"Ferry crews vote to strike over new rosters",
		"Ferry crews at the port voted on Tuesday to strike next month over new rosters that they say leave too little rest between crossings.",
		"The operator said it would meet the union again this week and hoped to avoid any cancellations.",
		"Harbour Watch", "Copyright © 2026 Tidewater Interactive All rights reserved",
	}, "\n\n")
	if r := Clean(page); r.Publisher != "Tidewater Interactive" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Tidewater Interactive")
	}
	d := newDoc("HARBOUR WATCH\n\nLIVE\n\nREPLAY\n\nMORNING DESK\n\nFerry crews vote to strike")
	if !d.capsMenuUnder(d.blocks[0]) {
		t.Errorf("menu in capitals not seen")
	}
	d = newDoc("THE HARBOUR TIMES\n\nNews\n\nSport\n\nWeather")
	if d.capsMenuUnder(d.blocks[0]) {
		t.Errorf("a masthead in capitals over a menu in small letters taken for a menu's entry")
	}
}
