package clean

import "testing"

// TestSitesFarHeadline cleans a page written here, scraped without its
// title line, whose headline stands over its byline far above the story:
// an email-a-friend form and a list of links between them, and a picture's
// credit line ("Buy a copy of this picture.") right above the story, which
// tells none of it. The headline is the line over the byline, not the
// first line the classifier kept.
func TestSitesFarHeadline(t *testing.T) {
	r := cleanSite(t, "pub29-mailform-style.txt")
	if want := "Pelicans' Varga Signs $88 Million Extension"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
	if b := blockWith(r, "Nikolai Varga got the longest deal"); b == nil || b.Removed != "" {
		t.Errorf("lede not kept (%v)", b)
	}
}

// TestSitesOwnerGivesWay cleans a page written here whose furniture names
// the group that publishes the site more often than the site ("Part of
// Ridgeline Media", "More From Ridgeline Media", "... is published by
// Ridgeline Media"): the site the copyright line names is the publisher,
// with or without the page's title line.
func TestSitesOwnerGivesWay(t *testing.T) {
	for _, r := range []Result{cleanSite(t, "pub29-owner-style.txt"), cleanSiteUntitled(t, "pub29-owner-style.txt")} {
		if want := "The Motor Ledger"; r.Publisher != want {
			t.Errorf("publisher %q, want %q (title %q)", r.Publisher, want, r.Title)
		}
	}
}

// TestSitesLicensedLogo cleans a page written here whose footer's
// copyright sign is a licence's for another network's name and logo ("Globe
// name, logo and all associated elements ® and © ... Globe Broadcasting
// Network LP"): that company is not the publisher. The site its title line
// names is; without the title line, nothing else names it.
func TestSitesLicensedLogo(t *testing.T) {
	if r := cleanSite(t, "pub29-licence-style.txt"); r.Publisher != "Lakeview Live" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Lakeview Live")
	}
	if r := cleanSiteUntitled(t, "pub29-licence-style.txt"); r.Publisher != "" {
		t.Errorf("without the title line: publisher %q, want none", r.Publisher)
	}
}

// TestSitesBareCopyright cleans a page written here, without its title
// line, whose footer says only "Copyright © 2026": the notice's word names
// no publisher.
func TestSitesBareCopyright(t *testing.T) {
	if r := cleanSiteUntitled(t, "pub29-bareyear-style.txt"); r.Publisher == "Copyright" {
		t.Errorf("publisher %q", r.Publisher)
	}
}

// TestSitesCompanyNumber cleans a page written here, without its title
// line, whose copyright names a company by a number ("© Copyright 2026 512
// LLC"), which reads as a second year: its suffix alone names no publisher.
func TestSitesCompanyNumber(t *testing.T) {
	if r := cleanSiteUntitled(t, "pub29-numberco-style.txt"); r.Publisher == "LLC" {
		t.Errorf("publisher %q", r.Publisher)
	}
}

// TestSitesSiteCopyrightOwner cleans a page written here, without its
// title line, whose footer reads "The Pen Column Copyright © Inkwell
// Media": the site before the sign, its owner after it, whom a "More from
// ..." box names too. The site is the publisher.
func TestSitesSiteCopyrightOwner(t *testing.T) {
	if r := cleanSiteUntitled(t, "pub29-sitecopy-style.txt"); r.Publisher != "The Pen Column" {
		t.Errorf("publisher %q, want %q", r.Publisher, "The Pen Column")
	}
}

// TestSitesAcronymHeadline cleans a page written here, without its title
// line, whose headline ("UCF has steep climb ahead") shares with the
// story's first paragraph only a team's name of three capitals, too short
// for a story word: over its byline and date, right above the story, it is
// the headline, not the subscription link the page opens with.
func TestSitesAcronymHeadline(t *testing.T) {
	if r := cleanSiteUntitled(t, "pub29-acronym-style.txt"); r.Title != "UCF has steep climb ahead" {
		t.Errorf("title %q, want %q", r.Title, "UCF has steep climb ahead")
	}
}
