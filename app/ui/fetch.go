package ui

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fetchText gets url with the browser's fetch and returns the body as text.
// It uses fetch directly rather than net/http: net/http's client drags about
// 1.2 MB (gzip) of transport and TLS code into the wasm. It must be called
// from a goroutine (ctx.Async), never from a JS callback.
func fetchText(url string) (string, error) {
	body, err := fetchBody(url, "text")
	if err != nil {
		return "", err
	}
	return body.String(), nil
}

// fetchBytes is fetchText for a binary body.
func fetchBytes(url string) ([]byte, error) {
	body, err := fetchBody(url, "arrayBuffer")
	if err != nil {
		return nil, err
	}
	arr := app.Window().Get("Uint8Array").New(body)
	data := make([]byte, arr.Get("length").Int())
	app.CopyBytesToGo(data, arr)
	return data, nil
}

// fetchBody fetches url and reads its body with the Response method read
// ("text" or "arrayBuffer"), waiting for the promise.
func fetchBody(url, read string) (app.Value, error) {
	type result struct {
		body app.Value
		err  error
	}
	done := make(chan result, 1)
	var onResponse, onBody, onError app.Func
	onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	onBody = app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{body: args[0]}
		return nil
	})
	onResponse = app.FuncOf(func(this app.Value, args []app.Value) any {
		res := args[0]
		if !res.Get("ok").Bool() {
			done <- result{err: fmt.Errorf("%s answered %d %s", url, res.Get("status").Int(), res.Get("statusText").String())}
			return nil
		}
		res.Call(read).Call("then", onBody, onError)
		return nil
	})
	takeFetch(url).Call("then", onResponse, onError)
	r := <-done
	onResponse.Release()
	onBody.Release()
	onError.Release()
	return r.body, r.err
}

// takeFetch returns the browser's fetch of url: the one the page started
// while the wasm loaded (window.dossierPrefetched, see cmd/dossier/appjs.go),
// taken once, or a new one.
func takeFetch(url string) app.Value {
	if pre := app.Window().Get("dossierPrefetched"); pre.Truthy() {
		if p := pre.Get(url); p.Truthy() {
			pre.Delete(url)
			return p
		}
	}
	return app.Window().Call("fetch", url)
}
