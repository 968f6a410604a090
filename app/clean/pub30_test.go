package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/parse"
)

// TestPub30RepublishedDate cleans a page written here whose story a sister
// site first ran ("Republished from Nov 9, 2026 6:27 PM" under the
// masthead): the date after "republished from" names no publisher.
func TestPub30RepublishedDate(t *testing.T) {
	if r := cleanSite(t, "pub30-republished-style.txt"); r.Publisher != "Sideline Ledger" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Sideline Ledger")
	}
}

// TestPub30ShopBanner cleans a page written here, without its title line,
// that opens with a shop's banner ("30-Day Returns | Free Shipping on most
// orders | Call us: ..."), which reads as a title line: its first part names
// no site. The copyright lines name the shop.
func TestPub30ShopBanner(t *testing.T) {
	if r := cleanSiteUntitled(t, "pub30-shopbanner-style.txt"); r.Publisher != "Loft Goods" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Loft Goods")
	}
}

// TestPub30BlogMasthead cleans a page written here whose title line ("The
// Ledger Notebook: Old Habits") is kept whole as the headline, the blog's
// name alone on the line under it: that line, one end of the title line,
// is the masthead naming the publisher.
func TestPub30BlogMasthead(t *testing.T) {
	if r := cleanSite(t, "pub30-blogmast-style.txt"); r.Publisher != "The Ledger Notebook" {
		t.Errorf("publisher %q, want %q (title %q)", r.Publisher, "The Ledger Notebook", r.Title)
	}
}

// TestPub30TeaserMasthead cleans a page written here, without its title
// line, whose header opens with a teaser's line cut short ("The Lantern's
// Morning Brief...") over a loader's "Loading...": a line ending in an
// ellipsis is no masthead. The copyright line names the site.
func TestPub30TeaserMasthead(t *testing.T) {
	if r := cleanSiteUntitled(t, "pub30-teaser-style.txt"); r.Publisher != "TheLanternDaily.com" {
		t.Errorf("publisher %q, want %q", r.Publisher, "TheLanternDaily.com")
	}
}

// TestPub30FollowHandle cleans a page written here that names itself only
// on a short line among its menus ("Orbit Weekly") and in its "Follow
// @orbitweekly" button, which spells that line as its handle: the site is
// the publisher, the writer ("by Rosa Quint") is not.
func TestPub30FollowHandle(t *testing.T) {
	if r := cleanSite(t, "pub30-handle-style.txt"); r.Publisher != "Orbit Weekly" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Orbit Weekly")
	}
	// The writer's button under her name: no publisher.
	raw, err := os.ReadFile(filepath.Join("testdata", "sites", "pub30-handle-style.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page := strings.NewReplacer("Orbit Weekly\n", "", "Follow @orbitweekly", "Rosa Quint\nFollow @rosaquint").Replace(string(raw))
	if r := Clean(page); r.Publisher == "Rosa Quint" {
		t.Errorf("the writer's handle: publisher %q", r.Publisher)
	}
}

// TestPub30GluedYear cleans a page written here whose only copyright line
// glues the site's name to the years' full stop ("Copyright
// 2004-2026.Pocket Handset."): the name after the point is the publisher.
func TestPub30GluedYear(t *testing.T) {
	if r := cleanSite(t, "pub30-gluedyear-style.txt"); r.Publisher != "Pocket Handset" {
		t.Errorf("publisher %q, want %q", r.Publisher, "Pocket Handset")
	}
}

// TestPub30TitleLineEnd cleans a page written here whose title line
// ("Harvest Table Ideas | Denver - CityMorsel") reads as a site before its
// headline, the site named nowhere else; its last part is the masthead's
// line of its own ("CityMorsel"): that part is the publisher.
func TestPub30TitleLineEnd(t *testing.T) {
	if r := cleanSite(t, "pub30-lastpart-style.txt"); r.Publisher != "CityMorsel" {
		t.Errorf("publisher %q, want %q (title %q)", r.Publisher, "CityMorsel", r.Title)
	}
}

// TestPub30WireLedeNoMasthead cleans a wire story written here whose
// headline is its first line and whose lede, wrapped, opens with the
// headline's first words on a line of their own ("Harbour Freight" under
// "HARBOUR FREIGHT <HFX> TO HAVE LOSSES"): with no separator between them
// in the headline, those words are no masthead.
func TestPub30WireLedeNoMasthead(t *testing.T) {
	r := Clean("HARBOUR FREIGHT <HFX> TO HAVE LOSSES\nHarbour Freight\nCo said it expects to report losses of about 12 mln dlrs for\nthe fourth quarter on revenues of about 30 mln dlrs for the year.\n")
	if r.Publisher != "" {
		t.Errorf("publisher %q, want none", r.Publisher)
	}
}

// TestPub30OldHeaderLinks checks that an older site's header links and
// tools ("Make us your home page", "RSS FEEDS", "Print Page: Print", "Font
// Size: Decrease Increase"), which a scrape without its title line may leave
// as the first kept line and so the title, are crumbs to remove.
func TestPub30OldHeaderLinks(t *testing.T) {
	for _, s := range []string{"Make us your home page", "RSS FEEDS", "Print Page: Print", "Font Size: Decrease Increase"} {
		var b block
		if r := crumbReason(newBlock(&b, parse.Block{Kind: "paragraph", Text: s})); r == "" {
			t.Errorf("%q: no crumb", s)
		}
	}
}

// TestPub30LowerCaseBlog cleans a page written here whose blog writes its
// name in lower case, after its title line's dash ("... - two sisters
// abroad") and alone on the line under it: that last part of the title
// line, a line of its own, is the publisher though no capital marks it.
func TestPub30LowerCaseBlog(t *testing.T) {
	if r := cleanSite(t, "pub30-lowerblog-style.txt"); r.Publisher != "two sisters abroad" {
		t.Errorf("publisher %q, want %q (title %q)", r.Publisher, "two sisters abroad", r.Title)
	}
}

// TestPub30EmptyPage cleans pages that end with no block (an ad's clause
// alone, cut whole): the publisher's fallbacks (the title line's last part)
// read no first block, and do not panic.
func TestPub30EmptyPage(t *testing.T) {
	repanic = true // see the panic Clean's fallback would hide
	defer func() { repanic = false }()
	for _, s := range []string{"", "#climate, the company known for the best!"} {
		if r := Clean(s); r.Publisher != "" {
			t.Errorf("%q: publisher %q", s, r.Publisher)
		}
	}
}
