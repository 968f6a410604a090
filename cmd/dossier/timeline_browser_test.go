//go:build !wasm

package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
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

// tlMarks is a JavaScript expression for the marks the axis drew (the view's
// window.dossierTimelineMarks(): kind, date, class, box x0, x1, y, h, href,
// label).
const tlMarks = `JSON.parse(window.dossierTimelineMarks())`

// tlPainted is a JavaScript function of a mark that tells whether the canvas
// has paint just inside the mark's left edge (an outlined mark is empty in
// the middle).
const tlPainted = `(m => { const c = document.querySelector("#tl-plot canvas"), d = devicePixelRatio;
	return c.getContext("2d").getImageData(Math.floor((Math.max(m.x0, 0) + 1) * d), Math.floor((m.y + m.h / 2) * d), 1, 1).data[3] > 0 })`

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
		n := chrome.Eval[int](t, ctx, fmt.Sprintf(`%s.filter(m => m.date.startsWith("%s")).length`, tlMarks, year))
		if n == 0 {
			t.Errorf("no mark for %s on the fitted axis; marks: %s", year,
				chrome.Eval[string](t, ctx, tlMarks+`.map(m => m.date).join(" ")`))
		}
	}
	// Precision is drawn honestly: the 1953 event is a year-wide bar, the
	// 2024-03-19 event a day.
	p := chrome.Eval[string](t, ctx, `(`+tlMarks+`.find(m => m.kind === "event" && m.date === "1953") || {}).class || ""`)
	if !strings.Contains(p, "p-year") {
		t.Errorf("1953 mark class = %q, want p-year", p)
	}
	if w := chrome.Eval[float64](t, ctx, `(m => m.x1 - m.x0)(`+tlMarks+`.find(m => m.date === "1953"))`); w < 8 {
		t.Errorf("the 1953 year is %.1f px wide on a decades axis, want a bar across the year", w)
	}
	// and the canvas has it painted, every mark, and nothing in the tick row
	if n := chrome.Eval[int](t, ctx, tlMarks+`.filter(m => !`+tlPainted+`(m)).length`); n > 0 {
		t.Errorf("%d marks are not painted on the canvas", n)
	}
	if chrome.Eval[bool](t, ctx, tlPainted+`({x0: 300, x1: 300, y: 0, h: 10})`) {
		t.Error("paint in the tick row, where no mark is")
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
	focused := `(` + tlMarks + `.find(m => m.class.split(" ").includes("focus")) || {}).date || ""`
	if d := chrome.Eval[string](t, ctx, focused); d != "1953" {
		t.Errorf("Home focused %q, want the 1953 event", d)
	}
	chrome.Run(t, ctx, 10*time.Second, chromedp.KeyEvent(kb.ArrowRight))
	settle(t, ctx)
	if d := chrome.Eval[string](t, ctx, focused); d != "2010" {
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
		if n := chrome.Eval[int](t, ctx, fmt.Sprintf(`%s.filter(m => m.date === "%s").length`, tlMarks, d)); n == 0 {
			t.Errorf("no mark on %s at day zoom", d)
		}
	}
	chrome.Screenshot(t, ctx, "timeline-days")

	// Open an event with the mouse: the reader shows its sentence highlighted.
	xy := chrome.Eval[[]float64](t, ctx, `(m => { const r = document.querySelector("#tl-plot canvas").getBoundingClientRect();
		return [r.left + (m.x0 + m.x1) / 2, r.top + m.y + m.h / 2] })(`+tlMarks+`.find(m => m.kind === "event" && m.date === "2024-03-19"))`)
	chrome.Run(t, ctx, 30*time.Second, chromedp.MouseClickXY(xy[0], xy[1]))
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
	if n := chrome.Eval[int](t, ctx, tlMarks+`.filter(m => m.kind === "event" && m.class.split(" ").includes("hit")).length`); n == 0 {
		t.Error("no highlighted marks for the query")
	}
	if n := chrome.Eval[int](t, ctx, tlMarks+`.filter(m => m.kind === "event" && m.class.split(" ").includes("dim")).length`); n == 0 {
		t.Error("no dimmed marks for the query")
	}
	chrome.Screenshot(t, ctx, "timeline-query")
	// The query is folded as the library's search folds it: accents and
	// case do not matter ("LIAÍSON" finds what "liaison" finds).
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline?q="+url.QueryEscape("LIAÍSON")))
	waitTimeline(t, ctx)
	settle(t, ctx)
	if folded := chrome.Eval[string](t, ctx, `[...document.querySelectorAll(".tl-list li.hit")].map(li => li.dataset.date).join(" ")`); folded != hits {
		t.Errorf("events matching “LIAÍSON” = %q, want those matching “liaison”: %q", folded, hits)
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
	// Dating the first article shifts the next one up into its place: its
	// form must date it, not the one that left.
	undated := `[...document.querySelectorAll("#tl-undated li.tray-item:not(.user-dated)")].map(li => li.dataset.id.slice(0, 3)).join(" ")`
	userDated := `[...document.querySelectorAll("#tl-undated li.user-dated")].map(li => li.dataset.id.slice(0, 3)).sort().join(" ")`
	for i, want := range []struct{ id, undated, dated string }{{"000", "001 002", "000"}, {"001", "002", "000 001"}} {
		chrome.Eval[bool](t, ctx, `(() => { const i = document.querySelector('#tl-undated li[data-id^="`+want.id+`"] input[type=date]'); i.value = "2024-03-2`+strconv.Itoa(i+1)+`"; return true })()`)
		chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`#tl-undated li[data-id^="`+want.id+`"] button[type=submit]`)))
		chrome.WaitFor(t, ctx, 30*time.Second, undated+` === "`+want.undated+`" && `+userDated+` === "`+want.dated+`"`,
			`"undated: " + `+undated+` + "; dated: " + `+userDated)
	}
	for _, id := range []string{"000", "001"} {
		chrome.Run(t, ctx, 10*time.Second, chromedp.Click(chromedp.CSS(`#tl-undated li.user-dated[data-id^="`+id+`"] button.clear`)))
		// The tray is drawn again when the worker answers: the next
		// click waits for it, or it may land on a button being replaced
		// (CI once saw "000 002": the second click lost).
		chrome.WaitFor(t, ctx, 30*time.Second, `document.querySelector('#tl-undated li.user-dated[data-id^="`+id+`"]') === null`, userDated)
	}
	chrome.WaitFor(t, ctx, 30*time.Second, undated+` === "000 001 002"`, undated)

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

// TestBrowserTimelineSynthetic looks at 10,000 synthetic articles: every
// mark drawn is painted, the density strip and the "+N more" count stand in
// for the rest, and the mouse finds a mark at a closer zoom.
func TestBrowserTimelineSynthetic(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline?synthetic=10000"))
	waitTimeline(t, ctx)
	settle(t, ctx)
	n := chrome.Eval[int](t, ctx, tlMarks+`.length`)
	if n < 300 {
		t.Errorf("%d marks on the fitted axis of 10,000 articles", n)
	}
	if u := chrome.Eval[int](t, ctx, tlMarks+`.filter(m => !`+tlPainted+`(m)).length`); u > 0 {
		t.Errorf("%d of %d marks are not painted", u, n)
	}
	if hidden := chrome.Eval[string](t, ctx, `document.querySelector("#tl-viewport").dataset.hidden`); hidden == "0" || hidden == "" {
		t.Errorf("%q items without a lane on the fitted axis of 10,000 articles", hidden)
	}
	shotAxis(t, ctx, "timeline-10k-fit")

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline?synthetic=10000&from=2021-03-01&to=2021-04-15"))
	waitTimeline(t, ctx)
	settle(t, ctx)
	if lvl := chrome.Eval[string](t, ctx, `document.querySelector("#tl-viewport").dataset.level`); lvl != "day" && lvl != "month" {
		t.Errorf("level at six weeks = %q", lvl)
	}
	if n := chrome.Eval[int](t, ctx, tlMarks+`.filter(m => m.label).length`); n == 0 {
		t.Error("no labels at six weeks")
	}
	// hovering a mark describes it
	xy := chrome.Eval[[]float64](t, ctx, `(m => { const r = document.querySelector("#tl-plot canvas").getBoundingClientRect();
		return [r.left + (m.x0 + m.x1) / 2, r.top + m.y + m.h / 2] })(`+tlMarks+`.find(m => m.x0 > 100))`)
	chrome.Run(t, ctx, 10*time.Second, chromedp.MouseEvent(chromedp.MouseMoved, xy[0], xy[1]))
	chrome.WaitFor(t, ctx, 10*time.Second, `document.querySelector("#tl-detail .prec") !== null`, `document.querySelector("#tl-detail").innerText`)
	if c := chrome.Eval[string](t, ctx, `document.querySelector("#tl-plot canvas").style.cursor`); c != "pointer" {
		t.Errorf("cursor over a mark = %q, want pointer", c)
	}
	shotAxis(t, ctx, "timeline-10k-weeks")
}

// shotAxis saves a screenshot of the axis and the panel under it (a full
// page of 10,000 articles is too tall to look at).
func shotAxis(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	chrome.Eval[bool](t, ctx, `(window.scrollTo(0, 0), true)`)
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(tctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(chrome.ShotsDir(), name+".png")
	if err := os.MkdirAll(chrome.ShotsDir(), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// tlBenchScript pans and zooms the timeline the ways a reader does, from
// everything (decades) down to weeks and back: the zoom buttons, the mouse
// wheel (zoom and horizontal pan), drags, Shift+arrows and the arrows from
// event to event. Each input starts after a painted frame, when the page is
// idle, as a person's would. For each input that draws a frame it records:
//
//   - paint: the time the page's main thread spends on the input and its
//     frame: the input handler, then, in the next animation frame, the
//     animation-frame callbacks (our drawing), style, layout and paint,
//     measured from a callback registered before the input (so it runs
//     first in that frame) to a message posted from it (which runs once the
//     frame is rendered). This is what decides whether the frame is late.
//   - frame: the view's own measure of its drawing (inside the frame).
//   - raf: from the input to the animation frame after the one drawn: the
//     delay a person sees, waits for the display's refresh included.
//
// and the durations of the long animation frames (over 50 ms) Chromium
// reports meanwhile. It resolves to [paint, frame, raf, ...] triples
// followed by the long frames' count and the inputs that drew nothing.
const tlBenchScript = `(async () => {
	const vp = document.querySelector("#tl-viewport"), plot = document.querySelector("#tl-plot");
	const r = vp.getBoundingClientRect();
	const frames = window.dossierTimelineFrames;
	const nextFrame = () => new Promise(res => requestAnimationFrame(res));
	const idle = () => new Promise(res => { const c = new MessageChannel(); c.port1.onmessage = res; c.port2.postMessage(0); });
	const longFrames = [];
	const po = new PerformanceObserver(l => { for (const e of l.getEntries()) longFrames.push(e.duration); });
	po.observe({type: "long-animation-frame"});
	const y = r.top + 120;
	const wheel = o => vp.dispatchEvent(new WheelEvent("wheel", Object.assign({clientX: r.left + r.width / 2, clientY: y, bubbles: true, cancelable: true}, o)));
	const key = (k, shift) => vp.dispatchEvent(new KeyboardEvent("keydown", {key: k, shiftKey: !!shift, bubbles: true, cancelable: true}));
	const button = cmd => document.querySelector('[data-tl="' + cmd + '"]').click();
	const pointer = (type, x) => (type === "pointerdown" ? plot : document).dispatchEvent(new PointerEvent(type,
		{clientX: x, clientY: y, button: 0, buttons: type === "pointerup" ? 0 : 1, pointerType: "mouse", isPrimary: true, bubbles: true, cancelable: true}));
	const out = [];
	let idleInputs = 0;
	const measure = async input => {
		await nextFrame();
		await idle();
		const n0 = frames.length;
		let start = 0;
		const rendered = new Promise(res => requestAnimationFrame(() => {
			start = performance.now();
			const c = new MessageChannel();
			c.port1.onmessage = () => res(performance.now());
			c.port2.postMessage(0);
		}));
		const t0 = performance.now();
		input();
		const t1 = performance.now();
		const end = await rendered;
		await nextFrame();
		const t2 = performance.now();
		if (frames.length > n0) out.push(t1 - t0 + end - start, frames[frames.length - 1], t2 - t0);
		else idleInputs++;
	};
	vp.focus();
	button("fit");
	await nextFrame();
	for (let level = 0; level < 8; level++) {
		if (level > 0) await measure(() => button("in"));
		for (let k = 0; k < 3; k++) await measure(() => wheel({deltaX: 150}));
		pointer("pointerdown", r.left + r.width * 0.7);
		for (let k = 0; k < 4; k++) await measure(() => pointer("pointermove", r.left + r.width * 0.7 - 60 * (k + 1)));
		pointer("pointerup", r.left + r.width * 0.7 - 240);
		await measure(() => key("ArrowRight", true));
		await measure(() => key("ArrowLeft", true));
		await measure(() => key("ArrowRight"));
		await measure(() => key("ArrowRight"));
		await measure(() => wheel({deltaY: -240, clientX: r.left + r.width * (0.2 + 0.08 * level)}));
		await measure(() => wheel({deltaY: 240, clientX: r.left + r.width * (0.2 + 0.08 * level)}));
	}
	for (let k = 0; k < 12; k++) await measure(() => wheel({deltaY: -240, clientX: r.left + r.width * 0.6}));
	for (let k = 0; k < 22; k++) await measure(() => wheel({deltaY: 240, clientX: r.left + r.width * 0.4}));
	await measure(() => button("out"));
	await measure(() => key("-"));
	await measure(() => button("fit"));
	pointer("pointerdown", r.left + r.width * 0.3);
	for (let k = 0; k < 6; k++) await measure(() => pointer("pointermove", r.left + r.width * 0.3 + 50 * (k + 1)));
	pointer("pointerup", r.left + r.width * 0.3 + 300);
	await nextFrame();
	await idle();
	po.disconnect();
	out.push(longFrames.length, idleInputs);
	return out;
})()`

// BenchmarkBrowserTimelineFrame pans and zooms a timeline of 10,000
// synthetic articles (DOSSIER_SYNTHETIC=n for another size) with
// tlBenchScript and reports the median and 95th percentile of the painted
// frame (paint-ms: input handler, drawing, style, layout and paint), of the
// view's own drawing (frame-ms) and of the time from the input to the
// animation frame after the one drawn (raf-ms), and the number of long
// animation frames (over 50 ms) Chromium saw per run.
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
	var paint, frame, raf []float64
	long, idle := 0.0, 0.0
	for i := 0; i < b.N; i++ {
		// the page is slow before it is fast: more than Eval's 30 s
		tctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
		res, err := chromedp.Run(tctx, chromedp.Evaluate[[]float64](tlBenchScript, chromedp.EvalAwaitPromise))
		cancel()
		if err != nil {
			b.Fatalf("benchmark script: %v", err)
		}
		if len(res) < 2 {
			b.Fatalf("benchmark script returned %v", res)
		}
		long += res[len(res)-2]
		idle += res[len(res)-1]
		res = res[:len(res)-2]
		for k := 0; k+2 < len(res); k += 3 {
			paint = append(paint, res[k])
			frame = append(frame, res[k+1])
			raf = append(raf, res[k+2])
		}
	}
	b.StopTimer()
	if len(paint) < 100*b.N {
		b.Fatalf("only %d of the inputs drew a frame (%.0f did not)", len(paint), idle)
	}
	pmed, pp95 := percentiles(paint)
	med, p95 := percentiles(frame)
	rmed, rp95 := percentiles(raf)
	b.ReportMetric(pmed, "paint-ms-median")
	b.ReportMetric(pp95, "paint-ms-p95")
	b.ReportMetric(med, "frame-ms-median")
	b.ReportMetric(p95, "frame-ms-p95")
	b.ReportMetric(rmed, "raf-ms-median")
	b.ReportMetric(rp95, "raf-ms-p95")
	b.ReportMetric(long/float64(b.N), "long-frames/run")
	marks := chrome.Eval[string](b, ctx, `document.querySelector("#tl-viewport").dataset.marks + " marks, " + document.querySelector("#tl-viewport").dataset.hidden + " hidden"`)
	sorted := append([]float64(nil), paint...)
	sort.Float64s(sorted)
	b.Logf("painted frame ms, sorted: %.1f", sorted)
	b.Logf("%d synthetic articles, %d frames: painted median %.1f ms p95 %.1f ms; drawing median %.1f ms p95 %.1f ms; input→next rAF median %.1f ms p95 %.1f ms; %.0f long animation frames; %.0f inputs drew nothing (last frame %s)",
		n, len(paint), pmed, pp95, med, p95, rmed, rp95, long, idle, marks)
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
