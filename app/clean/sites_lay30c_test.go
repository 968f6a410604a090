package clean

import "testing"

// TestSitesLay30c cleans pages written here in the layouts of sources the
// earlier helpers read and left with a fault (Spiegel International, Nikkei
// Asia, The Japan News, Asahi, the Phnom Penh Post, EconomyNext, allAfrica,
// Reach's live blogs and video pages, UnHerd, VentureBeat), read as a new
// user would; every case below is a fault that reading found.
func TestSitesLay30c(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// The kicker and the quoted headline, each a line as long as
			// the other in the title line's words: the headline is the
			// one the title line ends on.
			file:      "spiegel-interview-style.txt",
			title:     `"We Need Guarantees, Not Promises"`,
			publisher: "DER SPIEGEL",
		},
		{
			// The lead picture's caption closing on its photographer's
			// name in parentheses, under the byline and the date.
			file:      "asahi-written-style.txt",
			publisher: "The Asahi Shimbun",
			kept:      []string{"SHIKAOI, Hokkaido--A small dairy town"},
			removed:   []gone{{"A hydrogen-powered bus runs through the town of Shikaoi", ReasonCaption}},
		},
		{
			// ... and on the name alone after its full stop.
			file:      "phnompenhpost-style.txt",
			publisher: "Phnom Penh Post",
			kept:      []string{"The Ministry of Labour and Vocational Training has set"},
			removed:   []gone{{"Garment workers leave a factory in Phnom Penh's Por Sen Chey district. Heng Chivoan", ReasonCaption}},
		},
		{
			// The lead picture's caption over the paper's own name, the
			// copyright line's, as its credit.
			file:      "japannews-style.txt",
			publisher: "The Japan News",
			kept:      []string{"The government has decided to extend subsidies"},
			removed:   []gone{{"Prime Minister Taro Sato speaks at the Prime Minister", ReasonCaption}},
		},
		{
			// The stamp closing the story, the place and the day run
			// together: no paragraph of it, and the page's date when
			// the page tells it no other way ("3 hours ago").
			file:      "lay30c-economynext-style.txt",
			publisher: "EconomyNext",
			date:      "2026-12-03",
			kept:      []string{"About 5.2 million kilograms were offered at the sale"},
			removed:   []gone{{"(Colombo/Dec3/2026)", ReasonMetadata}},
		},
		{
			file:      "economynext-style.txt",
			publisher: "EconomyNext",
			date:      "2026-12-02",
			removed:   []gone{{"(Colombo/Dec2/2026)", ReasonMetadata}},
		},
		// allAfrica's republished stories: the paper the story is
		// from, which its note under the story names, is the publisher.
		{file: "allafrica-style.txt", publisher: "Vanguard", kept: []string{"Manufacturers said the ban would cost jobs"}},
		{
			file:      "lay30c-allafrica-style.txt",
			publisher: "The Herald",
			date:      "2026-12-03",
			kept:      []string{"Harare City Council has started installing prepaid water meters"},
			removed:   []gone{{"Read the original article on The Herald.", ReasonMetadata}},
		},
		{
			// A live blog: the first post's heading is the post's, under
			// its time, as the later posts' are; the headline the title
			// line names stays the title, though the latest post's words
			// are the lede's.
			file:      "men-live-style.txt",
			title:     "LIVE: M60 closed after crash near Stockport - updates",
			publisher: "Manchester Evening News",
			date:      "2026-12-05",
			kept:      []string{"One lane has now reopened anticlockwise", "08:55"},
		},
		{
			// The standfirst over the byline and a video player's
			// buttons and notices, far above the story's first paragraph.
			file:      "walesonline-video-style.txt",
			title:     "Swansea beach cafe to close after 60 years",
			publisher: "Wales Online",
			kept:      []string{"The family who run it say rising costs have made it impossible to carry on"},
			removed:   []gone{{"Video Loading", ReasonPlayer}},
		},
		{
			// A guest post: the byline names the guest and the company,
			// the bio under the story names the guest, and the column's
			// box stands between its name and its link.
			file:      "venturebeat-guest-style.txt",
			publisher: "VentureBeat",
			kept:      []string{"Teams that adopt the role ship fewer dashboards"},
			removed: []gone{
				{"Priya Raman is head of data at Northwind Analytics.", ReasonBio},
				{"Welcome to the VentureBeat community!", ReasonPromo},
				{"DataDecisionMakers is where experts", ReasonPromo},
				{"You might even consider contributing an article of your own!", ReasonPromo},
			},
		},
		// Ukrainian and Russian pages: the byline under "Автор:", the
		// date after its weekday, the appeal ("Підтримайте ...",
		// "Поддержите ..."), the tags under "Теги:", the latest news'
		// label, the typo box's hint, a caption's "Фото:" credit.
		{
			file:      "lay30c-pravdaua-uk-style.txt",
			title:     "Росіяни вночі атакували дронами порт Ізмаїла, пошкоджено склад",
			publisher: "Українська правда",
			date:      "2026-12-02",
			kept:      []string{"Російські війська вночі атакували", "Передісторія: Порти на Дунаї"},
			removed: []gone{
				{"Автор: Ірина Коваль", ReasonMetadata},
				{"Рятувальники на місці пожежі. Фото: ДСНС", ReasonCaption},
				{"Підтримайте УП або станьте нашим патроном!", ReasonDonation},
				{"Теги: Ізмаїл дрони порти", ReasonTags},
				{"Помітили помилку?", ReasonCrumb},
				{"Останні новини", ReasonRelated},
			},
		},
		{
			file:      "lay30c-novayagazeta-ru-style.txt",
			title:     "В Петербурге закрыли последний независимый книжный магазин на Литейном",
			publisher: "Новая газета Европа",
			date:      "2026-12-02",
			kept:      []string{"Постоянные покупатели в последний день работы"},
			removed: []gone{
				{"Автор: Анна Смирнова", ReasonMetadata},
				{"Поддержите «Новую газету Европа»!", ReasonDonation},
				{"Теги: Петербург книги цензура", ReasonTags},
				{"Последние новости", ReasonRelated},
			},
		},
		// A review's headline, the play's name, which its story names:
		// no section's label over the deck.
		{file: "lay30c-review-style.txt", title: "Salt Roads", publisher: "-"},
	})
	// Nikkei Asia's page without its title line: the headline in sentence
	// case, which the parse reads as a paragraph, under the masthead and
	// two section labels, over its deck, which tells the lede's words
	// better.
	if r := cleanSiteUntitled(t, "nikkeiasia-paywall-style.txt"); r.Title != "Samsung to spend $30bn on new chip line as AI demand booms" {
		t.Errorf("nikkeiasia-paywall-style.txt without its title line: title %q", r.Title)
	}
	// Der Spiegel's interview without its title line: the quote under its
	// kicker is the headline.
	if r := cleanSiteUntitled(t, "spiegel-interview-style.txt"); r.Title != `"We Need Guarantees, Not Promises"` {
		t.Errorf("spiegel-interview-style.txt without its title line: title %q", r.Title)
	}
	// The Japan News without its title line: its masthead names the paper
	// and its owner, whom the copyright line names.
	if r := cleanSiteUntitled(t, "japannews-style.txt"); r.Publisher != "The Japan News" {
		t.Errorf("japannews-style.txt without its title line: publisher %q", r.Publisher)
	}
	// The Manchester Evening News' live blog without its title line: its
	// headline, over the posts under their times.
	if r := cleanSiteUntitled(t, "men-live-style.txt"); r.Title != "LIVE: M60 closed after crash near Stockport - updates" {
		t.Errorf("men-live-style.txt without its title line: title %q", r.Title)
	}
	// The first post's heading, under the key events' entry of the same
	// words.
	r := cleanSite(t, "men-live-style.txt")
	for i := len(r.Blocks) - 1; i >= 0; i-- {
		if b := r.Blocks[i]; b.Source() == "Lane reopens" {
			if b.Removed != "" {
				t.Errorf("men-live-style.txt: the first post's heading removed as %q", b.Removed)
			}
			break
		}
	}
}
