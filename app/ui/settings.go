package ui

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// readingSettings are the reader's choices, kept in browser storage by
// web/dossier.js (which applies them before the app starts).
type readingSettings struct {
	Theme string  `json:"theme"` // "system", "light", "dark" or "sepia"
	Scale float64 `json:"scale"` // text size factor for articles
}

// Text size steps for articles.
const (
	minScale  = 0.8
	maxScale  = 1.6
	scaleStep = 0.1
)

// settingsControls lets the reader pick a theme and the text size.
type settingsControls struct {
	app.Compo
	s readingSettings
}

func (c *settingsControls) OnMount(ctx app.Context) {
	c.s = readingSettings{Theme: "system", Scale: 1}
	if fn := app.Window().Get("dossierSettings"); fn.Truthy() {
		json.Unmarshal([]byte(app.Window().Call("dossierSettings").String()), &c.s)
	}
}

func (c *settingsControls) save() {
	data, _ := json.Marshal(c.s)
	if fn := app.Window().Get("dossierSetSettings"); fn.Truthy() {
		app.Window().Call("dossierSetSettings", string(data))
	}
}

func (c *settingsControls) Render() app.UI {
	if c.s.Scale == 0 { // prerendered on the server: the defaults
		c.s = readingSettings{Theme: "system", Scale: 1}
	}
	theme := c.s.Theme
	if theme == "" {
		theme = "system"
	}
	opt := func(v, label string) app.UI { return selectedIf(app.Option().Value(v).Text(label), theme == v) }
	return app.Div().Class("settings").Body(
		disabledIf(app.Button().Type("button").ID("text-smaller").Title("Smaller text"), c.s.Scale <= minScale+0.001).
			OnClick(c.resize(-scaleStep)).
			Body(app.Text("A−"), app.Span().Class("visually-hidden").Text(" smaller text")),
		disabledIf(app.Button().Type("button").ID("text-larger").Title("Larger text"), c.s.Scale >= maxScale-0.001).
			OnClick(c.resize(scaleStep)).
			Body(app.Text("A+"), app.Span().Class("visually-hidden").Text(" larger text")),
		app.Label().For("theme").Class("visually-hidden").Text("Theme"),
		app.Select().ID("theme").OnChange(c.onTheme).Body(
			opt("system", "System theme"), opt("light", "Light"), opt("dark", "Dark"), opt("sepia", "Sepia"),
		),
	)
}

func (c *settingsControls) resize(step float64) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		s := c.s.Scale
		if s == 0 {
			s = 1
		}
		s = min(maxScale, max(minScale, s+step))
		c.s.Scale = float64(int(s*10+0.5)) / 10
		c.save()
	}
}

func (c *settingsControls) onTheme(ctx app.Context, e app.Event) {
	c.s.Theme = ctx.JSSrc().Get("value").String()
	c.save()
}
