//go:build wasm && importworker

package main

import (
	"errors"
	"strconv"
	"syscall/js"

	"github.com/dossierapp/dossier/app/article"
	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/errwrap"
	"github.com/dossierapp/dossier/app/workerproto"
)

// workerPipeline is app/article's pipeline as the worker runs it for the
// page's bundled articles (workerproto.Pipeline): the page's thread only
// decodes what it makes.
type workerPipeline struct {
	version  string // the app's version, which the assets' URLs carry
	prepared bool
}

// Articles fetches and decodes the bundle at url. (The spin table and the
// model are loaded only when an article is processed: a repeat visit reads
// the values kept and needs neither.)
func (p *workerPipeline) Articles(url string) ([]corpus.Article, error) {
	body, err := fetchBytes(url)
	if err != nil {
		return nil, errwrap.New("loading articles: "+err.Error(), err)
	}
	mark("w-fetched")
	b, err := corpus.Unmarshal(body)
	if err != nil {
		return nil, err
	}
	return b.Articles, nil
}

// Prebuilt fetches the values the server made for the bundle, when url
// is the bundle next to this script: nil when the server has none yet
// (it answers 503 while it processes) or at all.
func (p *workerPipeline) Prebuilt(url string) []byte {
	if url != p.asset("articles.json") {
		return nil
	}
	body, err := fetchBytes(p.asset("articles-values.bin"))
	if err != nil {
		mark("w-prebuilt-none")
		return nil
	}
	mark("w-prebuilt-fetched")
	return body
}

// prepare loads the spin table and the boilerplate model, once, before the
// first article is processed (a failure turns that part of the cleanup
// off and is reported in the console).
func (p *workerPipeline) prepare() {
	if !p.prepared {
		p.prepared = true
		if table, err := fetchBytes(p.asset("spin-table.dat")); err != nil {
			warn("spun-text repair is off: " + err.Error())
		} else if err := clean.SetSpinTable(string(table)); err != nil {
			warn("spun-text repair is off: " + err.Error())
		}
		if model, err := fetchBytes(p.asset("boiler-model.bin")); err != nil {
			warn("the learned cleanup is off: " + err.Error())
		} else if err := boiler.SetModel(model); err != nil {
			warn("the learned cleanup is off: " + err.Error())
		}
	}
}

// Process runs the whole pipeline on an article, without a reader's date
// (the page resolves the events again for one it has); hash is an
// imported entry's content hash, "" for a bundled article.
func (p *workerPipeline) Process(a corpus.Article, hash string) []byte {
	p.prepare()
	d := article.Process(a, "")
	d.Hash = hash
	return article.Encode(d)
}

// Reclean cleans an article again without its site's template lines, as
// the page asks when the dossier shows that its site repeats them.
func (p *workerPipeline) Reclean(a corpus.Article, hash string, lines map[string]int) []byte {
	p.prepare()
	return article.Encode(article.Recleaned(a, hash, lines))
}

// Stories clusters the articles into stories as the page's timeline does
// (storiesOf).
func (p *workerPipeline) Stories(arts []corpus.Article, values [][]byte) []workerproto.Story {
	return storiesOf(arts, values)
}

// asset is the URL of a static asset next to the worker's script, of the
// app's version (as the service worker precached it).
func (p *workerPipeline) asset(name string) string {
	u := js.Global().Get("URL").New(name, js.Global().Get("location").Get("href"))
	if p.version != "" {
		u.Get("searchParams").Call("set", "v", p.version)
	}
	return u.Call("toString").String()
}

// warn reports a problem in the console.
func warn(msg string) { js.Global().Get("console").Call("warn", "dossier: "+msg) }

// fetchBytes gets url with the worker's fetch (not net/http, which would
// add its transport to the wasm) and returns the body.
func fetchBytes(url string) ([]byte, error) {
	type result struct {
		body []byte
		err  error
	}
	done := make(chan result, 1)
	var onResponse, onBody, onError js.Func
	onError = js.FuncOf(func(this js.Value, args []js.Value) any {
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(url + ": " + msg)}
		return nil
	})
	onBody = js.FuncOf(func(this js.Value, args []js.Value) any {
		arr := js.Global().Get("Uint8Array").New(args[0])
		b := make([]byte, arr.Length())
		js.CopyBytesToGo(b, arr)
		done <- result{body: b}
		return nil
	})
	onResponse = js.FuncOf(func(this js.Value, args []js.Value) any {
		res := args[0]
		if !res.Get("ok").Bool() {
			done <- result{err: errors.New(url + " answered " + strconv.Itoa(res.Get("status").Int()) + " " + res.Get("statusText").String())}
			return nil
		}
		res.Call("arrayBuffer").Call("then", onBody, onError)
		return nil
	})
	js.Global().Call("fetch", url).Call("then", onResponse, onError)
	r := <-done
	onResponse.Release()
	onBody.Release()
	onError.Release()
	return r.body, r.err
}
