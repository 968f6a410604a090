package clean

import (
	"strings"
	"testing"
)

// TestVideoPlayer: a video.js player's controls, flattened into the article
// where the video stands, go as the video player's; the article's lines
// around it stay, and so does a short line that is a control's name alone
// where no notice of the player is near.
func TestVideoPlayer(t *testing.T) {
	player := []string{
		"Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration Time 0:00",
		"Loaded: 0%", "Progress: 0%", "Stream TypeLIVE", "Remaining Time -0:00",
		"Playback Rate", "1x", "Chapters", "descriptions off, selected",
		"captions settings, opens captions settings dialog", "captions off, selected",
		"Fullscreen", "This is a modal window.", "Foreground", "---", "White", "Black",
		"Semi-Transparent", "Font Size", "50%", "175%", "Text Edge Style", "Raised",
		"Monospace Sans-Serif", "Small Caps", "Defaults Done", "Close",
		"This is a modal window. This modal can be closed by pressing the Escape key or activating the close button.",
	}
	before := []string{
		"Harbour pilots end their strike",
		"The harbour pilots of the port ended their strike on Monday after the owners agreed to a new roster for the winter.",
		"The roster gives each pilot two days of rest after every night shift, the union said in a statement on Monday.",
	}
	after := []string{
		"Ships that had waited outside the harbour for a week began to come in on the morning tide, the harbour master said.",
		"The owners said they hoped the agreement would hold for three years.",
		"Play",
		"The band's new song, named after the button, opens their show at the harbour festival on Saturday night.",
	}
	page := strings.Join(append(append(append([]string{}, before...), player...), after...), "\n\n")
	r := Clean(page)
	plays := 0
	for _, b := range r.Blocks {
		text := b.Text()
		if text == "Play" {
			if b.Removed == ReasonPlayer {
				plays++
			}
			continue // the player's and the article's: counted
		}
		for _, p := range player {
			if text == p && b.Removed != ReasonPlayer {
				t.Errorf("player's %q removed as %q, want %q", text, b.Removed, ReasonPlayer)
			}
		}
	}
	if plays != 1 {
		t.Errorf("%d lines \"Play\" removed as the player's, want 1: the player's, not the article's", plays)
	}
	body := shownBody(page)
	for _, kept := range append(before[1:], after[0], after[3]) {
		if !strings.Contains(body, kept) {
			t.Errorf("article's line %q removed:\n%s", kept, body)
		}
	}
	// One notice alone is not a player's run.
	lone := strings.Join(append(append([]string{}, before...), "Play", "Mute", "This is a modal window.", after[0]), "\n\n")
	for _, b := range Clean(lone).Blocks {
		if b.Removed == ReasonPlayer {
			t.Errorf("%q removed as a player's with one notice", b.Text())
		}
	}
}
