package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/ingest"
)

// TestSitesTodayHTML reads pages written here in the shapes news sites serve
// today (testdata/sites, invented text: a Newspack local site, a Next.js page
// of <div> soup with JSON-LD, AMP, a live blog, paywall and newsletter boxes
// inside <article>, figures with credits, a wire story on a local TV site, a
// Windows-1251 page, a headline only in og:title and JSON-LD, an old table
// layout with <br> paragraphs, tables and lists that are content, ad slots
// splitting the body, obfuscated class names, a German page, an <h1> that is
// the logo, a Ghost newsletter, boxes inside the body, a body in a
// "paywall" element, a page drawn by script with its text in JSON-LD,
// teasers with excerpts inside the body, a short brief under its comments,
// social embeds, an h1 apart from og:title, the next story loaded below,
// a Substack post, a Chinese page, a body in companion columns between ads,
// Japanese, Korean and Arabic pages, WordPress with Jetpack's boxes, inline
// "Read more:" teasers, a metered "Keep reading" page, a reader-revenue
// epic, lazy images with <noscript>, a body in <main> sections, Spanish and
// Portuguese regional papers, an opinion column, a photo gallery, teaser
// cards beside a short story, a live blog's permalinked entries, Drupal's
// fields with an appeal among them, a gallery "In pictures: ...", a
// French paper "de la Côte", a Wix blog's post footer, a kicker inside the
// <h1>, a Blogger post under the blog's <h1>, a roundup of linked names,
// bodies only in Next.js', Nuxt's, Apollo's and the App Router's state
// scripts and a brief whose state lists other stories, captions without
// a credit, a French meta row, a USA Today network paper's contact line,
// a Brightspot radio station's page, a live blog's entries
// with their times alone on a line, a badge in the <h1>, Ghost's cards,
// a video's module in the body)
// through the app's path
// (ingest.Read, which extracts, then clean.Clean) and checks the title, the
// publisher, text that must stay in the cleaned article and text that must
// not be in it; raw is text the extract itself must not write (words run
// together, ad placeholders). Each case names the fault it guards.
func TestSitesTodayHTML(t *testing.T) {
	checkHTMLSites(t, []htmlSite{
		{
			file: "newspack-local.page", title: "County board approves new bus routes for rural towns", publisher: "The Millbrook Ledger",
			kept:    []string{"Three towns without any public transit", "The Harlow County Board of Supervisors voted 4-1", "How the routes will be paid for", "Service is scheduled to begin on March 2."},
			notKept: []string{"Seniors in Osgood say", "Get the Ledger in your inbox", "Donate today", "covers county government", "Leave a Reply", "About time.", "Most Read", "Skip to content"},
			raw:     []string{"GovernmentTransportation"}, // adjacent category links run together
		},
		{
			file: "nextjs-divsoup.page", title: "Port strike ends after 11 days as dockworkers accept 9% raise", publisher: "Meridian News",
			kept:    []string{"Cargo ships anchored off the coast will begin unloading on Monday.", "VALMORA — Dockworkers", "skip Valmora on their next rotation"}, // the deck: og:description, shown under the h1
			notKept: []string{"Advertisement", "Shipping delays push up prices", "Most popular", "Listen to article", "Central bank holds rates"},
		},
		{
			file: "amp-story.page", title: "Heatwave pushes Riverton to record power demand", publisher: "Riverton Daily Star",
			kept:    []string{"Electricity demand in the Riverton area hit an all-time high", "Heat kills more people in this state than tornadoes do."},
			notKept: []string{"Loading ad", "Advertisement", "Accept all", "e-Edition", "School board delays vote"},
			raw:     []string{"Loading ad"}, // <amp-ad>'s placeholder
		},
		{
			// A live blog's long headline (17 words): a headline up to
			// 20 words since clean-108 (it was "Fuel duty frozen ...",
			// the first key event).
			file: "liveblog.page", title: "Budget 2026 live: chancellor unveils fuel duty freeze and new tax on online gambling – as it happened", publisher: "The Northern Post",
			kept:    []string{"Fuel duty frozen for another year at a cost of £2.4bn", "We are closing this live blog now.", "Growth forecast cut", "Shares in the two largest listed bookmakers", "Good morning and welcome to our live coverage"},
			notKept: []string{"Show key events only", "I agree", "Most viewed", "Older posts"},
		},
		{
			file: "paywall-boxes.page", title: "Inside the fight over the last family dairy farms", publisher: "Valley Chronicle",
			kept:    []string{"Milk prices have fallen for three years.", "At 4:30 a.m., when Ben and Hattie Lorrimer", "“Cheese buys you time,”", "studying animal science"},
			notKept: []string{"hosted by a third party", "Sign up for The Valley Morning", "You’ve read 3 of 5 free articles", "Subscribe to keep reading", "Do Not Sell", "Subscribers can gift", "Have a news tip?"},
		},
		{
			file: "wire-local-tv.page", title: "Earthquake shakes southern coast, damaging homes and cutting power", publisher: "KXRV",
			kept:    []string{"PUERTO SAL (AP) — A magnitude 6.4 earthquake", "No tsunami warning was issued."},
			notKept: []string{"How to prepare an earthquake kit", "Watch KXRV 7 News live now", "Raw video shows damage", "City council approves new budget", "FCC Public File", "All rights reserved"},
		},
		{
			file: "ogtitle-only.page", title: "Fishermen say new quotas will empty the harbour by spring", publisher: "Coastline Weekly",
			kept:    []string{"Skippers in Harwick say", "repairs to the breakwater."},
			notKept: []string{"Share this", "Registered in Scotland", "Letters"},
		},
		{
			file: "br-split-oldcms.page", title: "Provincial assembly passes water rights bill", publisher: "The Frontier Gazette",
			kept:    []string{"PESHAWAR: The provincial assembly on Monday passed a bill", "The bill now goes to the governor for assent."},
			raw:     []string{"Read e-paper", "Today's Paper", "e-paper | ", "Print | Email"}, // the layout table's row, not its cell, was the content; a row of links alone (the cleanup kept it beside a dated metadata line)
			notKept: []string{"Front Page", "Read e-paper", "Today's Paper", "Gold prices hit new high", "Email to a friend"},
		},
		{
			file: "tables-subheads.page", title: "Election results: Greens gain three seats as turnout falls to 58%", publisher: "The Lakeside Herald",
			// The rows of names and figures were each a breadcrumb ("Social
			// Democrats | 8 | 0 | 17.1%" went, "Green Party | 9 | +3 | 19.8%"
			// stayed): a table's rows now go or stay together.
			kept:    []string{"The results", "Party | Seats | Change | Vote share", "Civic Alliance | 14 | −2 | 29.4%", "Green Party | 9 | +3 | 19.8%", "Social Democrats | 8 | 0 | 17.1%", "Others | 3 | 0 | 22.1%", "a new ferry link between the two largest towns on the lake;", "Why turnout fell", "Voters were told this election was about housing"},
			notKept: []string{"Share this article", "More from Elections 2026", "Live results map"},
		},
		{
			// The publisher capitalises its first word only (it was cut
			// to "Заречные").
			file: "cp1251-regional.page", title: "В Заречье открыли новый мост через Волжанку", publisher: "Заречные вести",
			kept:    []string{"Движение по новому мосту открыто в субботу", "Новый мост длиной 420 метров", "Автобусный маршрут № 12"},
			notKept: []string{"Читайте также", "Ремонт дороги на Никольское", "Поделиться", "Популярное"}, // "Read also:" and its link inside the body
		},
		{
			file: "figures-credits.page", title: "The volunteers rebuilding a town's library one book at a time", publisher: "Harbour Times",
			kept:    []string{"After the flood took 30,000 books", "When the river rose through Wendover in February", "Paperbacks we have plenty of"},
			notKept: []string{"Recommended for you", "features writer at the Harbour Times", "Traditional Owners", "Photography by Sione Fifita", "The children's corner before the flood"}, // a caption credited "Supplied"
			raw:     []string{"FifitaApril"},                                                                                                                                                // spans run together (the pull quote that repeats a body sentence stays: its check cost 0.7 KB of the worker's wasm)
		},
		{
			file: "split-sections-ads.page", title: "A quiet shift in who buys first homes", publisher: "The Capital Observer",
			kept:    []string{"Single women now buy more first homes", "Five years ago, Renata Okonjo", "I listen to a lot of podcasts.", "the oldest on record."},
			notKept: []string{"Story continues below advertisement", "Mortgage rates fall", "renter4life", "Gift Article", "Newsroom Policies"},
		},
		{
			file: "obfuscated-comments.page", title: "Night trains return to the mountain line after 14 years", publisher: "Alpine Dispatch",
			kept:    []string{"A sleeper service between Brennfeld and the coast restarts on December 14.", "A night train will run between Brennfeld", "Fares from 39 euros", "too thin to draw many drivers"},
			notKept: []string{"I took the old train every Christmas", "Load more comments", "Ski resorts open early", "train conductor", "WhatsApp"},
		},
		{
			file: "german-von.page", title: "Stadtrat beschließt autofreie Innenstadt ab 2028", publisher: "Rheintaler Zeitung",
			kept:    []string{"Nach monatelangem Streit stimmte eine knappe Mehrheit", "Die Innenstadt von Rheinau soll", "Bürgerentscheid zu sammeln."},
			notKept: []string{"Anzeige", "Lesen Sie auch", "Händler fürchten", "Alle akzeptieren", "Das könnte Sie auch interessieren", "Impressum"},
		},
		{
			file: "h1-logo.page", title: "Island council votes to ban cruise ships from the old harbour", publisher: "The Islander",
			kept:    []string{"Cruise ships will no longer be allowed", "on days when ships are in."},
			notKept: []string{"News from the islands since 1887", "Previous: Ferry fares", "Births, marriages and deaths"},
		},
		{
			file: "ghost-newsletter.page", title: "What the water board won't tell you about the reservoir", publisher: "The Basin Report",
			kept:    []string{"The water board's own engineers warned", "In the spring of 2023, two engineers", "What the report says", "reach me securely on Signal."},
			notKept: []string{"Get the next story in your inbox", "The farms that pump the most groundwater", "Powered by Ghost", "Sign in", "supported by its members"}, // an appeal in the third person
		},
		{
			file: "inbody-lists.page", title: "Hospital waiting lists fall for first time in six years, figures show", publisher: "The Midlands Courier",
			kept:    []string{"The number of patients waiting for planned treatment fell by 41,000", "The number of people waiting for planned hospital treatment", "more than twice as long as they were in 2019."},
			notKept: []string{"Most read", "Family pays tribute", "Surgical centre opens at Wexley", "Follow us on Facebook", "Listen to this article", "Health Correspondent Ravi Chaudhry", "Have you been affected by waiting times?"},
			raw:     []string{"CorrespondentRavi", "Chaudhry12"}, // spans run together
		},
		{
			file: "paywall-wrapped.page", title: "Copper mine expansion approved despite objections from downstream towns", publisher: "Northern Business Journal",
			kept:    []string{"The state environmental board on Wednesday approved", "The board attached 41 conditions", "Construction could begin next spring"}, // the body after its first paragraphs, in a "paywall" element
			notKept: []string{"Subscribe to Northern Business Journal", "Subscribe now"},
		},
		{
			file: "csr-jsonld.page", title: "Astronomers spot a comet that will be visible to the naked eye in March", publisher: "Skyline Science",
			kept:    []string{"An amateur astronomer in northern Chile has found a comet", "It is the third comet he has discovered."}, // drawn by script: only the JSON-LD articleBody holds it
			notKept: []string{"Loading", "enable JavaScript"},
		},
		{
			file: "teasers-excerpts.page", title: "Teachers' union calls first strike in 30 years over class sizes", publisher: "Eastshore Times",
			kept:    []string{"Teachers in Eastshore's public schools will strike", "The school board said it had offered", "staffed by head teachers and non-union staff."},
			notKept: []string{"More on this story", "School board says budget leaves no room", "Some parents' groups back the union", "Classes in the district are among the largest"},
		},
		{
			file: "short-brief.page", title: "Bridge on Route 4 closed after truck strike", publisher: "Granite Valley News",
			kept:    []string{"The Route 4 bridge over the Pemi River", "whether the bridge can reopen to cars."},
			notKept: []string{"3 Comments", "third time in two years a truck", "Glad nobody was hurt", "reader-supported newsroom"}, // comments outweighed the two-paragraph brief
		},
		{
			file: "social-embeds.page", title: "Singer cancels stadium tour dates after vocal cord surgery", publisher: "Pop Ledger",
			kept:    []string{"The singer Mara Voss has cancelled", "I’m so sorry to everyone who bought tickets.", "topped the charts in eleven countries."},
			notKept: []string{"View this post on Instagram", "A post shared by", "original sound", "@maravoss\n"},
		},
		{
			file: "seo-title.page", title: "No more lawn watering: city imposes first restrictions in nearly 50 years", publisher: "The Plainsman",
			kept: []string{"Residents of Bellmont may no longer water lawns", "stage 3 means restaurants and car washes too."}, // the one h1 over og:title's search headline
		},
		{
			file: "infinite-scroll.page", title: "Regional airline orders 12 electric planes for short island hops", publisher: "The Coastal Record",
			kept:    []string{"Island Air, which flies between the mainland", "quieter for people living near the island airstrips."},
			notKept: []string{"Harbour festival draws record crowd", "More than 40,000 people visited", "Police said the weekend passed"}, // the next story, loaded below in an <article> of the same class
		},
		{
			file: "substack-post.page", title: "The county that stopped counting its homeless", publisher: "The Civic Ledger",
			kept:    []string{"Why the annual count was cancelled", "Every January for twenty years", "Why it matters", "only count people who come in."},
			notKept: []string{"Thanks for reading The Civic Ledger", "Leave a comment", "Subscribe now", "Discussion about this post", "Our county did the same", "Ready for more", "Substack is the home"},
		},
		{
			// Chinese is written without spaces: the cleanup counted each
			// paragraph a one-word line and removed them all as header
			// lines (words now counts two characters a word).
			file: "chinese-utf8.page", title: "江城新建跨江大桥正式通车", publisher: "江城日报",
			kept:    []string{"9月28日上午，江城第三座跨江大桥正式建成通车。", "据市交通局介绍", "总投资约28亿元", "现在方便多了。"},
			rawKept: []string{"江城新建跨江大桥正式通车\n\nPublished in 江城日报 on 2026-09-28", "9月28日上午，江城第三座跨江大桥正式建成通车。", "现在方便多了。"}, // "Title_Site": the site after "_"
			raw:     []string{"相关阅读", "江城地铁5号线", "分享到", "热点新闻", "备案号"},
		},
		{
			file: "companion-columns.page", title: "The Last Lighthouse Keepers of the Northern Coast", publisher: "The Metropolitan Review",
			kept:    []string{"Automation came for every light on the coast but one.", "The last two lighthouse keepers on Norway’s northern coast", "climb the 88 steps of the tower every evening at dusk."},
			notKept: []string{"SKIP ADVERTISEMENT", "Share full article", "Read 214 comments", "Related Content", "A Foghorn’s Last Winter", "Skip to content"},
			raw:     []string{"December.Marta"}, // a caption's span and its credit's, run together
		},
		{
			// Japanese: no spaces between words (see chinese-utf8).
			file: "japanese-news.page", title: "北浜市、路面電車を30年ぶりに延伸へ 2029年開業目指す", publisher: "北浜新報",
			kept:    []string{"北浜市は1日、市内を走る路面電車の路線を", "車いすやベビーカーでも乗り降りしやすくする。", "市は来年度から地元説明会を開く方針だ。"},
			notKept: []string{"関連記事", "北浜駅前の再開発", "アクセスランキング", "会員限定", "ログイン", "広告", "無断転載", "北浜市提供"},
		},
		{
			file: "korean-news.page", title: "해안시, 폐교 건물을 청년 창업공간으로 바꾼다", publisher: "해안일보",
			kept:    []string{"해안시가 학생 수 감소로 문을 닫은", "입주 기업은 최대 3년 동안 임대료를 내지 않는다.", "입주 신청은 다음 달 1일부터"},
			notKept: []string{"본문 바로가기", "관련기사", "많이 본 뉴스", "무단전재", "다른기사 보기", "광고", "jihoon@"},
		},
		{
			// Right to left, a script without capitals: the publisher
			// from og:site_name was no name (no capital letter).
			file: "arabic-rtl.page", title: "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في مدينة الواحة", publisher: "صحيفة الساحل",
			kept:    []string{"افتتحت بلدية الواحة، صباح اليوم الأحد", "ومن المقرر أن تبدأ البلدية العام المقبل"},
			notKept: []string{"اقرأ أيضا", "ارتفاع أسعار المياه المعبأة", "الأكثر قراءة", "جميع الحقوق محفوظة", "الوسوم", "واتساب"},
		},
		{
			// WordPress with Jetpack: sharedaddy's buttons, "Like this:",
			// jp-relatedposts' cards with excerpts, the post navigation.
			file: "wordpress-jetpack.page", title: "Volunteers count 212 species in the marsh’s first bioblitz", publisher: "Fenwick Valley Voice",
			kept:    []string{"Over a single weekend, 140 volunteers", "“We expected around a hundred,”", "local nature reserve, which would protect it from drainage."},
			notKept: []string{"Share this:", "Like this:", "Loading...", "Otters return to the lower river", "Footprints and spraints", "In \"Nature\"", "Previous post", "Leave a Reply", "Proudly powered by WordPress", "Recent Posts"},
		},
		{
			// The body parted by inline teasers: "Read more:" and "ALSO
			// READ:" with a link to another story.
			file: "readmore-teasers.page", title: "Drought-hit growers turn to recycled water as dam levels fall below 20 per cent", publisher: "Southern Tablelands Star",
			kept:    []string{"Orchardists around Marnoo have begun irrigating", "“It’s not glamorous,", "Health authorities require the water", "extend the pipeline to the vegetable growers"},
			notKept: []string{"Read more:", "Water restrictions tighten", "Cherry exports hit", "ALSO READ", "second reservoir", "Get the latest Marnoo news", "More from News", "agriculture reporter"},
		},
		{
			// A metered business site: the lede and its summary visible,
			// "Keep reading with a ... subscription" under them.
			file: "paywall-keepreading.page", title: "Shipping Insurers Raise Premiums as Strait Closures Drag On", publisher: "Harbourline Markets",
			kept:    []string{"Insurers that cover ships against war damage", "up from 0.3% in early September", "Some owners reroute around the cape"},
			notKept: []string{"Keep reading", "$1.99", "Already a subscriber", "Gift this article", "More From Harbourline", "Tanker Rates Jump", "All Rights Reserved"},
		},
		{
			// A reader-revenue epic under the body (its class
			// "contributions__epic"), "Most viewed" beside it; og:site_name
			// "the Daily Courant" in lower case.
			file: "guardian-epic.page", title: "Rewilded river halves flood peaks downstream, study finds", publisher: "The Daily Courant",
			kept:    []string{"A river restored to a wilder state", "“The water spreads out across the floodplain,", "cannot afford to continue without it."},
			notKept: []string{"You’ve read 8 articles", "billionaire owner", "as little as £1", "Remind me in May", "Most viewed", "The ten best walks", "More on this story", "Skip to main content", "Support the Courant", "Comments (112)", "Advertisement"},
		},
		{
			// Lazy images (data-src) with <noscript> fallbacks, a lazy
			// video, a tracking pixel in <noscript>.
			file: "noscript-lazy.page", title: "The last ferryman of Kessock Sound hangs up his oars", publisher: "Highland Weekly",
			kept:    []string{"For 47 years, anyone who wanted to cross Kessock Sound", "“I’ve carried brides, coffins, a piano", "and I’ll wave from the window.”"},
			notKept: []string{"enable JavaScript", "Photo: Callum Munro", "The brass bell on the north jetty", "Popular this week", "Glen Print"},
			raw:     []string{"data:image", "pixel.example"},
		},
		{
			// The body in <section>s of a <main>, no <article>; a promo
			// section between them; a byline without "By" under a
			// standfirst in sentences (it stayed).
			file: "main-sections.page", title: "City to test four-day week for 300 council staff", publisher: "Brackwater Post",
			kept:    []string{"Brackwater City Council will let about 300 of its staff", "How will it be measured?", "An independent team from the university", "stopped early if services got worse."},
			notKept: []string{"Owen Pritchard, Local Democracy Reporter", "morning briefing", "Bin collections move", "Read next", "Log in", "Quay Street"},
		},
		{
			// A Spanish regional paper: an ad slot "Publicidad" (it stayed),
			// "Te puede interesar:" in the body, the publisher "Diario del
			// Valle" (was cut to "Diario").
			file: "spanish-regional.page", title: "El Ayuntamiento de Valdemora aprueba la peatonalización del casco antiguo", publisher: "Diario del Valle",
			kept:    []string{"El pleno del Ayuntamiento de Valdemora aprobó", "«Queremos que el centro vuelva a ser", "El consistorio prevé adjudicar los trabajos en septiembre."},
			notKept: []string{"Publicidad", "Te puede interesar", "Los comerciantes del centro piden", "Lo más leído", "Utilizamos cookies", "Suscríbete", "Temas:", "Todos los derechos"},
		},
		{
			file: "portuguese-regional.page", title: "Prefeitura de Santa Luzia do Norte inaugura primeira usina de compostagem da região", publisher: "Jornal do Agreste",
			kept:    []string{"A Prefeitura de Santa Luzia do Norte inaugurou", "Cerca de 400 famílias já se inscreveram.", "A obra custou R$ 2,8 milhões"},
			notKept: []string{"Publicidade", "LEIA TAMBÉM", "Feira livre do centro", "Mais lidas", "Compartilhe", "Todos os direitos", "Assine"},
		},
		{
			// An opinion column: a disclaimer, an author bio box and a
			// letters call under the body.
			file: "opinion-bio.page", title: "Our small towns don’t need another study. They need a bus", publisher: "The Prairie Sentinel",
			kept:    []string{"Every few years, someone in the provincial capital", "My mother is 84 and no longer drives.", "the next study will say the same as the last one."},
			notKept: []string{"is a retired nurse", "The views expressed are the author", "Have your say", "letters@", "More Opinion", "Plains Media"},
		},
		{
			// A photo gallery: the intro is the text; the slides' captions
			// and credits go as captions, as elsewhere.
			file: "photo-gallery.page", title: "Photos: Lantern parade lights up the old town for the winter solstice", publisher: "Riverside Tribune",
			kept:    []string{"More than 3,000 people walked through the old town", "while a brass band played."},
			notKept: []string{"1 of 4", "View fullscreen", "Dario Lindqvist / Riverside Tribune", "Buy a print", "More photo galleries", "Ice festival"},
		},
		{
			// Teaser cards, each an <article> with a linked headline over
			// an excerpt of prose and commas: a "Latest news" rail beside
			// a two-paragraph story, and two more cards after it, siblings
			// of the story's <div>. The rail's commas kept it from the
			// conditional cleaning and the cards scored as the story's
			// continuation.
			file: "teaser-cards.page", title: "Library to stay open until 9pm on weekdays", publisher: "Eastfield Express",
			kept:    []string{"Eastfield Central Library will stay open until 9pm", "to a fortnightly schedule."},
			notKept: []string{"Latest news", "Roadworks on the ring road", "Drivers have been told", "cinnamon buns", "School asks parents", "Flower show moves", "bandstand"},
		},
		{
			// Drupal: the body in a "field--name-body" field, a reader-revenue
			// appeal in the node's next field ("field--name-field-support-message",
			// it stayed), a teaser view of related nodes.
			file: "drupal-support.page", title: "University study links river restoration to return of salmon", publisher: "Cascadia Public Media",
			kept:    []string{"Coho salmon returning to spawn", "“We expected the fish to come back.", "take out dams elsewhere in the region."},
			notKept: []string{"supported by listeners like you", "Give today", "Listen to this story", "Related Stories", "Ten years after the dams", "Snake River", "Skip to main content", "FCC Public Files"},
		},
		{
			// A gallery whose headline opens with its kind ("In pictures:"):
			// the cleanup took the title line for a teaser and made the
			// intro's first words the title. The captions are the text;
			// their counters and credits go.
			file: "gallery-inpictures.page", title: "In pictures: The week's best wildlife photos", publisher: "Wildside Magazine",
			kept:    []string{"our pick of the wildlife pictures", "A red fox cub explores the gravestones", "nearly a fortnight earlier than usual."},
			notKept: []string{"1/5", "Photograph: Dan Hollis", "More galleries", "spring migration", "Advertisement"},
		},
		{
			// A French regional paper: a Didomi consent box, a paywall's
			// offer, "Lire aussi :" in the body; the publisher's name
			// with "de la" ("L'Écho de la Côte" was cut to "L'Écho").
			file: "french-abonnes.page", title: "À Brestois, la ville rachète l’ancienne criée pour en faire un marché couvert", publisher: "L'Écho de la Côte",
			kept:    []string{"La municipalité a voté lundi soir l’achat du bâtiment", "Le conseil municipal de Brestois a voté lundi soir", "Des travaux à partir de 2027", "ouverture prévue fin 2028."},
			notKept: []string{"Accepter", "Publicité", "Lire aussi", "Le plan de la ville pour le port", "Je m’abonne", "Déjà abonné", "Mots-clés", "À lire aussi", "Tous droits réservés"},
		},
		{
			// A Wix blog post: the body in Ricos' spans, a "post-footer"
			// with the views and comments counts under it ("post" had
			// kept it as the article's), recent posts, the comment box.
			file: "wix-blog.page", title: "Harbour cleanup pulls 2 tonnes of rubbish from the water", publisher: "Port Ellen Voice",
			kept:    []string{"Volunteers and divers pulled about two tonnes of rubbish", "a distillery that closed in 1983", "make the cleanup a yearly event."},
			notKept: []string{"142 views", "0 comments", "Recent Posts", "Ferry timetable changes", "Write a comment", "top of page", "bottom of page", "Proudly created", "2 min read"},
		},
		{
			// A German paper's <h1> with its kicker in a span of its own
			// ("Nahverkehr") and a hidden ": " before the headline: the
			// title was "Nahverkehr: Landkreis ...", and the headline's
			// copy in the body, without the hidden colon, became the
			// cleanup's title ("Nahverkehr Landkreis ..."). A consent box,
			// "Anzeige", "Mehr zum Thema", comments.
			file: "german-kicker.page", title: "Landkreis streicht Nachtbusse: Pendler protestieren", publisher: "Oberland Nachrichten",
			kept:    []string{"Ab Januar fahren zwischen Miesbach und Holzkirchen", "Wer abends mit dem Bus von Miesbach", "Rufbus als Ersatz", "für Pendler keine Lösung."},
			notKept: []string{"Nahverkehr", "Zustimmen", "Anzeige", "Mehr zum Thema", "Busfahrer dringend gesucht", "Zur Startseite", "Typisch.", "Impressum"},
		},
		{
			// Blogger: the blog's name in the <h1>, the post's title in an
			// <h3>, the <title> "Blog: Post". The h1 was taken for the
			// headline (the <title> holds it), and the post's title was
			// nowhere in the text.
			file: "blogger-post.page", title: "The old cotton gin is coming down", publisher: "Hill Country Notes",
			kept:    []string{"The cotton gin on the east side of Kingsland", "the museum would like to hear from you."},
			notKept: []string{"News and history from Llano County", "Posted by", "4 comments", "Labels:", "Email This", "Newer Post", "Blog Archive", "Powered by Blogger", "My granddad"},
		},
		{
			// A roundup: each place's name a link over its review, in a
			// list inside the article between its paragraphs: no teaser
			// cards (see teaser-cards), the names being no headlines.
			file: "roundup-names.page", title: "The 4 best new restaurants in Harborview this fall", publisher: "Harborview Eats",
			kept: []string{"Four openings this season stood out", "Dumpling House", "the chili oil is made in-house", "The Vault", "Mesa", "North Bakery", "a line out the door on Saturdays.", "check before you go."},
		},
		{
			// A live blog whose entries' headlines are permalinks within
			// the page: no teaser cards (see teaser-cards).
			file: "liveblog-permalinks.page", title: "Live: Storm Idris makes landfall", publisher: "Gulf Coast Post",
			kept: []string{"Idris came ashore near Port Fourchon", "Power outages top 200,000", "could be without power for two weeks", "Water over the road in Golden Meadow", "Governor declares emergency", "making it a Category 2 storm."},
		},
		{
			// Next.js: the page renders the first paragraph, the rest
			// only in __NEXT_DATA__'s blocks, a caption and other
			// stories' summaries among them.
			file: "nextdata-body.page", title: "Ferry operator fined over lifejacket shortfall", publisher: "The Sound Courier",
			kept:    []string{"was fined $84,000 on Tuesday", "Maritime safety officers boarded the Skua", "Company blames supplier", "The company has 28 days to appeal."},
			notKept: []string{"Continue reading", "Most read", "The Tern leaves Kelby", "Fewer sailings", "covers transport"},
		},
		{
			// Nuxt 2: the body only in window.__NUXT__, as HTML in a
			// JavaScript object (names unquoted, "\u003C" for "<").
			file: "nuxt-state.page", title: "Neue Radwege für die Südstadt", publisher: "Kreisblatt Ahrweide",
			kept:    []string{"Der Bauausschuss der Stadt Ahrweide hat am Donnerstag", "Kritik vom Handel", "Der Stadtrat muss im Dezember noch zustimmen."},
			notKept: []string{"Weiterlesen", "Jetzt abonnieren", "Impressum"},
		},
		{
			// The App Router: the body in self.__next_f's rows, one
			// paragraph split between two scripts.
			file: "rsc-flight.page", title: "Wildfire smoke closes schools in three valley districts", publisher: "Valley Line",
			kept:    []string{"Three school districts in the Arvada Valley", "Fire grows overnight", "Residents were asked to keep windows closed", "two clean-air centers at public libraries."},
			notKept: []string{"Loading", "Reservoir levels"},
		},
		{
			// Apollo: the body in window.__APOLLO_STATE__'s text blocks,
			// HTML with a picture's caption among them.
			file: "apollo-state.page", title: "Hospital opens first rural dialysis unit", publisher: "Northern Plains Herald",
			kept:    []string{"Patients with kidney failure in Coleford County", "six chairs", "A state study found rural patients"},
			notKept: []string{"Loading story", "hire 12 more nurses", "Nurse Ada Lin"},
		},
		{
			// Nuxt 3: the body in __NUXT_DATA__'s flat array.
			file: "nuxt3-devalue.page", title: "Council approves tiny homes village for veterans", publisher: "Harbor City Times",
			kept: []string{"The Harbor City Council voted 7-2", "Each home will have a bed", "rent vouchers."},
		},
		{
			// Next.js: the JSON-LD only in __NEXT_DATA__'s props, its
			// articleBody one paragraph; the DOM a sign-up gate.
			file: "nextdata-ldbody.page", title: "Drought forces farmers to sell cattle early", publisher: "Prairie Wire",
			kept:    []string{"Ranchers across the western plains are selling cattle", "eligible for low-interest emergency loans."},
			notKept: []string{"Create a free account"},
		},
		{
			// A brief whose state lists other stories' summaries, more
			// text than the brief: they are no body.
			file: "brief-state.page", title: "Water main break closes Elm Street", publisher: "Brookfield Now",
			kept:    []string{"A water main broke under Elm Street", "restore water to about 40 homes"},
			notKept: []string{"central library", "Dana Whitfield", "solar panels"},
		},
		{
			// Captions without a credit the cleanup knows: a
			// <figcaption>, a span of class "caption" in one, a <div
			// class="caption"> and text directly in a <figure>; a
			// picture's credit, a name alone ("photo-credit").
			file: "captions-plain.page", title: "Old mill reopens as a community bakery", publisher: "The Weald Gazette",
			kept:    []string{"A watermill that stood empty", "“People said we were mad,”", "opening in November."},
			notKept: []string{"Volunteers unload the first delivery", "The restored wheel turns", "Loaves cool on racks", "Ellen Brook in the mill's courtyard", "Tomasz Reid", "Most read"},
		},
		{
			// A French meta row in an element whose class names a date:
			// "Publié le 02 décembre 2026 à 14h15, mis à jour à 16h02"
			// (the date was not read: English months only).
			file: "french-meta.page", title: "La région ouvre trois lignes de car express vers Lyon", publisher: "Le Courrier du Rhône",
			kept:    []string{"La région a présenté mardi trois nouvelles lignes", "Un billet à 2,50 euros", "a déclaré le vice-président"},
			notKept: []string{"Lecture 3 min", "Publié le", "Mots-clés", "Les plus lus", "Régions"},
			rawKept: []string{"Published in Le Courrier du Rhône on 2026-12-02"},
		},
		{
			// A USA Today network paper: the reporter's bio and contact
			// line in italics closing the body, with no byline in the
			// text to tie the bio to (the byline is the extract's).
			file: "gannett-contact.page", title: "Lansford schools to add full-day pre-K next fall", publisher: "The Lansford Journal",
			kept:    []string{"Lansford Public Schools will offer free full-day prekindergarten", "How it will be paid for", "worried the grant would not be renewed"},
			notKept: []string{"Contact her at", "originally appeared on", "Most Popular", "E-Edition"},
		},
		{
			// Brightspot (a public radio station): the player bar, the
			// caption in "Figure-caption", the bio, the appeal. Left: an
			// interactive graphic's placeholder ("Interactive graphic
			// loading...") in the body stays (a check for it cost 1.4 KB
			// of the worker's wasm, over its budget).
			file: "brightspot-radio.page", title: "Transit agency picks battery buses over hydrogen", publisher: "Lakeshore Public Radio",
			kept:    []string{"The regional transit agency will replace its 120 diesel buses", "“We wanted hydrogen to work.", "stay in service until 2029."},
			notKept: []string{"Play Live Radio", "A test bus at the agency's north garage", "Agency redraws five bus routes", "reports on transportation", "Local journalism like this", "FCC Public Files"},
		},
		{
			// A live blog whose entries each show their time alone on a
			// line ("7:40 AM"): the cleanup took the times for captions,
			// and the entry under the last but one and the oldest entry
			// went with them.
			file: "liveblog-stamps.page", title: "Live updates: Marathon day road closures and results", publisher: "Bayside Daily",
			kept:    []string{"Roads reopening along the waterfront", "Local runner wins women's race", "Wheelchair race under way", "the largest field in the race's history.", "Welcome to our live coverage of the 40th Bayside Marathon."},
			notKept: []string{"12:10 PM", "7:40 AM", "Load more updates", "Trending", "Ferry fares"},
		},
		{
			// A chronology: its dates, each a <time> alone in a subhead,
			// are no live blog's stamps (see liveblog-stamps).
			file: "chronology-dates.page", title: "Timeline: How the harbour tunnel project stalled", publisher: "Port Talbot Record",
			kept: []string{"May 2014", "September 2018", "March 2021", "November 2026", "The contractor stops work"},
		},
		{
			// A badge inside the <h1> before the headline ("<span
			// class="badge">Exclusive</span>"): the title was "Exclusive
			// Mayor orders ...".
			file: "h1-badge.page", title: "Mayor orders audit of snow removal contracts", publisher: "North Shore Ledger",
			kept: []string{"The mayor of North Shore has ordered an independent audit", "did not respond to requests for comment."},
		},
		{
			// Ghost's cards in the body: an image card's caption and a
			// bookmark card (a <figure> all link: another page's title
			// over its description) stayed.
			file: "ghost-cards.page", title: "The quiet collapse of the town's last newspaper", publisher: "Slow News Weekly",
			kept:    []string{"For 112 years the Harlow Sentinel", "The paper's last editor, Walt Fenner", "“I kept thinking someone would buy it,”", "340 followers."},
			notKept: []string{"Mapping America's news deserts", "county-by-county", "The Sentinel's press", "7 min read", "Sign up for Slow News Weekly", "Powered by Ghost"},
		},
		{
			// A video's module in the body: its title and description
			// (in elements of class "video-title", "video-description")
			// are its caption.
			file: "video-module.page", title: "City council votes to keep library branches open", publisher: "Lakeside Times",
			kept:    []string{"The Lakeside City Council voted 7-2", "Council member Ray Liu", "long-term funding plan in March."},
			notKept: []string{"WATCH", "Dozens of residents spoke"},
		},
	}, false)
}

// htmlSite is a page of testdata/sites (invented text in a site's markup)
// and what reading it as an imported file, then cleaning it, must give.
type htmlSite struct {
	file, title, publisher, date string
	kept, notKept                []string // in the cleaned text, or not
	raw                          []string // text the extract must not write
	rawKept                      []string // text the extract must write (where the cleanup's faults hide it)
}

// readSitePage reads testdata/sites' page file through ingest.Read, as an
// imported file named for it (.page → .html).
func readSitePage(t *testing.T, file string) ingest.File {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "sites", file))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ingest.Read(strings.TrimSuffix(file, ".page")+".html", b)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// checkHTMLSites reads each case's page through ingest.Read and cleans it.
// With exact, the title, publisher and date must be the case's, empty or
// not; without, a title or publisher is checked where the case gives one.
func checkHTMLSites(t *testing.T, cases []htmlSite, exact bool) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			f := readSitePage(t, tc.file)
			for _, s := range tc.raw {
				if strings.Contains(f.Text, s) {
					t.Errorf("extract wrote %q", s)
				}
			}
			for _, s := range tc.rawKept {
				if !strings.Contains(f.Text, s) {
					t.Errorf("extract lost %q in:\n%s", s, f.Text)
				}
			}
			r := clean.Clean(f.Text)
			if exact {
				if r.Title != tc.title || r.Publisher != tc.publisher || r.Date != tc.date {
					t.Errorf("title, publisher, date %q, %q, %q, want %q, %q, %q", r.Title, r.Publisher, r.Date, tc.title, tc.publisher, tc.date)
				}
			} else {
				if tc.title != "" && r.Title != tc.title {
					t.Errorf("title %q, want %q", r.Title, tc.title)
				}
				if tc.publisher != "" && r.Publisher != tc.publisher {
					t.Errorf("publisher %q, want %q", r.Publisher, tc.publisher)
				}
			}
			text := r.Render()
			for _, s := range tc.kept {
				if !strings.Contains(text, s) {
					t.Errorf("lost %q", s)
				}
			}
			for _, s := range tc.notKept {
				if strings.Contains(text, s) {
					t.Errorf("kept %q", s)
				}
			}
			if t.Failed() {
				t.Logf("cleaned text:\n%s", text)
			}
		})
	}
}
