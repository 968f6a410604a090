package clean

import "strings"

// ReasonPlayer is the removal reason of a video player's controls.
const ReasonPlayer = "video player"

// rulePlayer removes the text of a web video player's controls that a
// scraper flattens into the article where the video stands: video.js, the
// player most news sites embed, writes its buttons, its captions settings
// dialog and its screen-reader notices as text ("Play Video", "Current Time
// 0:00", "captions settings, opens captions settings dialog", "This is a
// modal window.", a hundred colour, opacity and font names, "End of dialog
// window."). A run of such lines, short lines between them, goes when two
// or more of the player's own notices (playerNotices) are in it; "Play" or
// "Mute" alone are words an article may print.
func rulePlayer(d *doc) {
	first, last, notices := -1, -1, 0
	flush := func() {
		if notices >= minPlayerNotices {
			for i := first; i <= last; i++ {
				d.remove(i, ReasonPlayer)
			}
		}
		first, last, notices = -1, -1, 0
	}
	for i, b := range d.blocks {
		notice := playerNotice(b.k)
		if notice || playerControls[b.k] {
			if first < 0 {
				first = i
			}
			last = i
			if notice {
				notices++
			}
			continue
		}
		// A setting's value ("White", "Semi-Transparent", "175%") or a
		// label between controls; a sentence of the article ends the run.
		if first >= 0 && (b.nw > playerValueWords || i-last > playerGap) {
			flush()
		}
	}
	flush()
}

// minPlayerNotices is how many of the player's notices make a run its.
const minPlayerNotices = 2

// A video player's run: lines of at most playerValueWords words between its
// controls, at most playerGap of them in a row.
const (
	playerValueWords = 4
	playerGap        = 12
)

// playerNotice reports whether a line's key k (see key: lower case, its
// ends' punctuation trimmed) is one of a video player's own notices, which
// no article prints as a line.
func playerNotice(k string) bool {
	if playerNotices[k] {
		return true
	}
	for _, p := range playerNoticePrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// playerNotices are video.js's screen-reader and status texts.
var playerNotices = setOfPhrases(
	"video player is loading",
	"current time 0:00", "duration time 0:00", "duration 0:00", "remaining time -0:00", "remaining time 0:00",
	"loaded: 0", "progress: 0", "stream type live", "streamtypelive",
	"seek to live, currently behind live", "seek to live, currently playing live",
	"descriptions off, selected", "captions off, selected", "subtitles off, selected",
	"captions settings, opens captions settings dialog", "subtitles settings, opens subtitles settings dialog",
	"captions and subtitles off, selected", "default, selected",
	"close modal dialog", "end of dialog window", "defaults done",
	"no compatible source was found for this media",
)

// playerNoticePrefixes start video.js's longer notices.
var playerNoticePrefixes = []string{
	"this is a modal window",
	"beginning of dialog window",
	"reset restore all settings to the default values",
	"the media could not be loaded",
}

// playerControls are a video player's buttons and settings labels: words
// an article may print alone, so they count for a run only beside notices.
var playerControls = setOfPhrases(
	"play video", "play", "pause", "mute", "unmute", "replay", "fullscreen", "non-fullscreen",
	"picture-in-picture", "playback rate", "chapters", "descriptions", "captions", "subtitles",
	"audio track", "text", "background", "window", "font size", "text edge style", "font family",
	"reset", "done", "close", "1x", "live", "share",
)
