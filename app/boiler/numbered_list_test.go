package boiler

import (
	"fmt"
	"testing"
)

// TestKeepNumberedLists: a group blog's index of its posts, each writer's
// name over his titles numbered 1, 2, 3… under the post's line of prose.
// The scores climb down the first list until its titles read as a menu's
// links; every title stays, with the names over the later lists (one of
// them short, one of its numbers gone with an item a rule took out, one
// item without words). A "most read" list under its removed heading, one
// whose first item the classifier removes, and a list of terms of a word or
// two, still go where the classifier removes them.
func TestKeepNumberedLists(t *testing.T) {
	lex := lexicon(nil)
	var lines []string
	var p []float32
	var want []bool
	add := func(l string, score float32, boiler bool) {
		lines, p, want = append(lines, l), append(p, score), append(want, boiler)
	}
	add("Blogroll", 0.99, true)
	add("Treasury Notes", 0.99, true)
	add("Readers asked where to find our older pieces on the spending fights, so here is every post on the subject.", 0.2, false)
	add("ADA WHITCOMBE", 0.4, false)
	for i := 1; i <= 12; i++ {
		add(fmt.Sprintf("%d. Why the Continuing Resolution Keeps Coming Back, Part %d (Mar. %d, 2019)", i, i, i), 0.3+0.06*float32(i), false)
	}
	add("BRAM OSTROW", 0.98, false)
	add("1. The Trouble With Rescissions (Apr. 2, 2020)", 0.99, false)
	add("3. A Short History of Impoundment (May 9, 2020)", 0.99, false)
	add("4.", 0.99, false)
	add("5. Who Decides on a Shutdown? (June 1, 2020)", 0.99, false)
	add("Posted 9:02 AM by Celia Marr", 0.99, true)
	add("Most read", 0.95, true)
	for i := 1; i <= 10; i++ {
		add(fmt.Sprintf("%d. Council Votes to Close the Bridge for Year %d", i, i), 0.6, true)
	}
	add("Around the network", 0.3, false)
	for i := 1; i <= 12; i++ {
		add(fmt.Sprintf("%d. Another Site's Story Number %d", i, i), 0.9, true)
	}
	add("Search terms of the year", 0.3, false)
	for i := 1; i <= 20; i++ {
		add(fmt.Sprintf("%d. Term %d", i, i), 0.2+0.04*float32(i), i > 7)
	}
	out, st := scoredLines(lines, p, lex)
	keepNumberedLists(lines, out, st)
	checkKept(t, lines, p, out, want)
}

// TestKeepLongNumberedList: a blog's index of its posts on a subject,
// scraped without its title line, whose one sentence over the list the
// classifier takes for furniture: no kept line stands over the list, yet
// a run of longNumberedList items or more, numbered one after the other,
// is the page's own (a menu is never numbered to twenty). A shorter
// numbered run of links under a removed heading still goes.
func TestKeepLongNumberedList(t *testing.T) {
	lex := lexicon(nil)
	var lines []string
	var p []float32
	var want []bool
	add := func(l string, score float32, boiler bool) {
		lines, p, want = append(lines, l), append(p, score), append(want, boiler)
	}
	add("Harbourside Ledger", 0.99, true)
	add("Archive", 0.99, true)
	add("Below are all of our posts on the harbour levy, oldest first, for readers who asked.", 0.93, true)
	for i := 1; i <= 24; i++ {
		add(fmt.Sprintf("%d. What the Levy Means for Ferry Fares, Part %d (Feb. %d, 2025)", i, i, i), 0.95+0.002*float32(i), false)
	}
	add("Share this page with a friend by email", 0.99, true)
	add("More stories from around our partner network today", 0.97, true)
	for i := 1; i <= 12; i++ {
		add(fmt.Sprintf("%d. A Partner Site's Feature on Garden Sheds Number %d", i, i), 0.97, true)
	}
	out, st := scoredLines(lines, p, lex)
	keepNumberedLists(lines, out, st)
	checkKept(t, lines, p, out, want)
}
