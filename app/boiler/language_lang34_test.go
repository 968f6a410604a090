package boiler

import "testing"

// TestPageLanguageNordicTurkishIndonesian: pages in Swedish, Norwegian,
// Danish, Finnish, Turkish and Indonesian (written here) measure their prose
// by their own function words; the three Scandinavian languages, which share
// many, each read as itself.
func TestPageLanguageNordicTurkishIndonesian(t *testing.T) {
	lex := Default().lexicon()
	for want, lines := range map[string][]string{
		"Swedish": {
			"Nyheter", "Sverige", "Världen", "Ekonomi",
			"Från och med sommarlovet ska alla barn och unga i Göteborg kunna åka buss och spårvagn utan att betala.",
			"Beslutet fattades i kommunfullmäktige på torsdagskvällen efter en lång debatt där oppositionen ville skjuta upp frågan.",
			"Enligt stadens egen utredning kommer omkring 110 000 barn och ungdomar att omfattas av reformen.",
			"Kommunen har ännu inte sagt hur reformen ska finansieras efter det första året, men man utesluter inte en höjning av skatten.",
		},
		"Norwegian": {
			"Nyheter", "Oslo", "Sport", "Meninger",
			"Det har lenge vært kø for å komme inn i de små badstuene langs havnepromenaden, og nå vil byrådet gjøre noe med det.",
			"Forslaget innebærer at kommunen selv skal eie og drive en stor badstue med plass til 60 personer.",
			"Opposisjonen er ikke like begeistret, og Høyres gruppeleder mener pengene heller burde brukes på svømmehaller.",
			"Prisen for en time i badstuen skal etter planen ikke være høyere enn en enkeltbillett med bussen hvis forslaget blir vedtatt.",
		},
		"Danish": {
			"Indland", "Udland", "Kultur", "Debat",
			"Forsøget skal løbe i et år, og derefter skal byrådet tage stilling til, om det skal gøres permanent.",
			"Ifølge rådmanden har kommunen talt trafikken i et halvt år, og resultatet viser, at mere end halvdelen af bilerne blot kører rundt.",
			"Vi vil gerne have en by, hvor man kan gå og cykle i fred, og hvor børn kan lege på gaden, siger hun.",
			"Handelsstandsforeningen er bekymret for, at kunderne i stedet vil tage til de store indkøbscentre uden for byen.",
		},
		"Finnish": {
			"Uutiset", "Urheilu", "Kotimaa", "Talous",
			"Uimala rakennetaan Näsijärven rantaan, ja sen on tarkoitus olla auki jo ensi talvena, kun se on valmis.",
			"Hankkeen hinta on noin neljä miljoonaa euroa, ja se rahoitetaan osittain yksityisen yrityksen kanssa.",
			"Kaikki eivät kuitenkaan ole innoissaan, sillä osa asukkaista pelkää, että alueelle tulee liikaa melua.",
			"Kaupunki lupaa, että pysäköintiä ei lisätä ja että uimalaan pääsee myös raitiovaunulla, kertoo hän.",
			"Avantouinti on kasvanut viime vuosina, ja nykyiset paikat ovat täynnä jo ennen kuin talvi alkaa.",
		},
		"Turkish": {
			"Gündem", "Ekonomi", "Dünya", "Spor",
			"Belediye başkanı, perşembe günü düzenlenen basın toplantısında çalışmaların yüzde 80 oranında tamamlandığını söyledi.",
			"Bu hat sayesinde Buca ile kent merkezi arasındaki trafik önemli ölçüde azalacak ve yolculuk süresi daha da kısalacak.",
			"Esnaf ise inşaat nedeniyle kapanan yollar yüzünden müşteri kaybettiğini belirterek çalışmaların bir an önce bitirilmesini istedi.",
			"Belediye, hattın ikinci etabı için de ihaleye bu ay içinde çıkılacağını ve yeni istasyonların daha sonra açılacağını duyurdu.",
			"Toplam 13 kilometre uzunluğundaki hat 11 istasyondan oluşacak ve bu istasyonların hepsi yeraltında olacak.",
			"Başkan, projenin bir an önce bitmesi için gece de çalışıldığını, ancak bazı sorunların hâlâ çözülmediğini söyledi.",
		},
		"Indonesian": {
			"Berita", "Daerah", "Hukum", "Politik",
			"Pemerintah kota mulai menerapkan pembayaran parkir nontunai di 200 titik parkir tepi jalan umum mulai pekan depan.",
			"Dengan cara ini uang parkir langsung masuk ke kas daerah, jadi tidak ada lagi kebocoran, katanya kepada wartawan.",
			"Meski demikian, warga yang ingin membayar tunai masih tetap dilayani selama masa transisi hingga akhir tahun depan.",
			"Sejumlah juru parkir mengaku belum terbiasa dengan sistem baru tersebut, namun mereka berharap pendapatan mereka menjadi lebih jelas.",
		},
	} {
		st := make([]stats, len(lines))
		for i, l := range lines {
			st[i] = measure(l, lex)
		}
		got := pageLanguage(st)
		if got < 0 || foreignStopwords[got].lang != want {
			name := "English"
			if got >= 0 {
				name = foreignStopwords[got].lang
			}
			t.Errorf("the %s page reads as %s", want, name)
		}
	}
}
