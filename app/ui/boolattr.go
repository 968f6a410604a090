package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// go-app writes a false boolean attribute into the prerendered page as
// selected="false" or disabled="false", which HTML reads as selected or
// disabled: every option of a select would be selected (the last one
// shows) and enabled buttons would be disabled until the wasm replaced
// them. In the prerendered page a false value is therefore left out; in
// the browser go-app sets the property either way.

// selectedIf marks o selected when on.
func selectedIf(o app.HTMLOption, on bool) app.HTMLOption {
	if on || app.IsClient {
		return o.Selected(on)
	}
	return o
}

// disabledIf disables b when on.
func disabledIf(b app.HTMLButton, on bool) app.HTMLButton {
	if on || app.IsClient {
		return b.Disabled(on)
	}
	return b
}
