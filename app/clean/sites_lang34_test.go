package clean

import "testing"

// TestSitesLang34 cleans pages written here in the layouts of newsrooms
// writing in Norwegian (Aftenposten, NRK), Swedish (Dagens Nyheter, SVT),
// Danish (Politiken), Finnish (Yle, Helsingin Sanomat), Turkish (Hürriyet,
// Sözcü) and Indonesian (Kompas, detik, CNN Indonesia), read as a new user
// would. Before their function words (stopwords_foreign.go) the classifier
// found no prose on them and removed nearly nothing; every case below is a
// fault that reading found then or after.
func TestSitesLang34(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// "Les også" over its link; the subscription pitch; the
			// consent notice in Norwegian's own word for cookies.
			file:      "lang34-aftenposten-style.txt",
			title:     "Oslo kommune vil bygge ny bydelsbadstue ved Sørenga innen 2028",
			publisher: "Aftenposten",
			date:      "2026-12-05",
			kept:      []string{"Byrådet foreslår å sette av 40 millioner kroner", "Bystyret skal behandle forslaget"},
			removed: []gone{
				{"Hopp til hovedinnhold", ReasonNav},
				{"Kjøp abonnement", ReasonCrumb},
				{"Les også", ReasonRelated},
				{"Nå kan du bade i Akerselva igjen", ReasonRelated},
				{"Del", ReasonShare},
				{"Dette er en abonnementssak.", ReasonDonation},
				{"Vi bruker informasjonskapsler", ReasonCookie},
				{"Godta alle", ReasonCookie},
			},
		},
		{
			file:      "lang34-nrk-style.txt",
			title:     "Bergen vil ha bompenger også på søndager",
			publisher: "NRK Vestland",
			date:      "2026-12-05",
			kept:      []string{"Handelsstanden frykter at kundene"},
			removed: []gone{
				{"LES OGSÅ", ReasonRelated},
				{"Stavanger fjerner gratis parkering i sentrum", ReasonRelated},
				{"Bomstasjonen ved Danmarksplass", ReasonCaption},
				{"NRK bruker informasjonskapsler", ReasonCookie},
				{"Jeg forstår", ReasonCookie},
			},
		},
		{
			// "Läs mer: ..." a teaser on its line; "Prenumerera på DN."
			file:      "lang34-dn-style.txt",
			title:     "Göteborg inför gratis kollektivtrafik för alla under 20 år",
			publisher: "DN.se",
			date:      "2026-12-05",
			kept:      []string{"Från och med sommarlovet", "Kommunen har ännu inte sagt"},
			removed: []gone{
				{"Hoppa till huvudinnehållet", ReasonNav},
				{"Läs mer: Stockholm höjer priset", ReasonRelated},
				{"Prenumerera på DN. Första månaden för 1 kr.", ReasonDonation},
				{"Godkänn alla", ReasonCookie},
			},
		},
		{
			file:      "lang34-svt-style.txt",
			title:     "Malmö stänger tre badhus för renovering i vår",
			publisher: "SVT Nyheter",
			date:      "2026-12-05",
			kept:      []string{"Kommunen räknar med att alla tre badhusen"},
			removed: []gone{
				{"Läs också: Lund bygger nytt badhus", ReasonRelated},
				{"Ämnen", ReasonRelated},
				{"Acceptera alla", ReasonCookie},
			},
		},
		{
			// "Læs også", "Del artiklen", "Emner" over the tags, the
			// trial's offer.
			file:      "lang34-politiken-style.txt",
			title:     "Aarhus vil lukke midtbyen for biler i weekenderne fra næste sommer",
			publisher: "Politiken",
			date:      "2026-12-05",
			kept:      []string{"Et flertal i byrådet står bag forsøget", "Kommunen vil derfor sætte ekstra busser ind"},
			removed: []gone{
				{"Læs også", ReasonRelated},
				{"København vil fjerne 2.000 parkeringspladser", ReasonRelated},
				{"Del artiklen", ReasonShare},
				{"Prøv Politiken gratis i en måned.", ReasonDonation},
				{"Mest læste", ReasonRelated},
			},
		},
		{
			// The lead picture's caption over "Kuva: ..."; the cookie
			// notice in Finnish's word for them.
			file:      "lang34-yle-style.txt",
			title:     "Tampere avaa kaupungin ensimmäisen talviuimalan keskustaan",
			publisher: "Yle Uutiset",
			date:      "2026-12-05",
			kept:      []string{"Uimala rakennetaan Näsijärven rantaan", "Kaupunki lupaa, että pysäköintiä ei lisätä"},
			removed: []gone{
				{"Avantouimareita Näsijärvellä marraskuussa.", ReasonCaption},
				{"Lue myös: Helsinki rakentaa", ReasonRelated},
				{"Aiheet", ReasonRelated},
				{"Yle käyttää evästeitä", ReasonCookie},
				{"Hyväksy kaikki", ReasonCookie},
			},
		},
		{
			file:      "lang34-hs-style.txt",
			title:     "Oulu aikoo kieltää puun pienpolton taajamissa pakkaspäivinä",
			publisher: "HS.fi",
			kept:      []string{"Kaupungin ympäristölautakunta haluaa rajoittaa", "Kaupunginvaltuusto käsittelee esitystä tammikuussa."},
			removed: []gone{
				{"Päivitetty 15:02", ReasonMetadata},
				{"Tilaa HS Digi nyt", ReasonDonation},
				{"Jaa artikkeli", ReasonShare},
			},
		},
		{
			// "Son Dakika Haberleri" (breaking news) in the title line
			// names no publisher; the caption's "(Fotoğraf: DHA)",
			// "Haberin Devamı" in the text, "Kaynak: DHA".
			file:      "lang34-hurriyet-style.txt",
			title:     "İzmir'de metro hattı Buca'ya uzanıyor: İlk sefer yaz aylarında",
			publisher: "Hürriyet",
			date:      "2026-12-05",
			kept:      []string{"İzmir Büyükşehir Belediyesi, Buca metrosunun", "Belediye, hattın ikinci etabı için"},
			removed: []gone{
				{"Buca metrosunun yapımı 2022 yılında başlamıştı.", ReasonCaption},
				{"Haberin Devamı", ReasonNav},
				{"İlgili Haberler", ReasonRelated},
				{"Ankara'da yeni teleferik hattı açıldı", ReasonRelated},
				{"Kaynak: DHA", ReasonMetadata},
				{"Etiketler", ReasonRelated},
				{"Paylaş", ReasonShare},
				{"Sitemizde çerezler kullanılmaktadır.", ReasonCookie},
				{"Kabul Et", ReasonCookie},
			},
		},
		{
			// "Ana İçeriğe Geç", its capital İ as the site writes it.
			file:      "lang34-sozcu-style.txt",
			title:     "Antalya'da turist sayısı rekor kırdı: Kasım ayında yüzde 15 artış",
			publisher: "Sözcü",
			date:      "2026-12-05",
			kept:      []string{"Turizmciler, önümüzdeki yıl için de artış beklediklerini"},
			removed: []gone{
				{"Ana İçeriğe Geç", ReasonNav},
				{"Benzer Haberler", ReasonRelated},
				{"Tümünü Kabul Et", ReasonCookie},
			},
		},
		{
			// "Penulis ... | Editor ..."; "Baca juga: ..." inside the
			// story; the caption over "KOMPAS.com/NAME".
			file:      "lang34-kompas-style.txt",
			title:     "Pemkot Bandung Bangun Jalur Sepeda Baru Sepanjang 12 Kilometer",
			publisher: "Kompas.com",
			date:      "2026-12-05",
			kept:      []string{"BANDUNG, KOMPAS.com - Pemerintah Kota Bandung", "Sejumlah pedagang kaki lima"},
			removed: []gone{
				{"Penulis Budi Santoso | Editor Siti Rahmawati", ReasonMetadata},
				{"Pesepeda melintas di Jalan Asia Afrika", ReasonCaption},
				{"KOMPAS.com/BUDI SANTOSO", ReasonCredit},
				{"Baca juga: Jakarta Tambah 50 Kilometer", ReasonRelated},
				{"Berita Terkait", ReasonRelated},
				{"Simak breaking news dan berita pilihan kami", ReasonPromo},
			},
		},
		{
			// The date with Indonesian's month ("05 Des 2026"), "Baca
			// juga:" over its link, the editors' initials "(rwl/abc)".
			file:  "lang34-detik-style.txt",
			title: "Warga Yogyakarta Kini Bisa Bayar Parkir Pakai QRIS di 200 Titik",
			date:  "2026-12-05",
			kept:  []string{"Meski demikian, warga yang ingin membayar tunai", "Sejumlah juru parkir mengaku"},
			removed: []gone{
				{"Baca juga:", ReasonRelated},
				{"Solo Terapkan Parkir Elektronik", ReasonRelated},
				{"(rwl/abc)", ReasonSignoff},
				{"Masuk", ReasonCrumb},
			},
		},
		{
			file:  "lang34-cnnindonesia-style.txt",
			title: "Pemprov DKI Tambah 30 Taman Kota di Jakarta Timur Tahun Depan",
			date:  "2026-12-05",
			kept:  []string{"Anggaran untuk pembangunan taman tersebut"},
			removed: []gone{
				{"Langsung ke konten", ReasonNav},
				{"Baca berita lengkapnya di sini", ReasonNav},
				{"(ryh/asa)", ReasonSignoff},
			},
		},
	})
}

// TestSitesLang34Untitled cleans the pages of TestSitesLang34 without
// their title line: a skip link on the first line ("Hopp til
// hovedinnhold", "Ana içeriğe geç") was taken for the page's title, and
// the headline under the menus went as a menu's line.
func TestSitesLang34Untitled(t *testing.T) {
	for file, title := range map[string]string{
		"lang34-aftenposten-style.txt": "Oslo kommune vil bygge ny bydelsbadstue ved Sørenga innen 2028",
		"lang34-nrk-style.txt":         "Bergen vil ha bompenger også på søndager",
		"lang34-dn-style.txt":          "Göteborg inför gratis kollektivtrafik för alla under 20 år",
		"lang34-svt-style.txt":         "Malmö stänger tre badhus för renovering i vår",
		"lang34-politiken-style.txt":   "Aarhus vil lukke midtbyen for biler i weekenderne fra næste sommer",
		"lang34-yle-style.txt":         "Tampere avaa kaupungin ensimmäisen talviuimalan keskustaan",
		"lang34-hs-style.txt":          "Oulu aikoo kieltää puun pienpolton taajamissa pakkaspäivinä",
		"lang34-hurriyet-style.txt":    "İzmir'de metro hattı Buca'ya uzanıyor: İlk sefer yaz aylarında",
		"lang34-sozcu-style.txt":       "Antalya'da turist sayısı rekor kırdı: Kasım ayında yüzde 15 artış",
		"lang34-kompas-style.txt":      "Pemkot Bandung Bangun Jalur Sepeda Baru Sepanjang 12 Kilometer",
		"lang34-detik-style.txt":       "Warga Yogyakarta Kini Bisa Bayar Parkir Pakai QRIS di 200 Titik",
	} {
		if r := cleanSiteUntitled(t, file); r.Title != title {
			t.Errorf("%s without its title line: title %q, want %q", file, r.Title, title)
		}
	}
	// The detik page's story past "Baca juga:" was read as a box of links.
	r := cleanSiteUntitled(t, "lang34-detik-style.txt")
	for _, k := range []string{"Meski demikian, warga yang ingin membayar tunai", "Sejumlah juru parkir mengaku"} {
		if b := blockWith(r, k); b == nil || b.Removed != "" {
			t.Errorf("lang34-detik-style.txt without its title line: %q not kept (%v)", k, b)
		}
	}
}

// TestSitesLang32Leftovers: what TestSitesLang32's pages still kept or lost
// (the subscription pitches of Libération, the Süddeutsche and Wyborcza,
// captions closing on "(foto Ansa)" and "(foto di ...)"), and Clarín's box
// about its writer.
func TestSitesLang32Leftovers(t *testing.T) {
	checkSites(t, []siteCase{
		{
			file: "lang32-liberation-style.txt", publisher: "-",
			removed: []gone{{"Abonnez-vous pour 1€ le premier mois.", ReasonDonation}},
		},
		{
			file: "lang32-sz-style.txt", publisher: "-",
			removed: []gone{{"Bestens informiert mit SZ Plus", ReasonDonation}},
		},
		{
			file: "lang32-wyborcza-style.txt", publisher: "-",
			removed: []gone{{"Subskrybuj Wyborczą.", ReasonDonation}},
		},
		{
			file: "lang32-corriere-style.txt", publisher: "-",
			removed: []gone{{"Il Teatro Duse durante i lavori (foto Ansa)", ReasonCaption}},
		},
		{
			file: "lang32-repubblica-style.txt", publisher: "-",
			removed: []gone{{"La pista in piazza Castello (foto di Luca Ferrero)", ReasonCaption}},
		},
		{
			file: "lang32-clarin-style.txt", publisher: "-",
			removed: []gone{{"Sobre la firma", ReasonMetadata}},
		},
	})
}

// TestSitesLang32UntitledStandfirst: UNIAN's page without its title line
// kept its standfirst only when the Cyrillic page's rule took the
// promoted headline for the headline, not the caption nearer the story
// ("Сонячні панелі на даху лікарні / фото ілюстративне, pexels.com").
func TestSitesLang32UntitledStandfirst(t *testing.T) {
	r := cleanSiteUntitled(t, "lang32-unian-style.txt")
	if b := blockWith(r, "Станція покриватиме до третини потреб лікарні в електроенергії"); b == nil || b.Removed != "" {
		t.Errorf("the standfirst: %v", b)
	}
}
