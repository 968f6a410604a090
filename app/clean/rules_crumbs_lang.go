package clean

import "strings"

// langChrome holds the chrome of news sites in Swedish, Norwegian, Danish,
// Finnish, Turkish and Indonesian, one string a language, its lines the
// cells below (cellSkip ...), each a list separated by "|": what crumbs and the
// related and tag rules read in English ("Skip to content", "Read more",
// "Tags", "Share", "Log in", "Accept all").
var langChrome = [...]string{
	// Swedish
	"hoppa till huvudinnehållet|hoppa till innehållet|gå till innehållet|till startsidan\n" +
		"dela|dela artikeln|kopiera länk|skriv ut\n" +
		"logga in|prenumerera|bli prenumerant|mitt konto|logga ut\n" +
		"godkänn alla|acceptera alla|godkänn|acceptera\n" +
		"läs också|läs mer|läs även|mest läst|fler artiklar\n" +
		"ämnen i artikeln|ämnen|taggar\n" +
		"nyheter|senaste nytt\n" +
		"\n" +
		"källa:",
	// Norwegian
	"hopp til hovedinnhold|hopp til innhold|hopp til hovedinnholdet|til forsiden\n" +
		"del|del artikkelen|del saken|kopier lenke|skriv ut\n" +
		"logg inn|kjøp abonnement|min side|logg ut\n" +
		"godta alle|godta|aksepter alle|jeg forstår\n" +
		"les også|les mer|mest lest|flere saker\n" +
		"emner|stikkord\n" +
		"nyheter|siste nytt\n" +
		"informasjonskapsler\n" +
		"kilde:|tekst:",
	// Danish
	"gå til hovedindhold|spring til indhold|gå til indhold|til forsiden\n" +
		"del|del artiklen|kopier link|udskriv\n" +
		"log ind|køb abonnement|bliv abonnent|log ud\n" +
		"accepter alle|tillad alle|accepter|ok, forstået\n" +
		"læs også|læs mere|mest læste|flere artikler\n" +
		"emner\n" +
		"nyheder|seneste nyt\n" +
		"\n" +
		"kilde:|tekst:",
	// Finnish
	"siirry sisältöön|siirry pääsisältöön|hyppää sisältöön|etusivulle\n" +
		"jaa|jaa artikkeli|kopioi linkki|tulosta\n" +
		"kirjaudu|kirjaudu sisään|tilaa|tilaajaksi|tilaajille|kirjaudu ulos\n" +
		"hyväksy kaikki|hyväksy|salli kaikki\n" +
		"lue myös|lue lisää|luetuimmat|tuoreimmat\n" +
		"aiheet|aihetunnisteet\n" +
		"uutiset|tuoreimmat\n" +
		"eväste\n" +
		"lähde:|teksti:",
	// Turkish (an "İ" lower lets be: both spellings)
	"ana içeriğe geç|ana İçeriğe geç|içeriğe geç|İçeriğe geç|içeriğe atla|ana sayfa|haberin devamı\n" +
		"paylaş|linki kopyala|yazdır|haberi paylaş\n" +
		"giriş yap|abone ol|üye ol|çıkış yap\n" +
		"kabul et|tümünü kabul et|kabul ediyorum\n" +
		"ilgili haberler|İlgili haberler|benzer haberler|en çok okunanlar|en çok okunan haberler|bunlar da ilginizi çekebilir\n" +
		"etiketler\n" +
		"son dakika haberleri|son dakika|haberler|güncel haberler\n" +
		"çerez\n" +
		"kaynak:|haber kaynağı:",
	// Indonesian
	"lompat ke konten|langsung ke konten|ke konten utama|baca berita lengkapnya di sini\n" +
		"bagikan|bagikan artikel ini melalui|salin link|salin tautan\n" +
		"masuk|daftar|keluar|berlangganan\n" +
		"setuju|terima semua|saya setuju\n" +
		"baca juga|berita terkait|artikel terkait|terpopuler|berita lainnya|baca selengkapnya|rekomendasi untuk anda\n" +
		"tag|tagar|topik\n" +
		"berita terkini|berita terbaru|berita\n" +
		"\n" +
		"sumber:|penulis:|pewarta:",
}

// The lines of a language's langChrome, in order.
const (
	cellSkip    = iota // skip links and the like (ReasonNav), whole lines' keys (see key)
	cellShare          // share and print buttons (ReasonShare)
	cellAccount        // log in and subscribe buttons (ReasonCrumb)
	cellConsent        // a consent banner's buttons (ReasonCookie)
	cellRelated        // labels over a box of links to other stories; with a colon they open a one-line teaser
	cellTags           // labels over a list of topic tags
	cellSection        // the words for news a title line names for its site's (sectionWords)
	cellCookie         // the word for cookies, when not "cookie" (ruleCookie)
	cellMeta           // the labels opening a metadata line: a source's, a writer's (metaPrefixes)
)

// cookieWords are langChrome's words for cookies.
var cookieWords []string

func init() {
	reasons := [...]string{ReasonNav, ReasonShare, ReasonCrumb, ReasonCookie}
	sets := [...]map[string]bool{relatedIntros, tagIntros, sectionWords}
	for _, l := range langChrome {
		for c, cell := range strings.Split(l, "\n") {
			for _, k := range strings.Split(cell, "|") {
				switch {
				case k == "":
				case c < cellRelated:
					crumbs[k] = reasons[c]
				case c < cellCookie:
					sets[c-cellRelated][k] = true
				case c == cellCookie:
					cookieWords = append(cookieWords, k)
				default:
					metaIndex[k[0]] = append(metaIndex[k[0]], k)
				}
				if c == cellRelated && k != "" {
					p := k + ":"
					relatedIndex[p[0]] = append(relatedIndex[p[0]], p)
				}
			}
		}
	}
}
