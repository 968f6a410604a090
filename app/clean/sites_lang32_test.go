package clean

import "testing"

// TestSitesLang32 cleans pages written here in the layouts of newsrooms
// writing in Russian and Ukrainian (Lenta.ru, RIA Novosti, RBC, Kommersant,
// Interfax-Ukraine, UNIAN) and in German, French, Spanish, Italian, Portuguese,
// Dutch and Polish (the Süddeutsche Zeitung, tagesschau, Libération, Le
// Parisien, El Mundo, Clarín, Corriere della Sera, la Repubblica, Folha,
// Público, NOS, NRC, Gazeta Wyborcza), read as a new user would; every
// case below is a fault that reading found.
func TestSitesLang32(t *testing.T) {
	checkSites(t, []siteCase{
		{
			// The standfirst right under the headline, with no full stop,
			// is no menu's line (ruleCJKPage); the box of links inside
			// the story goes with its label.
			file:      "lang32-lenta-style.txt",
			title:     "В Костроме открыли первый в области крытый каток с искусственным льдом",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"Строительство заняло два года и обошлось бюджету", "Раньше хоккейные команды из Костромы"},
			removed: []gone{
				{"Материалы по теме:", ReasonRelated},
				{"В Ярославле закрыли на ремонт старейший стадион города", ReasonRelated},
				{"Мы используем файлы cookie.", ReasonCookie},
			},
		},
		{
			// The date after the section's name, the month cut short
			// ("05 дек 2026").
			file:      "lang32-rbc-style.txt",
			title:     "Банки начали снижать ставки по вкладам вслед за ЦБ",
			publisher: "РБК",
			date:      "2026-12-05",
			kept:      []string{"Крупнейшие банки снизили доходность вкладов на полпроцентного пункта"},
			removed:   []gone{{"Финансы, 05 дек 2026, 14:20", ReasonMetadata}},
		},
		{
			file:      "lang32-ria-style.txt",
			title:     "В Калининграде запустили первый электробус на линии до аэропорта",
			publisher: "РИА Новости",
			date:      "2026-12-05",
			kept:      []string{"КАЛИНИНГРАД, 5 дек — РИА Новости.", "Ранее в правительстве области заявляли"},
			removed:   []gone{{"Мы используем файлы cookie для улучшения работы сайта.", ReasonCookie}, {"Принять", ReasonCookie}},
		},
		{
			file:      "lang32-kommersant-ru-style.txt",
			title:     "В Новосибирске продлили срок строительства четвертого моста через Обь",
			publisher: "Коммерсантъ Новосибирск",
			date:      "2026-12-05",
			kept:      []string{"Подрядчик объясняет задержку ростом цен", "Как писал «Ъ-Сибирь»"},
		},
		{
			// "Вас також можуть зацікавити новини:" over its link.
			file:      "lang32-unian-style.txt",
			title:     "На Полтавщині відкрили першу в області сонячну електростанцію для лікарні",
			publisher: "УНІАН",
			date:      "2026-12-05",
			kept:      []string{"Станція покриватиме до третини потреб лікарні", "Місцеві енергетики зазначають"},
			removed: []gone{
				{"Вас також можуть зацікавити новини:", ReasonRelated},
				{"У Києві школи отримають генератори до кінця грудня", ReasonRelated},
			},
		},
		{
			// "Теги:" alone over its tags; the cookie notice in Ukrainian.
			file:      "lang32-interfaxua-style.txt",
			title:     "У Львові відкрили новий міст через залізницю",
			publisher: "Інтерфакс-Україна",
			date:      "2026-12-05",
			kept:      []string{"Міська рада планує до кінця наступного року"},
			removed: []gone{
				{"Використовуючи цей сайт, ви погоджуєтеся з використанням файлів cookie.", ReasonCookie},
			},
		},
		{
			// The caption over its credit in parentheses, "(Foto: ...)".
			file:      "lang32-sz-style.txt",
			title:     "Augsburg testet fahrerlose Busse in der Altstadt",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"Vom kommenden Frühjahr an sollen zwei autonome Kleinbusse", "Kritik kommt von der Opposition im Stadtrat"},
			removed: []gone{
				{"Einer der beiden Kleinbusse bei einer Probefahrt im November.", ReasonCaption},
				{"Newsletter abonnieren", ReasonNewsletter},
				{"SZ Bayern-Newsletter: Alles Wichtige aus Bayern", ReasonNewsletter},
				{"Wir verwenden Cookies und ähnliche Technologien", ReasonCookie},
				{"Zustimmen", ReasonCookie},
			},
		},
		{
			// The kicker and the headline on lines of their own under
			// "Kicker: Headline | tagesschau.de": the headline is the title.
			file:      "lang32-tagesschau-style.txt",
			title:     "Dresden sperrt Terrassenufer",
			publisher: "tagesschau.de",
			date:      "2026-12-05",
			kept:      []string{"Nach tagelangem Regen steigt die Elbe in Sachsen weiter an.", "Der Deutsche Wetterdienst erwartet"},
			removed:   []gone{{"Schlagworte", ReasonRelated}},
		},
		{
			// The byline in lower case with the reporter's post; "A lire
			// aussi" without its accent over its link.
			file:      "lang32-liberation-style.txt",
			title:     "A Nantes, la ligne de tramway vers l’aéroport enfin sur les rails",
			publisher: "Libération",
			date:      "2026-12-05",
			kept:      []string{"Les riverains de Rezé, qui redoutent les nuisances des travaux"},
			removed: []gone{
				{"par Julie Moreau, correspondante à Nantes", ReasonMetadata},
				{"A lire aussi", ReasonRelated},
				{"A Rennes, la deuxième ligne de métro a séduit", ReasonRelated},
				{"Tout accepter", ReasonCookie},
			},
		},
		{
			// The date line opening on "Le", the update after it.
			file:      "lang32-leparisien-style.txt",
			title:     "Val-de-Marne : un incendie détruit un entrepôt à Rungis, pas de blessé",
			publisher: "Le Parisien",
			date:      "2026-12-05",
			kept:      []string{"Une enquête a été ouverte pour déterminer les causes du sinistre"},
			removed: []gone{
				{"Le 5 décembre 2026 à 14h20, modifié le 5 décembre 2026 à 15h02", ReasonMetadata},
				{"Dans la même rubrique", ReasonRelated},
			},
		},
		{
			file:      "lang32-elmundo-style.txt",
			title:     "El Ayuntamiento de Valencia amplía el carril bici hasta el puerto",
			publisher: "El Mundo",
			date:      "2026-12-05",
			kept:      []string{"Los comerciantes de la zona han criticado la pérdida de plazas"},
			removed: []gone{
				{"Más noticias", ReasonRelated},
				{"La EMT de Valencia estrena diez autobuses eléctricos", ReasonRelated},
				{"Utilizamos cookies propias y de terceros", ReasonCookie},
			},
		},
		{
			// The caption with its credit glued on, "Foto: ...".
			file:      "lang32-clarin-style.txt",
			title:     "Cierran por obras la estación Retiro de la línea Mitre durante tres fines de semana",
			publisher: "Clarín",
			date:      "2026-12-05",
			kept:      []string{"Desde la empresa recomendaron a los pasajeros"},
			removed: []gone{
				{"La estación Retiro, en una imagen de archivo. Foto: Juano Tesone", ReasonCaption},
				{"Mirá también", ReasonRelated},
				{"El subte aumenta su tarifa desde el lunes", ReasonRelated},
			},
		},
		{
			file:      "lang32-corriere-style.txt",
			title:     "Bologna, riapre dopo tre anni il Teatro Duse: il primo spettacolo sarà una prima nazionale",
			publisher: "Corriere.it",
			date:      "2026-12-05",
			kept:      []string{"I biglietti per le prime repliche sono già esauriti"},
			removed: []gone{
				{"di Giulia Rossi", ReasonMetadata},
				{"Utilizziamo i cookie per migliorare", ReasonCookie},
				{"La newsletter del Corriere di Bologna", ReasonNewsletter},
				{"Se vuoi restare aggiornato sulle notizie di Bologna iscriviti gratis", ReasonNewsletter},
			},
		},
		{
			// "© Riproduzione riservata" names no publisher.
			file:      "lang32-repubblica-style.txt",
			title:     "Torino, in piazza Castello la pista di pattinaggio più grande d'Italia",
			publisher: "la Repubblica",
			date:      "2026-12-05",
			kept:      []string{"Gli ambientalisti hanno invece criticato il consumo di energia"},
			removed:   []gone{{"di Marco Bianchi", ReasonMetadata}, {"Argomenti", ReasonRelated}, {"Accetta e chiudi", ReasonCookie}},
		},
		{
			// The date between points, "5.dez.2026 às 14h20".
			file:      "lang32-folha-style.txt",
			title:     "Prefeitura de Curitiba anuncia nova linha de ônibus elétrico",
			publisher: "-",
			date:      "2026-12-05",
			kept:      []string{"A prefeitura diz que pretende converter toda a frota da cidade até 2035."},
			removed: []gone{
				{"São Paulo amplia frota de ônibus a bateria", ReasonRelated},
				{"Tópicos", ReasonRelated},
				{"Utilizamos cookies essenciais e tecnologias semelhantes", ReasonCookie},
			},
		},
		{
			file:      "lang32-publico-style.txt",
			title:     "Câmara do Porto aprova novo parque verde na zona oriental",
			publisher: "PÚBLICO",
			date:      "2026-12-05",
			kept:      []string{"Os moradores da freguesia de Campanhã"},
			removed:   []gone{{"Ler mais", ReasonRelated}, {"Lisboa planta mil árvores em dois meses", ReasonRelated}},
		},
		{
			file:      "lang32-nos-style.txt",
			title:     "Utrecht krijgt nieuwe fietsenstalling voor 5000 fietsen bij station",
			publisher: "NOS",
			kept:      []string{"De Fietsersbond is blij met het plan"},
			removed: []gone{
				{"Lees ook", ReasonRelated},
				{"Amsterdam haalt duizenden weesfietsen weg bij Centraal", ReasonRelated},
				{"NOS gebruikt cookies", ReasonCookie},
			},
		},
		{
			// The byline, a name with its particle ("de"), and the
			// reading time in Dutch.
			file:      "lang32-nrc-style.txt",
			title:     "Groningen zet warmtenet door ondanks hogere kosten",
			publisher: "NRC",
			date:      "2026-12-05",
			kept:      []string{"Bewoners die niet willen aansluiten"},
			removed: []gone{
				{"Sanne de Vries", ReasonMetadata},
				{"Leestijd 3 minuten", ReasonShare},
				{"Waarom warmtenetten in veel steden vastlopen", ReasonRelated},
				{"Lees meer over:", ReasonRelated},
				{"Wij gebruiken cookies", ReasonCookie},
			},
		},
		{
			file:      "lang32-wyborcza-style.txt",
			title:     "Gdańsk otwiera nową linię tramwajową na Południe. Pierwsze kursy w sobotę",
			publisher: "Wyborcza.pl",
			date:      "2026-12-05",
			kept:      []string{"Przez pierwszy tydzień przejazd nową linią będzie bezpłatny."},
			removed: []gone{
				{"Czytaj także: Kraków kupi pięćdziesiąt nowych tramwajów", ReasonRelated},
				{"Tematy", ReasonRelated},
				{"Używamy plików cookies", ReasonCookie},
			},
		},
	})
}

// TestSitesLang32NoPublisher: a company's legal form before its name in a
// copyright line ("© 1999-2026 ООО «Лента.Ру»") is no publisher.
func TestSitesLang32NoPublisher(t *testing.T) {
	if r := cleanSite(t, "lang32-lenta-style.txt"); r.Publisher == "ООО" {
		t.Errorf("publisher %q", r.Publisher)
	}
}

// TestSitesLang32Tags: the tags under a label alone on its line, in
// Ukrainian, German, Italian, Portuguese, Dutch and Polish ("Теги:",
// "Schlagworte", "Argomenti", "Tópicos", "Lees meer over:", "Tematy").
func TestSitesLang32Tags(t *testing.T) {
	for file, tags := range map[string][]string{
		"lang32-interfaxua-style.txt": {"Львів", "міст"},
		"lang32-tagesschau-style.txt": {"Hochwasser", "Dresden", "Elbe"},
		"lang32-repubblica-style.txt": {"Torino", "Natale"},
		"lang32-folha-style.txt":      {"Curitiba"},
		"lang32-nrc-style.txt":        {"Energie", "Groningen"},
		"lang32-wyborcza-style.txt":   {"Gdańsk"},
	} {
		r := cleanSite(t, file)
		for _, tag := range tags {
			last := -1 // the tag, under its label; a menu above may name it too
			for i, b := range r.Blocks {
				if b.Source() == tag {
					last = i
				}
			}
			if last < 0 || r.Blocks[last].Removed != ReasonRelated {
				t.Errorf("%s: tag %q not removed as %q", file, tag, ReasonRelated)
			}
		}
	}
}

// TestSitesLang32Untitled cleans pages of TestSitesLang32 without their
// title line. Without Russian's and Ukrainian's function words the
// classifier found no prose on a Cyrillic page, and the standfirst (or a
// caption) was taken for the headline; a skip link in German or Dutch
// ("Direkt zum Inhalt", "Naar hoofdinhoud") on the first line was taken for
// the page's title line.
func TestSitesLang32Untitled(t *testing.T) {
	for _, c := range []siteCase{
		{file: "lang32-lenta-style.txt", title: "В Костроме открыли первый в области крытый каток с искусственным льдом", publisher: "Лента.ру"},
		{file: "lang32-kommersant-ru-style.txt", title: "В Новосибирске продлили срок строительства четвертого моста через Обь", publisher: "Коммерсантъ"},
		{file: "lang32-unian-style.txt", title: "На Полтавщині відкрили першу в області сонячну електростанцію для лікарні", publisher: "УНІАН"},
		{file: "lang32-sz-style.txt", title: "Augsburg testet fahrerlose Busse in der Altstadt", removed: []gone{{"Direkt zum Inhalt wechseln", ReasonNav}}},
		{file: "lang32-nos-style.txt", title: "Utrecht krijgt nieuwe fietsenstalling voor 5000 fietsen bij station", removed: []gone{{"Naar hoofdinhoud", ReasonNav}}},
		{file: "lang32-tagesschau-style.txt", title: "Dresden sperrt Terrassenufer", removed: []gone{{"Direkt zum Inhalt", ReasonNav}}},
	} {
		r := cleanSiteUntitled(t, c.file)
		if r.Title != c.title {
			t.Errorf("%s without its title line: title %q, want %q", c.file, r.Title, c.title)
		}
		if c.publisher != "" && r.Publisher != c.publisher {
			t.Errorf("%s without its title line: publisher %q, want %q", c.file, r.Publisher, c.publisher)
		}
		for _, g := range c.removed {
			if b := blockWith(r, g.text); b == nil || b.Removed != g.reason {
				t.Errorf("%s without its title line: %q not removed as %q (%v)", c.file, g.text, g.reason, b)
			}
		}
	}
}
