//go:build !wasm

package clean

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

// TestSpinnerOtherNews spins news prose from other sites and years than the
// BBC and Reuters text of the news model (the content lines of the
// boilerplate corpus's dev pages from L3S-GN1 and Dragnet, 2007–2012) and
// reports what TestSpinnerHeldOut reports: the settings of the repair are
// chosen here, not on the held-out BBC articles, which stay the issue's
// test. Since the twentieth session the model reads the prose of half those
// pages' sites too (internal/gen -web), and other news is the other half
// (boilerpages.SpinModel: 529 articles, was 1,138); the figures below
// before that are of all the pages, and main's table of then on this half
// made 0.683 / 0.143 / 3.35 per 10,000 words (70 wrong).
func TestSpinnerOtherNews(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	sc := scoreSpun(t, otherNewsArticles(t), *evalSpinRate)
	sc.report(t)
	t.Logf("wrong: %v", sc.wrongs[:min(len(sc.wrongs), 40)])
	// The figures when the repair's margins were chosen here (0.636,
	// 0.111, 4.78 per 10,000 words; main before the word classes: 0.622,
	// 0.103, 4.92), and after the precision fixes found here (0.635, 0.109,
	// 4.35), and with the confusion models (spin_confuse.go: 0.645,
	// 0.113, 4.26), and with the margins for frequent originals of several
	// (repairNeed: 0.660, 0.119, 4.20), and with the spelling variants
	// (spin_variant.go) and the rarer originals (0.660, 0.120, 4.22),
	// and with the pairs across a run's edges, the spinner's odds of each
	// swap (fanWeight), the rarity of the spun word (rarityPrior),
	// firstLead and confLead (0.676, 0.123, 4.02), and with the learned
	// decision (spin_learn.go: 0.688, 0.129, 3.79): these floors keep the
	// ground.
	if *evalSpinRate == spinRate {
		sc.checkFloors(t, 0.680, 0.125, 4.0)
	}
	if sc.articles < 400 {
		t.Errorf("only %d articles compared", sc.articles)
	}
}

// TestOtherNewsUntouched: the clean prose of other news (as
// TestSpinnerOtherNews reads it, unspun) is never counted spun and never
// repaired, as the clean BBC articles are not (TestBBC). Before the spin
// score asked for three kinds of sign and left names alone, one article
// counted spun on "raft" twice and "voucher", another on "August Connected
// Educator Month" (repaired to "On Educator Month").
func TestOtherNewsUntouched(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	arts := otherNewsArticles(t)
	spun, repairs := 0, 0
	for _, a := range arts {
		r := Clean(a)
		if r.Spin >= 0.5 {
			spun++
		}
		for _, b := range r.Body() {
			for _, s := range b.Segments {
				if s.Original != "" {
					repairs++
					t.Errorf("%q repaired to %q in %.80q", s.Original, s.Text, b.Text())
				}
			}
		}
	}
	if spun > 0 {
		t.Errorf("%d of %d clean articles of other news counted spun", spun, len(arts))
	}
	t.Logf("%d clean articles: %d counted spun, %d repairs", len(arts), spun, repairs)
}

var (
	otherNewsOnce sync.Once
	otherNews     []string
	otherNewsErr  error
)

// otherNewsArticles returns the news prose of the boilerplate corpus's dev
// pages from L3S-GN1 and Dragnet as articles: each page's content lines of
// twelve words or more, in English, as paragraphs under a title line. The
// corpus is read once for all the tests that use it.
func otherNewsArticles(tb testing.TB) []string {
	tb.Helper()
	if _, err := os.Stat(boilerplatePages); err != nil {
		tb.Skip(boilerplatePages + " absent")
	}
	otherNewsOnce.Do(func() {
		pages, err := boilerpages.Load(boilerplatePages, "dev")
		otherNews, otherNewsErr = newsOfPages(pages), err
	})
	if otherNewsErr != nil {
		tb.Fatal(otherNewsErr)
	}
	return otherNews
}

// newsOfPages makes the articles of otherNewsArticles: the news prose
// (boilerpages.NewsProse) of the pages the news model does not read
// (boilerpages.SpinModel: internal/gen -web reads the other half).
func newsOfPages(pages []boilerpages.Page) []string {
	var out []string
	for i := range pages {
		if boilerpages.SpinModel(&pages[i]) {
			continue
		}
		if paras := boilerpages.NewsProse(&pages[i]); len(paras) >= 3 {
			out = append(out, "Story\n\n"+strings.Join(paras, "\n\n")+"\n")
		}
	}
	return out
}
