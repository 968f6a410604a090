package clean

import (
	"slices"
	"testing"
)

// TestSitesKoreaJapanChinaEastEurope cleans pages written here in the
// layouts of newsrooms that cover the two Koreas, Japan, China, Russia and
// Ukraine and their neighbours (testdata/sites: Daily NK, 38 North, NK Pro,
// The Hankyoreh, The Chosun Daily, KBS World, Arirang, Kyodo News, The
// Asahi Shimbun, Nikkei Asia, The Japan News, Caixin Global, Sixth Tone,
// The Standard of Hong Kong, Taiwan News, Novaya Gazeta Europe,
// Interfax-Ukraine, Ukrinform, Ukrainska Pravda, Euromaidan Press, TVP
// World, Polskie Radio, Radio Prague International, Novinite, Romania
// Insider, Der Spiegel, Kommersant, RT, Sputnik, NV, KED Global, The
// Insider, KCNA Watch, RBC-Ukraine, UNITED24 Media; and the JoongAng Daily,
// Interfax, the Mainichi, the Asahi Shimbun, The Japan Times, Ukrainska
// Pravda, the Kyiv Independent, Der Spiegel, Romania Insider and TVP World
// again; People's Daily Online, KCNA, Mediazona, Civil.ge, Nippon.com), each
// read as a new user would; every
// case below is a fault that reading found, or what a page must keep.
func TestSitesKoreaJapanChinaEastEurope(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "dailynk-style.txt",
			publisher: "Daily NK English",
			kept:      []string{"North Korean authorities have told border guards in Ryanggang province"},
			// The desk's address under the story, its words its own.
			removed: []gone{{"Please direct any comments or questions about this article to dailynkenglish@uni-media.net.", ReasonMetadata}},
		},
		{
			// The title line's site before its tagline after a colon;
			// the figures' "Image © 2026 Airbus DS" names the
			// satellite's company, not the publisher.
			file:      "38north-style.txt",
			publisher: "38 North",
			kept:      []string{"Commercial satellite imagery from late November shows"},
		},
		{
			file:      "nkpro-style.txt",
			publisher: "NK Pro",
			kept:      []string{"North Korea has nearly doubled the size of a showcase greenhouse farm"},
		},
		{
			// The stamp glues the day to the month's point: "Dec.2,2026".
			file:      "hankyoreh-style.txt",
			publisher: "The Hankyoreh",
			date:      "2026-12-02",
			kept:      []string{"The Democratic Party of Korea said Tuesday it would submit a bill"},
			removed:   []gone{{"Posted on : Dec.2,2026 16:47 KST Modified on : Dec.2,2026 17:03 KST", ReasonMetadata}},
		},
		{
			file:      "chosun-style.txt",
			publisher: "The Chosun Daily",
			date:      "2026-12-02",
			kept:      []string{"North Korea has sent an additional 3,000 troops to Russia since October"},
		},
		{
			file:      "kbsworld-style.txt",
			publisher: "KBS WORLD",
			date:      "2026-12-02",
			kept:      []string{"President Yoon Suk Yeol has called for stronger security cooperation"},
		},
		{
			file:      "arirang-style.txt",
			publisher: "Arirang News",
			kept:      []string{"South Korea's exports rose 9.4 percent from a year earlier"},
		},
		{
			// The agency's name, a dash and the stamp, the sections
			// after a bar.
			file:      "kyodo-style.txt",
			publisher: "Kyodo News",
			date:      "2026-12-02",
			kept:      []string{"Japan and the Philippines agreed Tuesday to begin negotiations"},
			removed:   []gone{{"KYODO NEWS - Dec 2, 2026 - 18:22 | Japan, World", ReasonMetadata}},
		},
		{
			// The caption's label, so spelt.
			file:      "asahi-style.txt",
			publisher: "The Asahi Shimbun",
			kept:      []string{"A record 3.4 million foreign visitors came to Japan in November"},
			removed:   []gone{{"Photo/Illutration Foreign tourists crowd a shopping street", ReasonCaption}},
		},
		{
			file:      "nikkeiasia-style.txt",
			publisher: "Nikkei Asia",
			date:      "2026-12-02",
			kept:      []string{"TOKYO -- Toyota Motor will invest about $3 billion"},
		},
		{
			file:      "japannews-style.txt",
			publisher: "The Japan News",
			date:      "2026-12-02",
			kept:      []string{"The government has decided to extend subsidies"},
		},
		{
			// The reporter's and the editor's addresses in parentheses.
			file:      "caixin-style.txt",
			publisher: "Caixin Global",
			kept:      []string{"Local governments across China are rushing to clear unpaid bills"},
			removed:   []gone{{"Contact reporter Han Wei (weihan@caixin.com) and editor Lu Feng (fenglu@caixin.com)", ReasonMetadata}},
		},
		{
			file:      "sixthtone-style.txt",
			publisher: "Sixth Tone",
			kept:      []string{"Shanghai has opened 500 heated rest stations for delivery riders"},
		},
		{
			file:      "thestandardhk-style.txt",
			publisher: "The Standard",
			kept:      []string{"The MTR Corporation will raise fares by 3.2 percent from June"},
		},
		{
			// The title line's date after the site.
			file:      "taiwannews-style.txt",
			title:     "Taiwan tracks 24 Chinese military aircraft, 7 ships",
			publisher: "Taiwan News",
			kept:      []string{"TAIPEI (Taiwan News) — Taiwan's Ministry of National Defense"},
		},
		{
			// The appeal under its heading "Join us in ...".
			file:      "novayagazeta-style.txt",
			publisher: "Novaya Gazeta Europe",
			kept:      []string{"At least 30 of Russia’s regions plan to cut spending on hospitals"},
			removed: []gone{
				{"Join us in rebuilding Novaya Gazeta Europe", ReasonDonation},
				{"The Russian government has banned independent media.", ReasonDonation},
				{"We will continue fighting against warfare and dictatorship.", ReasonDonation},
				{"By clicking the Support button, you agree to the processing of your personal data.", ReasonDonation},
			},
		},
		{
			file:      "interfax-style.txt",
			publisher: "Interfax-Ukraine",
			kept:      []string{"KYIV. Dec 2 (Interfax-Ukraine) – Hourly power outage schedules"},
		},
		{
			file:      "ukrinform-style.txt",
			publisher: "Ukrinform",
			kept:      []string{"As Ukrinform reported, the previous exchange took place on October 14"},
			removed:   []gone{{"Read also: Ombudsman says Russia holds over 8,000 Ukrainians", ReasonRelated}},
		},
		{
			file:      "pravdaua-style.txt",
			publisher: "Ukrainska Pravda",
			kept:      []string{"Details: Kiper said two port workers were taken to hospital"},
		},
		{
			// The appeal, opening "You could close this page.", closing
			// with "Become a patron ...".
			file:      "euromaidan-style.txt",
			publisher: "Euromaidan Press",
			kept:      []string{"Military analysts say the so-called drone line"},
			removed: []gone{
				{"You could close this page. Or you could join our community", ReasonDonation},
				{"We keep our reporting open and accessible to everyone", ReasonDonation},
				{"Become a patron or see other ways to support.", ReasonDonation},
			},
		},
		{
			file:      "tvpworld-style.txt",
			publisher: "TVP World",
			kept:      []string{"Poland will build a second line of anti-drone defenses"},
		},
		{
			file:      "polskieradio-style.txt",
			publisher: "Polskie Radio",
			kept:      []string{"Around 200 farmers with tractors gathered at the Dorohusk crossing"},
			removed:   []gone{{"(pm/gs)", ReasonMetadata}},
		},
		{
			file:      "radioprague-style.txt",
			publisher: "Radio Prague International",
			kept:      []string{"The Czech government on Monday approved a defence budget"},
		},
		{
			file:      "romaniainsider-style.txt",
			publisher: "Romania Insider",
			kept:      []string{"The central bank expects inflation to fall below 5% by the end of next year."},
			removed:   []gone{{"(Photo source: Inquam Photos/Octav Ganea)", ReasonCredit}},
		},
		{
			file:      "spiegel-style.txt",
			publisher: "DER SPIEGEL",
			kept:      []string{"When Friedrich Merz took office, he promised Germans"},
		},
		{
			file:      "kommersant-style.txt",
			publisher: "Kommersant",
			kept:      []string{"Bankers told Kommersant that they had already tightened requirements"},
		},
		{
			// The title line names the site and its section: the
			// masthead's "RT" over it is the site.
			file:      "rt-style.txt",
			publisher: "RT",
			kept:      []string{"“There is nothing in this document that we could discuss,” he added."},
		},
		{
			file:      "sputnik-style.txt",
			publisher: "Sputnik International",
			date:      "2026-12-02",
			kept:      []string{"MOSCOW (Sputnik) - Russian air defense systems intercepted"},
		},
		{
			// A quote and who said it under a "Read also:" teaser: the
			// story going on, not the teaser's excerpt.
			file:      "nvua-style.txt",
			publisher: "NV",
			kept:      []string{"“This is a budget of a country at war,” Marchenko said."},
			removed:   []gone{{"Join our community of readers on Telegram", ReasonShare}},
		},
		{
			file:      "kedglobal-style.txt",
			publisher: "KED Global",
			date:      "2026-12-02",
			kept:      []string{"Hyundai Motor Group will invest $2 billion to build a robotics plant"},
		},
		{
			file:      "theinsider-style.txt",
			publisher: "The Insider",
			kept:      []string{"Rostec did not respond to a request for comment."},
		},
		{
			file:      "kcnawatch-style.txt",
			publisher: "KCNA Watch",
			kept:      []string{"Pyongyang, December 2 (KCNA) -- Kim Jong Un"},
		},
		{
			// The list of teasers in the story, under its intro.
			file:      "rbcukraine-style.txt",
			publisher: "RBC-Ukraine",
			kept:      []string{"Damage was reported in the Kharkiv, Sumy and Dnipropetrovsk regions"},
			removed: []gone{
				{"You may also be interested in the news:", ReasonRelated},
				{"Zelensky calls for more air defense after Kyiv attack", ReasonRelated},
			},
		},
		{
			file:      "united24-style.txt",
			publisher: "UNITED24 Media",
			kept:      []string{"“We removed the bureaucracy between the engineers and the army,”"},
		},
		{
			// The source in capitals in brackets after the caption's
			// sentence.
			file:      "joongang-bracket-style.txt",
			publisher: "Korea JoongAng Daily",
			kept:      []string{"Seoul will extend free bus rides to all residents aged 70 and older"},
			removed:   []gone{{"Seniors board a bus in Jongno District, central Seoul, on Tuesday. [NEWS1]", ReasonCaption}},
		},
		{
			file:      "interfaxru-style.txt",
			publisher: "Interfax",
			kept:      []string{"Analysts attributed the decline to the export quota and the strong ruble."},
		},
		{
			// The translator's note.
			file:      "mainichi-original-style.txt",
			publisher: "The Mainichi",
			kept:      []string{"Experts say the government's child support measures have not been enough"},
			removed:   []gone{{"(Japanese original by Yuki Tanaka, Lifestyle and Medical News Department)", ReasonMetadata}},
		},
		{
			// The writers' note under the story.
			file:      "asahi-written-style.txt",
			publisher: "The Asahi Shimbun",
			kept:      []string{"The buses are also being used to take elderly residents to hospitals"},
			removed:   []gone{{"(This article was written by Hanako Suzuki and Jiro Kato.)", ReasonMetadata}},
		},
		{
			// The headline over its lead picture's caption, which the
			// title line echoes: no stray image title. And the comment
			// box's note for subscribers.
			file:      "japantimes-headline-style.txt",
			title:     "Bank of Japan signals rate hike in January",
			publisher: "The Japan Times",
			kept:      []string{"The yen rose 1% against the dollar after his remarks."},
			removed:   []gone{{"With your current subscription plan you can comment on stories.", ReasonDonation}},
		},
		{
			// The banner's call after its slogan, and the tags under it.
			file:      "pravdaua-frontline-style.txt",
			publisher: "Ukrainska Pravda",
			kept:      []string{"Details: Zelensky said the issue had been discussed"},
			removed:   []gone{{"Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!", ReasonDonation}},
		},
		{
			// The appeal's label over it.
			file:      "kyivindependent-note-style.txt",
			publisher: "The Kyiv Independent",
			kept:      []string{"Russia regularly targets the city, which lies about 40 kilometers"},
			removed:   []gone{{"Note from the author:", ReasonDonation}},
		},
		{
			// An interview's byline; the lead picture's caption over its
			// credit, "Foto: ...".
			file:      "spiegel-interview-style.txt",
			publisher: "DER SPIEGEL",
			kept:      []string{"Sybiha: We want peace more than anyone."},
			removed: []gone{
				{"Interview Conducted by Christian Esch", ReasonMetadata},
				{"Andrii Sybiha in Kyiv last week", ReasonCaption},
			},
		},
		{
			// The picture's source in parentheses under the story.
			file:      "romaniainsider-credit-style.txt",
			publisher: "Romania Insider",
			kept:      []string{"The line has been delayed several times since construction began in 2021."},
			removed:   []gone{{"(Photo source: Inquam Photos/George Călin)", ReasonCredit}},
		},
		{
			file:      "tvpworld-cookie-style.txt",
			publisher: "TVP World",
			kept:      []string{"The ruling coalition does not have the three-fifths majority"},
			removed:   []gone{{"We use cookies and similar technologies to provide services", ReasonCookie}},
		},
		{
			// The web editors' note under the story.
			file:      "peoplesdaily-style.txt",
			publisher: "People's Daily Online",
			kept:      []string{"The country has kept annual grain output above 650 million tonnes"},
			removed:   []gone{{"(Web editor: Zhang Kaiwei, Liang Jun)", ReasonMetadata}},
		},
		{
			// The agency's address and its stamp in the Juche calendar,
			// whose year 115 is 2026.
			file:      "kcna-style.txt",
			publisher: "KCNA",
			date:      "2026-12-02",
			kept:      []string{"The message expressed the belief that the friendly relations"},
			removed:   []gone{{"www.kcna.kp (Juche115.12.2.)", ReasonMetadata}},
		},
		{
			// Kyodo's sign-off on a member's page.
			file:      "kyodo-signoff-style.txt",
			publisher: "The Japan Times",
			kept:      []string{"The jobs-to-applicants ratio edged down to 1.19"},
			removed:   []gone{{"==Kyodo", ReasonSignoff}},
		},
		{
			// A war story's quotes and reports that read as an appeal's
			// openings ("Join us in ...", "Help us, ...", "Dear friends,
			// ...") and its news of donations: the story, whole.
			file:      "euromaidan-quotes-style.txt",
			publisher: "Euromaidan Press",
			kept: []string{
				"“Join us in defending Europe’s skies.",
				"“Help us, we have nothing left to heat our homes with,” said Olena",
				"Support for the president’s plan has grown in Germany",
				"Ukrainians have donated more than $40 million to the UNITED24 platform",
				"Dear friends, we need your support more than ever, the mayor of Kharkiv wrote",
				"Become a patron of a frontline hospital, the health ministry urged",
				"The Kremlin did not comment.",
			},
		},
		{
			// The outlet's appeal over its button, a label in quotes.
			file:      "mediazona-style.txt",
			publisher: "Mediazona",
			kept:      []string{"The longest sentence, 20 years in a maximum-security colony"},
			removed:   []gone{{"Mediazona is an independent media outlet covering Russia.", ReasonDonation}},
		},
		{
			file:      "civilge-style.txt",
			publisher: "Civil.ge",
			kept:      []string{"The opposition boycotted the vote, calling the law an attack on press freedom."},
		},
		{
			// The newsletter's name, its line and its button.
			file:      "meduza-newsletter-style.txt",
			publisher: "Meduza",
			kept:      []string{"Dozens of actors and critics had signed a letter in her support."},
			removed: []gone{
				{"The Real Russia. Today.", ReasonNewsletter},
				{"The most important stories from Meduza in English, delivered every weekday.", ReasonNewsletter},
			},
		},
		{
			// The translator's note with the banner's caption.
			file:      "nippon-style.txt",
			publisher: "Nippon.com",
			kept:      []string{"The government plans to expand its skilled worker program"},
			removed:   []gone{{"(Translated from Japanese. Banner photo:", ReasonMetadata}},
		},
		{
			// The premium article's pitches under its first paragraph.
			file:      "caixin-premium-style.txt",
			publisher: "Caixin Global",
			kept:      []string{"China's biggest solar panel makers have cut thousands of jobs"},
			removed: []gone{
				{"This is a premium article. Subscribe to Caixin Global to read the full story.", ReasonDonation},
				{"Unlock exclusive discounts with a Caixin group subscription", ReasonDonation},
			},
		},
		{
			// A short header (the masthead, two section labels) over the
			// headline, the masthead again over the paywall: the title
			// line's headline is promoted, the header goes.
			file:      "nikkeiasia-paywall-style.txt",
			title:     "Samsung to spend $30bn on new chip line as AI demand booms",
			publisher: "Nikkei Asia",
			kept:      []string{"SEOUL -- Samsung Electronics will invest about $30 billion"},
			removed:   []gone{{"Tech", ReasonNav}, {"Semiconductors", ReasonNav}},
		},
		// Without their title lines.
		{file: "hankyoreh-untitled-style.txt", publisher: "The Hankyoreh", date: "2026-12-02"},
		{file: "kyodo-untitled-style.txt", publisher: "-", date: "2026-12-02"},
		// The masthead and its menu over the headline, which stands over
		// its lead picture's caption: no stray image title.
		{file: "japantimes-headline-untitled-style.txt", title: "Bank of Japan signals rate hike in January", publisher: "The Japan Times"},
		// The site's tagline between its name and its menu.
		{file: "mainichi-original-untitled-style.txt", title: "Japan's birth rate falls to record low for 10th straight year", publisher: "The Mainichi"},
		{file: "caixin-untitled-style.txt", publisher: "Caixin Global", kept: []string{"Economists said the arrears have hurt private firms' cash flow"}},
	})
	// Ukrainska Pravda's tags between its appeal and the advertisement's
	// label, one of them a place or a name the story names ("Odesa",
	// "Zelensky"): the end matter's.
	for file, tags := range map[string][]string{"pravdaua-style.txt": {"Odesa", "drones"}, "pravdaua-frontline-style.txt": {"Zelensky", "missiles"}} {
		for _, b := range cleanSite(t, file).Blocks {
			if slices.Contains(tags, b.Source()) && b.Removed == "" {
				t.Errorf("%s: the tag %q kept", file, b.Source())
			}
		}
	}
	// KCNA Watch's link to the agency's own report, Daily NK's to the
	// story in Korean, under the story.
	for file, link := range map[string]string{"kcnawatch-style.txt": "Original", "dailynk-korean-style.txt": "Read in Korean"} {
		for _, b := range cleanSite(t, file).Blocks {
			if b.Source() == link && b.Removed == "" {
				t.Errorf("%s: the link %q kept", file, b.Source())
			}
		}
	}
	// Nikkei Asia's masthead, over the headline and over the paywall.
	for _, b := range cleanSite(t, "nikkeiasia-paywall-style.txt").Blocks {
		if b.Source() == "Nikkei Asia" && b.Removed == "" {
			t.Errorf("nikkeiasia-paywall-style.txt: the masthead %q kept", b.Source())
		}
	}
	// Interfax's editor's initials under the story.
	for _, b := range cleanSite(t, "interfaxru-style.txt").Blocks {
		if b.Source() == "al" && b.Removed != ReasonSignoff {
			t.Errorf("interfaxru-style.txt: the initials %q not removed as %q (%q)", b.Source(), ReasonSignoff, b.Removed)
		}
	}
	// UNITED24 Media's author box under the story: its label without a
	// colon, the writer's name under it.
	n := 0
	for _, b := range cleanSite(t, "united24-style.txt").Blocks {
		if b.Source() == "Author" || b.Source() == "Oleksandr Shevchenko" {
			n++
			if b.Removed != ReasonMetadata {
				t.Errorf("united24-style.txt: %q not removed as %q (%q)", b.Source(), ReasonMetadata, b.Removed)
			}
		}
	}
	if n != 3 {
		t.Errorf("united24-style.txt: %d lines of the byline and the author box, want 3", n)
	}
}
