//go:build !wasm

package clean

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// The shapes comment_signs.go matches by hand, as regular expressions: the
// oracle its matchers are checked against.
var (
	signedByRe = regexp.MustCompile(`^(?:posted|written|submitted|comment|commented)\s+by(:?)\s+([^|@]{1,40}?)\s*(?:\||\bat\b|\bon\b|—|–|,|@|\s-\s)`)
	monthRe    = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`
	dateTimeRe = regexp.MustCompile(`^.{0,50}?` +
		`(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|` + monthRe + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+` + monthRe + `,?\s+\d{2,4})` +
		`.{0,12}?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[|·].{0,30})?$`)
	commentCountRe = regexp.MustCompile(`^(?:\d+\s+(?:responses?|comments?|replies|thoughts)(?:\s+(?:to|on)\b.*)?|comments?\s*\(\d+\))$`)
	leaveCommentRe = regexp.MustCompile(`^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment)\b`)
	saysColonRe    = regexp.MustCompile(`^([^.!?]{1,60}?)\s+says:$`)
	saidDotsRe     = regexp.MustCompile(`^([^.!?]{1,60}?)\s+said(?:\.\.\.|…)$`)
	notStampRe     = regexp.MustCompile(`^by\b|published|updated|posted on`)
)

// signsDiffer returns what a hand matcher answers otherwise than its
// regular expression on the lower-cased line low, or "".
func signsDiffer(low string) string {
	var out []string
	check := func(name string, got, want bool) {
		if got != want {
			out = append(out, name)
		}
	}
	m := signedByRe.FindStringSubmatch(low)
	name, colon, ok := signedBy(low)
	check("signedBy", ok, m != nil)
	if ok && m != nil && (name != m[2] || colon != (m[1] == ":")) {
		out = append(out, "signedBy name "+name+" / "+m[2])
	}
	check("dateTime", dateTime(low), dateTimeRe.MatchString(low))
	check("commentCount", commentCount(low), commentCountRe.MatchString(low))
	check("leaveComment", leaveComment(low), leaveCommentRe.MatchString(low))
	sm := saysColonRe.FindStringSubmatch(low)
	sname, sok := saysName(low)
	check("saysName", sok, sm != nil)
	if sok && sm != nil && sname != sm[1] {
		out = append(out, "saysName "+sname+" / "+sm[1])
	}
	dm := saidDotsRe.FindStringSubmatch(low)
	dname, dok := saidName(low)
	check("saidName", dok, dm != nil)
	if dok && dm != nil && dname != dm[1] {
		out = append(out, "saidName "+dname+" / "+dm[1])
	}
	check("notStamp", notStamp(low), notStampRe.MatchString(low))
	return strings.Join(out, ", ")
}

var signLines = []string{
	"jane doe said...", "jane doe said…", "said...", " said…", "dr. who said...", "jane said..", "the minister said... more",
	"jane doe says:", "jane  says:", "says:", " says:", "mr. smith says:", "posted by: jane | may 3, 2012 4:05 pm",
	"posted by jane at 4:05 pm", "posted by simon on may 3", "written by jonathan - editor", "commented by al@home",
	"posted by: ", "submitted by x,", "posted  by   kim — 3 may", "posted by a-b - c", "posted by jan at",
	"october 3, 2012 at 9:14 am", "03/10/2012 09:14", "3 may 2012, 16:05 | permalink", "may 3rd, 2012 @ 8:21 pm",
	"sunday january 13, 2008, 5:00 am", "jan. 15, 2008 02:00 pm", "05-06-2005, 05:41 pm", "tracked on mar 21, 2007 11:15:37 pm",
	"by jane published 09 november 2012 13:50", "12 responses to “harbour repairs”", "comments (12)", "comment(3)",
	"4 comments", "3 thoughts on “x”", "12 replies", "12 repliesto", "leave a reply", "leave a replyx", "add your comment, speak",
	"repairs cost 4.5 million euros", "the minister said: we will reopen the berth.", "", "1", "by", "byline",
}

// TestCommentSignsMatchTheirExpressions: each hand matcher answers as its
// regular expression on lines of every shape, and on every line of the
// boilerplate corpus's dev pages when it is there.
func TestCommentSignsMatchTheirExpressions(t *testing.T) {
	for _, l := range signLines {
		if d := signsDiffer(l); d != "" {
			t.Errorf("%q: %s", l, d)
		}
	}
	if _, err := os.Stat(boilerplatePages); err != nil {
		return
	}
	pages, err := boilerpages.Load(boilerplatePages, "dev")
	if err != nil {
		t.Fatal(err)
	}
	n, bad := 0, 0
	for _, p := range pages {
		for _, l := range p.Texts() {
			low := strings.ToLower(strings.TrimSpace(l))
			if len(low) > maxSignLen {
				continue
			}
			n++
			if d := signsDiffer(low); d != "" {
				if bad++; bad <= 10 {
					t.Errorf("%s: %q: %s", p.ID, low, d)
				}
			}
		}
	}
	t.Logf("%d lines of the dev pages, %d answered otherwise", n, bad)
}

func FuzzCommentSigns(f *testing.F) {
	for _, l := range signLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := strings.ToLower(s)
		if len(low) > maxSignLen {
			return
		}
		if d := signsDiffer(low); d != "" {
			t.Errorf("%q: %s", low, d)
		}
	})
}
