//go:build !wasm

package ui

import (
	"fmt"
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/dates"
	"github.com/dossierapp/dossier/app/timeline/view"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// trayUI is the tray's list as go-app elements, as the page made it before
// trayHTML (its handlers aside): the reference the HTML must equal.
func trayUI(m *view.Model, undated, dated int) app.UI {
	var items []app.UI
	nu := min(len(m.Undated), undated)
	for _, ai := range m.Undated[:nu] {
		items = append(items, trayItemUI(m.Arts[ai], m.Synthetic == 0))
	}
	if nu < len(m.Undated) {
		items = append(items, trayMoreUI("undated", nu, len(m.Undated), "undated articles"))
	}
	nd := min(len(m.UserDated), dated)
	for _, ai := range m.UserDated[:nd] {
		a := m.Arts[ai]
		items = append(items, app.Li().Class("tray-item user-dated").DataSet("id", a.ID).Body(
			app.A().Class("title").Href(link(ReaderPath(a.ID))).Text(a.Title),
			app.P().Class("exprs").Body(
				app.Text("You dated it "),
				app.Time().DateTime(a.UserDate).Text(view.FormatDate(a.UserDate, dates.PrecisionDay)),
				app.Text(fmt.Sprintf(": %d %s placed. ", a.Events, plural(a.Events, "event", "events"))),
				app.Button().Type("button").Class("clear").Aria("label", "Clear the date of "+a.Title).DataSet("id", a.ID).Text("Clear"),
			),
		))
	}
	if nd < len(m.UserDated) {
		items = append(items, trayMoreUI("dated", nd, len(m.UserDated), "articles you dated"))
	}
	return app.Ul().Body(items...)
}

func trayMoreUI(kind string, shown, total int, what string) app.UI {
	next := min(tlTrayPage, total-shown)
	return app.Li().Class("more").DataSet("more", kind).Body(
		app.Span().Class("count").Text(fmt.Sprintf("%d of %d %s shown.", shown, total, what)),
		app.Button().Type("button").Class("more").
			Aria("label", fmt.Sprintf("Show %d more %s (%d of %d shown)", next, what, shown, total)).
			Text(fmt.Sprintf("Show %d more", next)),
	)
}

func trayItemUI(a view.Article, form bool) app.UI {
	exprs := view.UniqueExpressions(a.Unresolved)
	var chips []app.UI
	for k, x := range exprs {
		if k == tlChipsMax {
			chips = append(chips, app.Li().Class("more-exprs").Text(fmt.Sprintf("and %d more", len(exprs)-k)))
			break
		}
		chips = append(chips, app.Li().Class("expr").Title(sentenceOf(a, x)).Text("“"+x+"”"))
	}
	inputID := "date-" + a.ID
	return app.Li().Class("tray-item").DataSet("id", a.ID).Body(
		app.A().Class("title").Href(link(ReaderPath(a.ID))).Text(a.Title),
		app.If(len(chips) > 0, func() app.UI {
			return app.Div().Class("exprs").Body(
				app.Span().Class("label").Text("Waiting for a date:"),
				app.Ul().Body(chips...),
			)
		}).Else(func() app.UI {
			return app.P().Class("exprs none").Text("No relative dates in this article.")
		}),
		app.If(form, func() app.UI {
			return app.Form().Class("set-date").DataSet("id", a.ID).Body(
				app.Label().For(inputID).Text("Published on"),
				app.Input().Type("date").ID(inputID).Name("date").Required(true).Max("2100-12-31"),
				app.Button().Type("submit").Text("Set date"),
			)
		}),
	)
}

// sameHTML makes go-app's HTML (goapp) and ours comparable: go-app writes
// a tag's attributes in any order, their values quoted as Go strings, a
// boolean one as ="true", and lays its HTML out in lines.
func sameHTML(h string, goapp bool) string {
	tag := regexp.MustCompile(`<[a-z0-9]+( [a-z-]+(="(?:[^"\\]|\\.)*")?)+>`)
	attr := regexp.MustCompile(` ([a-z-]+)(?:=("(?:[^"\\]|\\.)*"))?`)
	if goapp {
		h = regexp.MustCompile(`\n *`).ReplaceAllString(h, "")
		h = strings.ReplaceAll(h, ` required="true"`, ` required`)
	}
	return tag.ReplaceAllStringFunc(h, func(t string) string {
		var as []string
		for _, m := range attr.FindAllStringSubmatch(t, -1) {
			if m[2] == "" {
				as = append(as, " "+m[1])
				continue
			}
			v := html.UnescapeString(m[2][1 : len(m[2])-1])
			if goapp {
				v, _ = strconv.Unquote(m[2])
			}
			as = append(as, " "+m[1]+"="+strconv.Quote(v))
		}
		sort.Strings(as)
		return t[:strings.IndexByte(t, ' ')] + strings.Join(as, "") + ">"
	})
}

// TestTrayHTML: the tray's list made as HTML is the one go-app made of its
// elements: undated articles with their chips (more than tlChipsMax of
// them too) and forms, a page of them with "show more", articles the
// reader dated; and its text is escaped.
func TestTrayHTML(t *testing.T) {
	d := useDossier(t)
	seeds := seedDocs(t)
	var undated doc
	for _, x := range seeds {
		if x.EffectiveDate() == "" && len(x.Events) > 0 {
			undated = x
		}
	}
	var docs []doc
	for i := 0; i < tlTrayPage+5; i++ {
		x := undated
		x.ID = fmt.Sprintf("%s-%d", x.ID, i)
		docs = append(docs, x)
	}
	d.SetBundled(append(docs, seeds...), nil, nil)
	d.SetUserDate(docs[0].ID, "2020-05-06")
	d.SetUserDate(docs[1].ID, "2021-01-02")
	p := newTimelinePage()
	p.sync()
	m := p.model
	if len(m.Undated) <= tlTrayPage || len(m.UserDated) != 2 {
		t.Fatalf("%d undated, %d dated by the reader", len(m.Undated), len(m.UserDated))
	}
	a := &m.Arts[m.Undated[0]]
	for len(view.UniqueExpressions(a.Unresolved)) <= tlChipsMax {
		e := a.Unresolved[0]
		e.Expression = fmt.Sprintf("%s <%d> & \"so\"", e.Expression, len(a.Unresolved))
		a.Unresolved = append(a.Unresolved, e)
	}
	a.Title = `A "title" <b> & more`
	for _, lim := range [][2]int{{tlTrayPage, tlTrayPage}, {100, 1}} {
		want := sameHTML(app.HTMLString(trayUI(m, lim[0], lim[1])), true)
		if got := sameHTML(trayHTML(m, lim[0], lim[1]), false); got != want {
			t.Errorf("limits %v:\n got %s\nwant %s", lim, got, want)
		}
	}
	if got := trayHTML(m, 1, 0); !strings.Contains(got, `>A &#34;title&#34; &lt;b&gt; &amp; more</a>`) || !strings.Contains(got, `and 1 more`) {
		t.Errorf("not escaped, or no more chips: %s", got)
	}
}
