//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/chromedp"
	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// ingestFixture is an article file of the ingest browser test, written here:
// its title as the library must show it, a sentence the reader must show,
// and a made-up word only it contains, for search.
type ingestFixture struct {
	name, title, sentence, word string
	data                        []byte
}

func encodeUTF16(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// encode8 encodes s in Windows-1251 (Cyrillic) or Windows-1252 (Latin-1
// letters and the typographic quotes), the only characters the fixtures use.
func encode8(t *testing.T, s string, cyrillic bool) []byte {
	var b []byte
	for _, r := range s {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case cyrillic && r >= 0x410 && r <= 0x44F:
			b = append(b, byte(r-0x410+0xC0))
		case !cyrillic && r >= 0xA0 && r <= 0xFF:
			b = append(b, byte(r))
		case !cyrillic && r == '’':
			b = append(b, 0x92)
		case r == '—':
			b = append(b, 0x97)
		default:
			t.Fatalf("encode8: %q", r)
		}
	}
	return b
}

// savedPage is a saved news page around an article: navigation, a script, a
// share bar and a footer the extraction must drop.
func savedPage(charset, title string, paras ...string) string {
	meta := ""
	if charset != "" {
		meta = `<meta charset="` + charset + `">`
	}
	body := ""
	for _, p := range paras {
		body += "<p>" + p + "</p>\n"
	}
	return "<!DOCTYPE html>\n<html><head>" + meta + "<title>" + title + " | Harbour Gazette</title>\n" +
		`<script>window.tracker = "do-not-show";</script><style>p { color: red }</style></head><body>` + "\n" +
		`<nav><a href="/">Home</a> <a href="/world">World menu</a></nav>` + "\n" +
		"<article><h1>" + title + "</h1>\n" + body + "</article>\n" +
		`<div class="share">Share on Facebook</div><footer>Copyright Harbour Gazette</footer></body></html>`
}

func ingestFixtures(t *testing.T) []ingestFixture {
	fx := []ingestFixture{
		{name: "summit.html", title: "Harbour summit ends with a fishing accord", word: "Quillmarsh",
			sentence: "Delegates from the two ports signed the fishing accord in Quillmarsh on Friday after four days of talks."},
		{name: "tram.htm", title: "Café owners back the new tram line", word: "Brevondel",
			sentence: "Owners of the café on Brevondel Square said the tram line would bring customers back to the old town’s streets."},
		{name: "bridge.html", title: "Мэрия открыла новый мост через реку", word: "Кварцевск",
			sentence: "Новый мост в городе Кварцевск открыли в понедельник после трех лет строительства."},
		{name: "ferry.html", title: "Ferry timetable changes for the winter", word: "Ostrevane",
			sentence: "The ferry to Ostrevane will sail twice a day from November, the operator said in a statement."},
		{name: "lighthouse.md", title: "Lighthouse keepers return to the island", word: "Gullhaven",
			sentence: "Two keepers moved back to the Gullhaven lighthouse this week, the first in thirty years."},
		{name: "barrier.txt", title: "Flood barrier tested ahead of the storms", word: "Tidemoor",
			sentence: "Engineers closed the Tidemoor barrier for six hours on Sunday to test its new gates."},
		{name: "bank.txt", title: "Zürich bank opens a branch in Málaga", word: "Velmoran",
			sentence: "The bank, founded by the Velmoran family, said its Málaga branch would serve Swiss clients in Andalusia."},
		{name: "harvest.txt", title: "Фермеры начали сбор урожая пшеницы", word: "Ракитинск",
			sentence: "Фермеры под городом Ракитинск начали сбор урожая пшеницы раньше обычного из-за жаркой погоды."},
		{name: "museum-saved.txt", title: "Museum reopens after a long restoration", word: "Caldenmoor",
			sentence: "The Caldenmoor museum reopened its doors on Saturday after a restoration that took five years."},
	}
	more := map[string]string{
		"summit.html":      "Officials said the accord sets quotas for the next three seasons and a joint patrol of the fishing grounds.",
		"tram.htm":         "The city council will vote on the budget for the tram line in the spring, a spokesman said.",
		"bridge.html":      "Мэр города сказал, что мост сократит путь до центра на двадцать минут.",
		"ferry.html":       "Passengers will be able to book tickets online from the first of October, the company added.",
		"lighthouse.md":    "The keepers will maintain the lamp and record the weather for the coast guard every three hours.",
		"barrier.txt":      "The test went as planned, and the barrier will be ready for the autumn storms, the agency said.",
		"bank.txt":         "The branch will open in March with twelve staff, the bank said in a statement on Tuesday.",
		"harvest.txt":      "Министерство сельского хозяйства ожидает хороший урожай в этом году.",
		"museum-saved.txt": "Visitors queued for an hour to see the restored ceiling of the main hall, the director said.",
	}
	for i := range fx {
		f := &fx[i]
		m := more[f.name]
		switch f.name {
		case "summit.html": // UTF-8, no declared charset
			f.data = []byte(savedPage("", f.title, f.sentence, m))
		case "tram.htm": // Windows-1252, declared
			f.data = encode8(t, savedPage("windows-1252", f.title, f.sentence, m), false)
		case "bridge.html": // Windows-1251, declared
			f.data = encode8(t, savedPage("windows-1251", f.title, f.sentence, m), true)
		case "ferry.html": // UTF-16 little-endian, with its byte order mark
			f.data = encodeUTF16(savedPage("", f.title, f.sentence, m), false)
		case "lighthouse.md": // UTF-8 Markdown
			f.data = []byte("# " + f.title + "\n\n" + f.sentence + "\n\n" + m + "\n")
		case "barrier.txt": // UTF-16 big-endian text
			f.data = encodeUTF16(f.title+"\n\n"+f.sentence+"\n\n"+m+"\n", true)
		case "bank.txt": // Windows-1252 text, nothing declared
			f.data = encode8(t, f.title+"\n\n"+f.sentence+"\n\n"+m+"\n", false)
		case "harvest.txt": // Windows-1251 text, nothing declared
			f.data = encode8(t, f.title+"\n\n"+f.sentence+"\n\n"+m+"\n", true)
		case "museum-saved.txt": // a page saved as .txt
			f.data = []byte(savedPage("utf-8", f.title, f.sentence, m))
		}
	}
	return fx
}

// shownArticle is what the app shows of an article.
type shownArticle struct {
	ID, Title, Text string
}

// TestBrowserIngestFolder serves a folder of .html, .htm, .md and .txt
// files in UTF-8, UTF-16, Windows-1252 and Windows-1251: the library shows
// their real titles, the reader their clean text without markup, search
// finds a word of each. Imported through the Import screen of another
// dossier, the same files give the same articles: same ID, title and text.
func TestBrowserIngestFolder(t *testing.T) {
	fx := ingestFixtures(t)
	dir := t.TempDir()
	var paths []string
	for _, f := range fx {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	s := siteOf(t, dir, "")
	srv := startServer(t, s)
	ctx := chrome.Start(t)

	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/"))
	waitLibrary(t, ctx, len(fx))
	chrome.Screenshot(t, ctx, "ingest-library")
	served := map[string]shownArticle{} // by file name
	for _, f := range fx {
		a, ok := s.bundle.Find(idOf(t, s, f.name))
		if !ok {
			t.Fatalf("%s not in the bundle", f.name)
		}
		got := shownOf(t, srv.URL, ctx, a.ID)
		served[f.name] = got
		if got.Title != f.title {
			t.Errorf("%s: title %q, want %q", f.name, got.Title, f.title)
		}
		if !strings.Contains(got.Text, f.sentence) {
			t.Errorf("%s: reader text lacks %q:\n%s", f.name, f.sentence, got.Text)
		}
		for _, bad := range []string{"<", ">", "DOCTYPE", "do-not-show", "World menu", "Share on Facebook", "Copyright", "color: red"} {
			if strings.Contains(got.Text, bad) || strings.Contains(got.Title, bad) {
				t.Errorf("%s: shown with %q:\n%s\n%s", f.name, bad, got.Title, got.Text)
			}
		}
		if f.name == "bridge.html" {
			chrome.Screenshot(t, ctx, "ingest-reader-cp1251")
		}
		// Search finds the file by its word.
		chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(srv.URL+"/?q="+f.word))
		chrome.WaitFor(t, ctx, 60*time.Second,
			fmt.Sprintf(`document.documentElement.dataset.dossierReady === "1" && document.querySelector(".library a.title") !== null && document.querySelector(".library a.title").getAttribute("href") === "/a/%s"`, a.ID),
			`"search `+f.word+`: " + document.querySelector("main").innerText.slice(0, 400)`)
	}
	chrome.Screenshot(t, ctx, "ingest-search")

	// The same files through the Import screen of the seeds' dossier.
	other := startServer(t, newTestSite(t, ""))
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(other.URL+"/import"))
	chrome.WaitFor(t, ctx, 60*time.Second, `document.documentElement.dataset.dossierReady === "1" && document.querySelector("#import-files") !== null`,
		`document.body.innerText.slice(0, 300)`)
	chrome.Run(t, ctx, 20*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-files"), paths))
	chrome.WaitFor(t, ctx, 60*time.Second, fmt.Sprintf(`/Done: %d imported/.test(document.querySelector("main").innerText)`, len(fx)),
		`document.querySelector("main").innerText.slice(0, 800)`)
	chrome.Screenshot(t, ctx, "ingest-imported")
	for _, f := range fx {
		want := served[f.name]
		if got := shownOf(t, other.URL, ctx, want.ID); got != want {
			t.Errorf("%s imported:\n%+v\nserved from the folder:\n%+v", f.name, got, want)
		}
	}
}

// idOf is the ID the site gave the file named name.
func idOf(t *testing.T, s *site, name string) string {
	var ids []string
	for _, a := range s.bundle.Articles {
		if a.Name == name {
			return a.ID
		}
		ids = append(ids, a.Name)
	}
	sort.Strings(ids)
	t.Fatalf("no article from %s in %v", name, ids)
	return ""
}

// shownOf opens an article's reader page and returns its ID, title and text.
func shownOf(t *testing.T, base string, ctx context.Context, id string) shownArticle {
	t.Helper()
	chrome.Run(t, ctx, 60*time.Second, chromedp.Navigate(base+"/a/"+id))
	chrome.WaitFor(t, ctx, 60*time.Second,
		`document.documentElement.dataset.dossierReady === "1" && document.querySelector(".reader h1") !== null && document.querySelector(".reader .body") !== null`,
		`"`+id+`: " + document.querySelector("main").innerText.slice(0, 300)`)
	return shownArticle{
		ID:    strings.TrimPrefix(chrome.Eval[string](t, ctx, `location.pathname`), "/a/"),
		Title: chrome.Eval[string](t, ctx, `document.querySelector(".reader h1").firstChild.textContent.trim()`),
		Text:  chrome.Eval[string](t, ctx, `document.querySelector(".reader .body").innerText`),
	}
}
