package clean

import "strings"

// langChrome holds the chrome of news sites in Swedish, Norwegian, Danish,
// Finnish, Turkish and Indonesian, one row a language, each cell a list of
// whole lines' keys (see key) separated by "|": what crumbs and the related
// and tag rules read in English ("Skip to content", "Read more", "Tags",
// "Share", "Log in", "Accept all").
var langChrome = [...]struct {
	skip    string // skip links and the like (ReasonNav)
	related string // labels over a box of links to other stories; with a colon they open a one-line teaser
	tags    string // labels over a list of topic tags
	share   string // share and print buttons (ReasonShare)
	account string // log in and subscribe buttons (ReasonCrumb)
	consent string // a consent banner's buttons (ReasonCookie)
	cookie  string // the word for cookies, when not "cookie" (ruleCookie)
	meta    string // the labels opening a metadata line: a source's, a writer's (metaPrefixes)
	section string // the words for news a title line names for its site's (sectionWords)
}{
	{ // Swedish
		"hoppa till huvudinnehållet|hoppa till innehållet|gå till innehållet|till startsidan",
		"läs också|läs mer|läs även|mest läst|fler artiklar",
		"ämnen i artikeln|ämnen|taggar",
		"dela|dela artikeln|kopiera länk|skriv ut",
		"logga in|prenumerera|bli prenumerant|mitt konto|logga ut",
		"godkänn alla|acceptera alla|godkänn|acceptera", "",
		"källa:", "nyheter|senaste nytt",
	},
	{ // Norwegian
		"hopp til hovedinnhold|hopp til innhold|hopp til hovedinnholdet|til forsiden",
		"les også|les mer|mest lest|flere saker",
		"emner|stikkord",
		"del|del artikkelen|del saken|kopier lenke|skriv ut",
		"logg inn|kjøp abonnement|min side|logg ut",
		"godta alle|godta|aksepter alle|jeg forstår", "informasjonskapsler",
		"kilde:|tekst:", "nyheter|siste nytt",
	},
	{ // Danish
		"gå til hovedindhold|spring til indhold|gå til indhold|til forsiden",
		"læs også|læs mere|mest læste|flere artikler",
		"emner",
		"del|del artiklen|kopier link|udskriv",
		"log ind|køb abonnement|bliv abonnent|log ud",
		"accepter alle|tillad alle|accepter|ok, forstået", "",
		"kilde:|tekst:", "nyheder|seneste nyt",
	},
	{ // Finnish
		"siirry sisältöön|siirry pääsisältöön|hyppää sisältöön|etusivulle",
		"lue myös|lue lisää|luetuimmat|tuoreimmat",
		"aiheet|aihetunnisteet",
		"jaa|jaa artikkeli|kopioi linkki|tulosta",
		"kirjaudu|kirjaudu sisään|tilaa|tilaajaksi|tilaajille|kirjaudu ulos",
		"hyväksy kaikki|hyväksy|salli kaikki", "eväste",
		"lähde:|teksti:", "uutiset|tuoreimmat",
	},
	{ // Turkish (an "İ" lower lets be: written so, and see dottedI)
		"ana içeriğe geç|içeriğe geç|içeriğe atla|ana sayfa|haberin devamı",
		"ilgili haberler|benzer haberler|en çok okunanlar|en çok okunan haberler|bunlar da ilginizi çekebilir",
		"etiketler",
		"paylaş|linki kopyala|yazdır|haberi paylaş",
		"giriş yap|abone ol|üye ol|çıkış yap",
		"kabul et|tümünü kabul et|kabul ediyorum", "çerez",
		"kaynak:|haber kaynağı:", "son dakika haberleri|son dakika|haberler|güncel haberler",
	},
	{ // Indonesian
		"lompat ke konten|langsung ke konten|ke konten utama|baca berita lengkapnya di sini",
		"baca juga|berita terkait|artikel terkait|terpopuler|berita lainnya|baca selengkapnya|rekomendasi untuk anda",
		"tag|tagar|topik",
		"bagikan|bagikan artikel ini melalui|salin link|salin tautan",
		"masuk|daftar|keluar|berlangganan",
		"setuju|terima semua|saya setuju", "",
		"sumber:|penulis:|penulis |pewarta:", "berita terkini|berita terbaru|berita",
	},
}

// dottedI spells s's words that open on "i" with Turkish's capital "İ",
// which lower leaves as it is (its lower case is one byte shorter): a
// Turkish site's "Ana İçeriğe Geç" is keyed "ana İçeriğe geç".
func dottedI(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(" "+s, " i", " İ"), " ı", " I")[1:]
}

// cookieWords are langChrome's words for cookies.
var cookieWords []string

func init() {
	for _, l := range langChrome {
		if l.cookie != "" {
			cookieWords = append(cookieWords, l.cookie)
		}
		for _, p := range strings.Split(l.meta, "|") {
			metaIndex[p[0]] = append(metaIndex[p[0]], p)
		}
		for _, w := range strings.Split(l.section, "|") {
			sectionWords[w] = true
		}
		for _, c := range []struct{ keys, reason string }{
			{l.skip, ReasonNav}, {l.share, ReasonShare}, {l.account, ReasonCrumb}, {l.consent, ReasonCookie},
			{l.related, ""}, {l.tags, ""},
		} {
			for _, k := range strings.Split(c.keys, "|") {
				for _, k := range []string{k, dottedI(k)} {
					switch {
					case c.reason != "":
						crumbs[k] = c.reason
					case c.keys == l.tags:
						tagIntros[k] = true
					default:
						relatedIntros[k] = true
						p := k + ":"
						relatedIndex[p[0]] = append(relatedIndex[p[0]], p)
					}
				}
			}
		}
	}
}
