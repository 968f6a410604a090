//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// scrapedThread is a scraped page of an open thread: a video player's
// controls flattened into the article and comments signed by a stamp that
// offers a reply.
var scrapedThread = strings.Join([]string{
	"Harbour Training Camp Open Thread - Tide Notes",
	"Harbour Training Camp Open Thread",
	"by Jaxon on Aug 9, 2012 10:15 AM EDT",
	"We have another morning practice at the harbour camp today, starting at half past ten, and I will post what I hear from the pier.",
	"Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration Time 0:00", "Loaded: 0%", "Progress: 0%",
	"captions settings, opens captions settings dialog", "captions off, selected", "Fullscreen",
	"This is a modal window.", "White", "Black", "Font Size", "175%", "Defaults Done", "Close",
	"So let us keep it going, this is now an open thread for the rest of the day, and the crews will join us after lunch!",
	"by BusyBee on Aug 9, 2012 10:19 AM EDT reply actions",
	"Got my reaction pictures loaded up in a separate tab, ready for any wild news from the camp.",
	"by BW Smith on Aug 9, 2012 10:21 AM EDT up reply actions",
	"I thought everyone did this or your dues went up at the end of the season?",
	"by MF Harbour on Aug 9, 2012 10:23 AM EDT up reply actions 3 recs",
	"Are the new signings practising yet, or are they still waiting for their papers to clear?",
}, "\n\n") + "\n"

// TestBrowserRemovalReasons opens a scraped page in the reader: the video
// player's controls and the comments are not in the article, and "Show
// removed" brings them back in place, each with the reason it went.
func TestBrowserRemovalReasons(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "harbour-thread.txt"), []byte(scrapedThread), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := startServer(t, processingSite(t, dir))
	ctx := chrome.Start(t)

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	waitLibrary(t, ctx, 1)
	chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`.library li a`)))
	chrome.WaitFor(t, ctx, 60*time.Second,
		`document.querySelector(".reader .body") !== null && document.querySelector(".reader .body").innerText.includes("open thread for the rest")`,
		`document.body.innerText.slice(0, 600)`)
	body := chrome.Eval[string](t, ctx, `document.querySelector(".reader .body").innerText`)
	for _, gone := range []string{"modal window", "Current Time", "reaction pictures", "BW Smith"} {
		if strings.Contains(body, gone) {
			t.Errorf("reader shows %q:\n%s", gone, body)
		}
	}
	chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`#toggle-removed`)))
	for reason, text := range map[string]string{"video player": "This is a modal window.", "comments": "reaction pictures"} {
		chrome.WaitFor(t, ctx, 10*time.Second,
			`[...document.querySelectorAll(".reader .removed")].some(e => e.dataset.reason === "`+reason+`" && e.innerText.includes("`+text+`"))`,
			`[...document.querySelectorAll(".reader .removed")].map(e => e.dataset.reason + ": " + e.innerText.slice(0, 40)).join("\n")`)
	}
	chrome.Screenshot(t, ctx, "reader-removal-reasons")
}
