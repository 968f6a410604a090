//go:build !wasm

package main

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// plotReadsJS counts in window.dossierPlotReads the page's reads of the
// plot element's layout (clientWidth, offsetWidth, getBoundingClientRect):
// each forces the browser's style and layout when the page has changed.
const plotReadsJS = `window.dossierPlotReads = 0;
for (const [proto, name] of [[Element.prototype, "clientWidth"], [HTMLElement.prototype, "offsetWidth"]]) {
	const d = Object.getOwnPropertyDescriptor(proto, name);
	Object.defineProperty(proto, name, {configurable: true, get() { if (this.id === "tl-plot") window.dossierPlotReads++; return d.get.call(this); }});
}
const rect = Element.prototype.getBoundingClientRect;
Element.prototype.getBoundingClientRect = function () { if (this.id === "tl-plot") window.dossierPlotReads++; return rect.call(this); };`

// TestBrowserTimelineWidthObserved checks that the axis is drawn at its
// plot's width without reading that width in its frames (the first frame
// of a large dossier then forced the style and layout of the page go-app
// had just rendered into its task), and drawn again at the new width when
// the window narrows.
func TestBrowserTimelineWidthObserved(t *testing.T) {
	s := newTestSite(t, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)
	addScript(t, ctx, plotReadsJS)

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/timeline"))
	waitTimeline(t, ctx)
	settle(t, ctx)
	if n := chrome.Eval[int](t, ctx, `window.dossierPlotReads`); n != 0 {
		t.Errorf("the page read the plot's layout %d times while drawing; want none (a ResizeObserver tells its width)", n)
	}
	fits := `(() => { const p = document.querySelector("#tl-plot"), c = p.querySelector("canvas");
		return c.width === Math.round(p.getBoundingClientRect().width * devicePixelRatio) && c.style.width === p.getBoundingClientRect().width + "px" })()`
	if !chrome.Eval[bool](t, ctx, fits) {
		t.Errorf("the canvas (%s) is not the plot's width", chrome.Eval[string](t, ctx, `(c => c.width + " / " + c.style.width + " in " + c.parentElement.getBoundingClientRect().width)(document.querySelector("#tl-plot canvas"))`))
	}
	// The frame's own change of the plot's height draws nothing again.
	frames := chrome.Eval[int](t, ctx, `+document.querySelector("#tl-viewport").dataset.frames`)
	settle(t, ctx)
	if n := chrome.Eval[int](t, ctx, `+document.querySelector("#tl-viewport").dataset.frames`); n != frames {
		t.Errorf("%d frames drawn, then %d with nothing changed", frames, n)
	}
	chrome.Screenshot(t, ctx, "timeline-width-1280")

	chrome.Run(t, ctx, 10*time.Second, chromedp.EmulateViewport(640, 900))
	chrome.WaitFor(t, ctx, 10*time.Second, `+document.querySelector("#tl-viewport").dataset.frames > `+strconv.Itoa(frames)+` && `+fits,
		`(c => c.width + " / " + c.style.width + " in " + c.parentElement.getBoundingClientRect().width)(document.querySelector("#tl-plot canvas"))`)
	chrome.Screenshot(t, ctx, "timeline-width-640")
}
