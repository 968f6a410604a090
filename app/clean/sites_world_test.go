package clean

import "testing"

// TestSitesTodayWorld cleans pages written here in the layouts of more
// newsrooms as they are scraped today (testdata/sites: the Mirror, The
// Globe and Mail, Premium Times, The Express Tribune, Ars Technica,
// TechCrunch, The Conversation, ProPublica, Mother Jones, Hong Kong Free
// Press, the Los Angeles Times), each read as a new user would; every case
// below is a fault that reading found.
func TestSitesTodayWorld(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file:      "mirror-style.txt",
			publisher: "Mirror Online",
			kept: []string{
				"A mum has spoken of her heartbreak",
				// The article's last sentence, under the sign-up box:
				// not the box's text.
				"West Yorkshire Police said it was investigating.",
			},
			removed: []gone{
				{"Sarah Jones found her son's grave had been damaged", ReasonCaption}, // over "(Image: Yorkshire Live)"
				{"Get the biggest daily news stories by email", ReasonNewsletter},
				{"We use your sign-up to provide content", ReasonNewsletter},
				{"Thank you for subscribing", ReasonNewsletter},
				{"We have more newsletters", ReasonNewsletter},
				{"Invalid Email", ReasonNewsletter},
			},
		},
		{
			file:      "globeandmail-style.txt",
			publisher: "The Globe and Mail",
			kept:      []string{"The bank's next decision is scheduled for January 28."},
			removed: []gone{
				{"Open this photo in gallery:", ReasonCaption},
				// The credit glued to the caption's full stop:
				// "... on Wednesday.Justin Tang/The Canadian Press".
				{"Bank of Canada Governor Tiff Macklem at a press conference", ReasonCaption},
			},
		},
		{
			file:      "premiumtimes-style.txt",
			publisher: "Premium Times Nigeria",
			kept:      []string{"Senate President Godswill Akpabio urged"},
			removed: []gone{
				// The appeal under its banner "Support PREMIUM TIMES'
				// journalism ...", in the paper's third person.
				{"At Premium Times, we firmly believe", ReasonDonation},
				{"For those who can, a donation would be greatly appreciated.", ReasonDonation},
				// Not swept into the appeal: the related list keeps its reason.
				{"Tinubu swears in new service chiefs", ReasonRelated},
			},
		},
		{
			file:      "tribune-pk-dateline-style.txt",
			publisher: "The Express Tribune",
			kept:      []string{"The federal government on Tuesday cut the price of petrol"},
			removed:   []gone{{"ISLAMABAD:", ReasonMetadata}}, // the dateline on a line of its own
		},
		{
			file: "ars-card-style.txt",
			// "Jon Brodkin – Dec 2, 2026 2:15 PM | 112": the byline,
			// its date and the comments' count.
			date:      "2026-12-02",
			publisher: "Ars Technica",
			kept:      []string{"Google said it would appeal."},
			removed: []gone{
				{"Jon Brodkin – Dec 2, 2026", ReasonMetadata},
				// The author card, rendered twice, and its bio that names
				// the writer by his first name.
				{"Senior IT Reporter", ReasonBio},
				{"Jon is a Senior IT Reporter for Ars Technica.", ReasonBio},
			},
		},
		{
			file:      "techcrunch-style.txt",
			publisher: "TechCrunch", // not "TechCrunch Desktop" of its "TechCrunch Desktop Logo"
			kept:      []string{"The startup declined to comment."},
			removed:   []gone{{"Kyle Wiggers is a senior reporter at TechCrunch", ReasonBio}},
		},
		{
			file:      "conversation-footer-style.txt",
			publisher: "The Conversation Media Group", // "Copyright © 2010–2026, ...": not "Copyright"
			kept:      []string{"Scientists are watching for changes"},
		},
		{
			file:      "propublica-republish-style.txt",
			publisher: "ProPublica",
			kept:      []string{"The Treasury Department said it was reviewing the findings."},
			removed:   []gone{{"Thank you for your interest in republishing this story.", ReasonMetadata}},
		},
		{
			file:      "motherjones-style.txt",
			publisher: "Mother Jones",
			kept:      []string{"Senate Democrats said they would oppose the cuts."},
			removed:   []gone{{"Get your news from a source that’s not owned", ReasonNewsletter}},
		},
		{
			file:      "hk-free-press-appeal-style.txt",
			publisher: "Hong Kong Free Press HKFP",
			kept:      []string{"Rights groups criticised the sentences."},
			// The appeal in the paper's third person ("... contribution
			// to Hong Kong Free Press today. With your help, HKFP can ...").
			removed: []gone{{"Safeguard press freedom in Hong Kong", ReasonDonation}},
		},
		{
			file:      "latimes-style.txt",
			publisher: "Los Angeles Times",
			kept:      []string{"Automakers said the new timeline was unrealistic."},
			removed:   []gone{{"This is read by an automated voice.", ReasonAudio}},
		},
	})
}
