package clean

import (
	"testing"

	"github.com/dossierapp/dossier/app/boiler"
)

// TestSitesFlattened cleans seven of app/extract's site-shaped pages
// (testdata/sites/*.page there, invented text) as a simple scraper
// flattens them: one line a block element, the text of inline elements
// run together ("Rosalind NgSpecial to the Sentinel"). Each case names the
// fault it found.
func TestSitesFlattened(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// An opinion column: its disclaimer, the writer's bio ("...
			// has written about ... for the Sentinel"), the call for
			// letters and "More Opinion" over its links all stayed.
			file: "opinion-bio-flat.txt", title: "Our small towns don’t need another study. They need a bus", publisher: "The Prairie Sentinel",
			kept: []string{"Every few years, someone in the provincial capital", "the next study will say the same as the last one."},
			removed: []gone{
				{"This column is an opinion piece.", ReasonMetadata},
				{"Rosalind Ng is a retired nurse", ReasonMetadata},
				{"Want to respond to this column?", ReasonMetadata},
				{"More Opinion", ReasonRelated},
				{"Editorial: The rink deserves a real budget", ReasonRelated},
			},
		},
		{
			// Jetpack's related posts: each card's excerpt and its 'In
			// "Nature"' line stayed under the removed card's title.
			file: "wordpress-jetpack-flat.txt", title: "Volunteers count 212 species in the marsh’s first bioblitz", publisher: "Fenwick Valley Voice",
			kept: []string{"Over a single weekend, 140 volunteers", "designated a local nature reserve"},
			removed: []gone{
				{"Footprints and spraints found under the mill bridge", ReasonRelated},
				{"Farmers plant five miles of new hedgerow", ReasonRelated},
				{"The planting scheme pays landowners", ReasonRelated},
			},
		},
		{
			// Cards with excerpts under "Read next" at the page's end.
			// The publisher is "Brackwater Media", the owner the © line
			// names, not the masthead glued to the weather on the first
			// line ("Brackwater Post Brackwater 18°C Log in Subscribe"):
			// left.
			file: "main-sections-flat.txt", title: "City to test four-day week for 300 council staff", publisher: "-",
			kept: []string{"Brackwater City Council will let about 300 of its staff", "How will it be measured?", "stopped early if services got worse."},
			removed: []gone{
				{"The change will save £1.2m a year, the council says.", ReasonRelated},
				{"New library opens in Eastgate", ReasonRelated},
				{"It is the first new branch in 20 years.", ReasonRelated},
			},
		},
		{
			// "LEIA TAMBÉM:" (Portuguese "Read also:") in the body.
			file: "portuguese-regional-flat.txt", title: "Prefeitura de Santa Luzia do Norte inaugura primeira usina de compostagem da região", publisher: "Jornal do Agreste",
			kept: []string{"A Prefeitura de Santa Luzia do Norte inaugurou", "A obra custou R$ 2,8 milhões"},
			removed: []gone{
				{"LEIA TAMBÉM: Feira livre do centro ganha nova cobertura", ReasonRelated},
			},
		},
		{
			// A reader-revenue epic: "You’ve read" with a curly
			// apostrophe, and the paper in the third person between its
			// paragraphs.
			// The publisher was "The Courant Fund", from the banner "Support
			// the Courant Fund independent journalism ...", two elements
			// run together; the masthead's "The Daily Courant - Back to
			// home" names it.
			file: "guardian-epic-flat.txt", title: "Rewilded river halves flood peaks downstream, study finds", publisher: "The Daily Courant",
			kept: []string{"A river restored to a wilder state", "cannot afford to continue without it."},
			removed: []gone{
				{"You’ve read 8 articles in the last year", ReasonDonation},
				{"Unlike many others, the Daily Courant has no shareholders", ReasonDonation},
				{"Support the Daily Courant from as little as £1", ReasonDonation},
			},
		},
		{
			// "Keep reading with a ... subscription" under the lede.
			file: "paywall-keepreading-flat.txt", title: "Shipping Insurers Raise Premiums as Strait Closures Drag On", publisher: "Harbourline Markets",
			kept: []string{"Insurers that cover ships against war damage", "up from 0.3% in early September"},
			removed: []gone{
				{"Keep reading with a Harbourline Markets subscription", ReasonDonation},
			},
		},
		{
			// A Chinese page flattened (app/extract's chinese-utf8.page as
			// a scraper writes it): the classifier reads no prose in it (no
			// spaces, no function words it knows) and left every menu,
			// link and footer line; the article is its run of prose.
			file: "chinese-flat.txt", title: "江城新建跨江大桥正式通车", publisher: "江城日报社",
			kept: []string{"9月28日上午，江城第三座跨江大桥正式建成通车。", "现在方便多了。"},
			removed: []gone{
				{"首页", ReasonNav},
				{"财经", ReasonNav},
				{"【相关阅读】江城地铁5号线年底试运行", boiler.ReasonOther},
				{"分享到：微信 微博 QQ空间", boiler.ReasonOther},
				{"江城国庆假期天气预报", boiler.ReasonOther},
				{"版权所有 © 2026 江城日报社", boiler.ReasonOther},
			},
		},
	})
}
