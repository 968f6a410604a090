package ui

import (
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fetchBytes gets url with the browser's fetch and returns the body as
// bytes (see fetchText).
func fetchBytes(url string) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	var onResponse, onBuffer, onError app.Func
	release := func() {
		onResponse.Release()
		onBuffer.Release()
		onError.Release()
	}
	onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	onBuffer = app.FuncOf(func(this app.Value, args []app.Value) any {
		arr := app.Window().Get("Uint8Array").New(args[0])
		data := make([]byte, arr.Get("length").Int())
		app.CopyBytesToGo(data, arr)
		done <- result{data: data}
		return nil
	})
	onResponse = app.FuncOf(func(this app.Value, args []app.Value) any {
		res := args[0]
		if !res.Get("ok").Bool() {
			done <- result{err: fmt.Errorf("%s answered %d %s", url, res.Get("status").Int(), res.Get("statusText").String())}
			return nil
		}
		res.Call("arrayBuffer").Call("then", onBuffer, onError)
		return nil
	})
	takeFetch(url).Call("then", onResponse, onError)
	r := <-done
	release()
	return r.data, r.err
}

// fetchText gets url with the browser's fetch and returns the body as text.
// It uses fetch directly rather than net/http: net/http's client drags about
// 1.2 MB (gzip) of transport and TLS code into the wasm. It must be called
// from a goroutine (ctx.Async), never from a JS callback.
func fetchText(url string) (string, error) {
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	var onResponse, onText, onError app.Func
	release := func() {
		onResponse.Release()
		onText.Release()
		onError.Release()
	}
	onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	onText = app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{text: args[0].String()}
		return nil
	})
	onResponse = app.FuncOf(func(this app.Value, args []app.Value) any {
		res := args[0]
		if !res.Get("ok").Bool() {
			done <- result{err: fmt.Errorf("%s answered %d %s", url, res.Get("status").Int(), res.Get("statusText").String())}
			return nil
		}
		res.Call("text").Call("then", onText, onError)
		return nil
	})
	takeFetch(url).Call("then", onResponse, onError)
	r := <-done
	release()
	return r.text, r.err
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
