//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// waitTimeline waits until the live app has drawn the axis at least once.
func waitTimeline(t testing.TB, ctx context.Context) {
	t.Helper()
	chrome.WaitFor(t, ctx, 120*time.Second,
		`document.documentElement.dataset.dossierReady === "1" && document.querySelector("#tl-viewport") !== null && Number(document.querySelector("#tl-viewport").dataset.frames || 0) > 0`,
		`"ready=" + document.documentElement.dataset.dossierReady + " frames=" + (document.querySelector("#tl-viewport") || {dataset: {}}).dataset.frames + " " + document.body.innerText.slice(0, 300)`)
}

// settle waits for pending animation frames to be drawn.
func settle(t testing.TB, ctx context.Context) {
	t.Helper()
	chrome.Eval[bool](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
}

func TestBrowserTimeline(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	waitTimeline(t, ctx)
	settle(t, ctx)

	// Everything fits at first: decades, from the 1953 armistice to 2024.
	for _, year := range []string{"1953", "2010", "2018", "2022", "2023", "2024"} {
		n := chrome.Eval[int](t, ctx, fmt.Sprintf(`document.querySelectorAll('#tl-plot a.m[data-date^="%s"]').length`, year))
		if n == 0 {
			t.Errorf("no mark for %s on the fitted axis; marks: %s", year,
				chrome.Eval[string](t, ctx, `[...document.querySelectorAll("#tl-plot a.m")].map(a => a.dataset.date).join(" ")`))
		}
	}
	// Precision is drawn honestly: the 1953 event is a year-wide bar, the
	// 2024-03-19 event a day.
	p := chrome.Eval[string](t, ctx, `(document.querySelector('#tl-plot a.m.e[data-date="1953"]') || {}).className || ""`)
	if !strings.Contains(p, "p-year") {
		t.Errorf("1953 mark class = %q, want p-year", p)
	}
	if lvl := chrome.Eval[string](t, ctx, `document.querySelector("#tl-viewport").dataset.level`); lvl != "decade" && lvl != "year" {
		t.Errorf("fitted axis level = %q, want decades or years", lvl)
	}
	// The list (text alternative) has every event, by date.
	listDates := chrome.Eval[string](t, ctx, `[...document.querySelectorAll(".tl-list li")].map(li => li.dataset.date).join(" ")`)
	want := "1953 2010 2018 2022 2023 2023-09 2024-03-19"
	if listDates != want {
		t.Errorf("list dates = %q, want %q", listDates, want)
	}
	// Stories are visible: a legend and coloured marks.
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll(".tl-legend .stories li").length`); n == 0 {
		t.Error("no story legend")
	}
	chrome.Screenshot(t, ctx, "timeline-decades")

	// Undated tray: 000, 001, 002 with their relative expressions.
	tray := chrome.Eval[string](t, ctx, `[...document.querySelectorAll("#tl-undated li.tray-item")].map(li => li.dataset.id.slice(0, 3)).join(" ")`)
	if tray != "000 001 002" {
		t.Errorf("undated tray = %q, want 000 001 002", tray)
	}
	exprs := chrome.Eval[string](t, ctx, `(document.querySelector('#tl-undated li[data-id^="002"] .exprs') || {}).innerText || ""`)
	if !strings.Contains(exprs, "Monday") || !strings.Contains(exprs, "Wednesday") {
		t.Errorf("002's unresolved expressions = %q, want Monday and Wednesday", exprs)
	}

	// Zoom with the mouse wheel over the axis: the window narrows.
	before := chrome.Eval[string](t, ctx, `document.querySelector("#tl-viewport").dataset.from`)
	chrome.Eval[bool](t, ctx, `(() => { const vp = document.querySelector("#tl-viewport"); const r = vp.getBoundingClientRect();
		for (let i = 0; i < 3; i++) vp.dispatchEvent(new WheelEvent("wheel", {deltaY: -200, clientX: r.left + r.width * 0.9, clientY: r.top + 80, bubbles: true, cancelable: true}));
		return true })()`)
	settle(t, ctx)
	after := chrome.Eval[string](t, ctx, `document.querySelector("#tl-viewport").dataset.from`)
	if after <= before {
		t.Errorf("wheel zoom did not narrow the window: from %s → %s", before, after)
	}

	// Keyboard: focus the axis, Home goes to the first event (1953), → to the next.
	chrome.Run(t, ctx, 10*time.Second, chromedp.Focus(chromedp.CSS("#tl-viewport")), chromedp.KeyEvent("0"), chromedp.KeyEvent(kb.Home))
	settle(t, ctx)
	if d := chrome.Eval[string](t, ctx, `(document.querySelector("#tl-plot a.m.focus") || {dataset: {}}).dataset.date || ""`); d != "1953" {
		t.Errorf("Home focused %q, want the 1953 event", d)
	}
	chrome.Run(t, ctx, 10*time.Second, chromedp.KeyEvent(kb.ArrowRight))
	settle(t, ctx)
	if d := chrome.Eval[string](t, ctx, `(document.querySelector("#tl-plot a.m.focus") || {dataset: {}}).dataset.date || ""`); d != "2010" {
		t.Errorf("→ focused %q, want the 2010 event", d)
	}
	if txt := chrome.Eval[string](t, ctx, `document.querySelector("#tl-detail").innerText`); !strings.Contains(txt, "2010") {
		t.Errorf("detail panel = %q, want the 2010 event", txt)
	}

	// Days: zoom to 22-26 March 2024 (URL hook), where 003's "early Tuesday"
	// is a day and the articles of 23 and 25 March sit.
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline?from=2024-03-17&to=2024-03-27"))
	waitTimeline(t, ctx)
	settle(t, ctx)
	if lvl := chrome.Eval[string](t, ctx, `document.querySelector("#tl-viewport").dataset.level`); lvl != "day" {
		t.Errorf("level at 10 days = %q, want day", lvl)
	}
	for _, d := range []string{"2024-03-19", "2024-03-23", "2024-03-25"} {
		if n := chrome.Eval[int](t, ctx, fmt.Sprintf(`document.querySelectorAll('#tl-plot a.m[data-date="%s"]').length`, d)); n == 0 {
			t.Errorf("no mark on %s at day zoom", d)
		}
	}
	chrome.Screenshot(t, ctx, "timeline-days")

	// Open an event: the reader shows its sentence highlighted.
	chrome.Run(t, ctx, 30*time.Second, chromedp.Click(chromedp.CSS(`#tl-plot a.m.e[data-date="2024-03-19"]`)))
	chrome.WaitFor(t, ctx, 30*time.Second,
		`location.pathname.startsWith("/a/003") && location.search.startsWith("?e=") && document.querySelector("mark.event-hit") !== null`,
		`location.href + " " + document.body.innerText.slice(0, 300)`)
	hit := chrome.Eval[string](t, ctx, `[...document.querySelectorAll("mark.event-hit")].map(m => m.innerText).join("")`)
	if !strings.Contains(hit, "early Tuesday") {
		t.Errorf("highlighted %q, want the sentence with “early Tuesday”", hit)
	}
	inView := chrome.Eval[bool](t, ctx, `(() => { const r = document.getElementById("event-hit").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight })()`)
	if !inView {
		t.Error("the highlighted sentence is not scrolled into view")
	}
	chrome.Screenshot(t, ctx, "timeline-reader-hit")

	// The list's links open the reader too (1953, from the list).
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	waitTimeline(t, ctx)
	chrome.Run(t, ctx, 30*time.Second, chromedp.Click(chromedp.CSS(`.tl-list li[data-date="1953"] a.sentence`)))
	chrome.WaitFor(t, ctx, 30*time.Second,
		`location.pathname.startsWith("/a/001") && document.querySelector("mark.event-hit") !== null && document.querySelector("mark.event-hit").innerText.includes("1953")`,
		`location.href + " " + document.body.innerText.slice(0, 300)`)

	// The search query: matching events stand out, others dim.
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline?q=liaison"))
	waitTimeline(t, ctx)
	settle(t, ctx)
	hits := chrome.Eval[string](t, ctx, `[...document.querySelectorAll(".tl-list li.hit")].map(li => li.dataset.date).join(" ")`)
	if hits == "" || !strings.Contains(hits, "2018") || strings.Contains(hits, "2024-03-19") {
		t.Errorf("events matching “liaison” = %q", hits)
	}
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll("#tl-plot a.m.e.hit").length`); n == 0 {
		t.Error("no highlighted marks for the query")
	}
	if n := chrome.Eval[int](t, ctx, `document.querySelectorAll("#tl-plot a.m.e.dim").length`); n == 0 {
		t.Error("no dimmed marks for the query")
	}

	// Set a date on 002: its Monday and Wednesday resolve; it survives a reload.
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	waitTimeline(t, ctx)
	chrome.Eval[bool](t, ctx, `(() => { const i = document.querySelector('#tl-undated li[data-id^="002"] input[type=date]'); i.value = "2024-10-23"; return true })()`)
	chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`#tl-undated li[data-id^="002"] button[type=submit]`)))
	check002 := func(when string) {
		t.Helper()
		chrome.WaitFor(t, ctx, 30*time.Second,
			`document.querySelectorAll('.tl-list li[data-date^="2024-10"]').length >= 2 && document.querySelector('#tl-undated li.user-dated[data-id^="002"]') !== null`,
			`document.querySelector(".tl-list").innerText.slice(0, 800)`)
		got := chrome.Eval[string](t, ctx, `[...document.querySelectorAll('.tl-list li[data-date^="2024-10"]')].map(li => li.dataset.date).join(" ")`)
		// 23 Oct 2024 is a Wednesday: "Monday" (past) is 21 Oct, and
		// "Wednesday" is the 23rd itself or next week's, by tense.
		if !strings.Contains(got, "2024-10-21") {
			t.Errorf("%s: 002's events = %q, want Monday → 2024-10-21", when, got)
		}
		tray := chrome.Eval[string](t, ctx, `[...document.querySelectorAll("#tl-undated li.tray-item:not(.user-dated)")].map(li => li.dataset.id.slice(0, 3)).join(" ")`)
		if tray != "000 001" {
			t.Errorf("%s: undated tray = %q, want 000 001", when, tray)
		}
	}
	check002("after setting")
	if v := chrome.Eval[string](t, ctx, `localStorage.getItem("dossier.user-dates")`); !strings.Contains(v, `"2024-10-23"`) {
		t.Errorf("stored dates = %s", v)
	}
	chrome.Run(t, ctx, 60*time.Second, chromedp.Reload())
	waitTimeline(t, ctx)
	check002("after reload")
	chrome.Screenshot(t, ctx, "timeline-dated-002")
	// Clear undoes it.
	chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`#tl-undated li.user-dated[data-id^="002"] button.clear`)))
	chrome.WaitFor(t, ctx, 30*time.Second,
		`document.querySelectorAll('.tl-list li[data-date^="2024-10"]').length === 0 && [...document.querySelectorAll("#tl-undated li.tray-item")].length === 3`,
		`document.querySelector("#tl-undated").innerText`)

	// Phone.
	chrome.Viewport(t, ctx, 390, 844, true)
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	waitTimeline(t, ctx)
	settle(t, ctx)
	if w := chrome.Eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("page is %d px wide on a 390 px phone", w)
	}
	chrome.Screenshot(t, ctx, "timeline-phone")
}

// BenchmarkBrowserTimelineFrame zooms and pans a timeline of 10,000
// synthetic articles 50 times with wheel and keyboard events and reports the
// median and 95th percentile of the frame time measured inside the page
// (performance.now() around layout and DOM update) and of the time from the
// input to the next animation frame after it was drawn (style, layout and
// paint included).
func BenchmarkBrowserTimelineFrame(b *testing.B) {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("DOSSIER_SYNTHETIC")); err == nil && v > 0 {
		n = v
	}
	s := newTestSite(b, "")
	srv := startServer(b, s)
	ctx := chrome.Start(b)
	chrome.Run(b, ctx, 60*time.Second, chromedp.Navigate(fmt.Sprintf("%s/timeline?synthetic=%d", srv.URL, n)))
	waitTimeline(b, ctx)
	settle(b, ctx)
	b.ResetTimer()
	var frame, raf []float64
	for i := 0; i < b.N; i++ {
		res := chrome.Eval[[]float64](b, ctx, `(async () => {
			const vp = document.querySelector("#tl-viewport");
			vp.focus();
			const r = vp.getBoundingClientRect();
			const nextFrame = () => new Promise(res => requestAnimationFrame(res));
			const frames = window.dossierTimelineFrames;
			const out = [];
			for (let k = 0; k < 50; k++) {
				await nextFrame();
				const n0 = frames.length;
				const t0 = performance.now();
				let ev;
				switch (k % 5) {
				case 0: case 1: ev = new WheelEvent("wheel", {deltaY: k < 25 ? -240 : 240, clientX: r.left + r.width * (0.3 + 0.02 * (k % 10)), clientY: r.top + 100, bubbles: true, cancelable: true}); break;
				case 2: ev = new WheelEvent("wheel", {deltaX: 300, clientX: r.left + 100, clientY: r.top + 100, bubbles: true, cancelable: true}); break;
				case 3: ev = new KeyboardEvent("keydown", {key: k < 25 ? "+" : "-", bubbles: true, cancelable: true}); break;
				default: ev = new KeyboardEvent("keydown", {key: "ArrowRight", bubbles: true, cancelable: true});
				}
				vp.dispatchEvent(ev);
				await nextFrame(); // our frame runs in this animation frame
				await nextFrame(); // the one after: style, layout and paint are done
				const t1 = performance.now();
				out.push(frames.length > n0 ? frames[frames.length - 1] : 0, t1 - t0);
			}
			return out;
		})()`)
		for k := 0; k+1 < len(res); k += 2 {
			frame = append(frame, res[k])
			raf = append(raf, res[k+1])
		}
	}
	b.StopTimer()
	med, p95 := percentiles(frame)
	rmed, rp95 := percentiles(raf)
	b.ReportMetric(med, "frame-ms-median")
	b.ReportMetric(p95, "frame-ms-p95")
	b.ReportMetric(rmed, "raf-ms-median")
	b.ReportMetric(rp95, "raf-ms-p95")
	marks := chrome.Eval[string](b, ctx, `document.querySelector("#tl-viewport").dataset.marks + " marks, " + document.querySelector("#tl-viewport").dataset.hidden + " hidden"`)
	sort.Float64s(frame)
	b.Logf("frame ms sorted: %.1f", frame)
	b.Logf("%d synthetic articles, %d frames: frame median %.1f ms p95 %.1f ms; input→next rAF median %.1f ms p95 %.1f ms (last frame %s)", n, len(frame), med, p95, rmed, rp95, marks)
}

// percentiles returns the median and the 95th percentile.
func percentiles(xs []float64) (float64, float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2], s[min(len(s)-1, len(s)*95/100)]
}
