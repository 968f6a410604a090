package clean

import "strings"

// The buttons and links of news sites in German, French, Spanish, Italian
// and Portuguese (and a few in Dutch, Polish, Russian and Ukrainian), by
// their keys (see key): the same crumbs as crumbs' in
// English ("Skip to content", "Share this article", "Subscribe"), which a
// page of Der Spiegel or Le Monde written here kept as its text.
func init() {
	add := func(reason string, keys ...string) {
		for _, k := range keys {
			crumbs[k] = reason
		}
	}
	add(ReasonNav,
		// German
		"zum inhalt springen", "zum hauptinhalt springen", "zur navigation springen", "zur suche springen",
		"startseite", "zur startseite", "mehr zum thema", "nach oben", "weiterlesen", "alle artikel", "menü", "suche",
		// French
		"aller au contenu principal", "aller au contenu", "aller à la navigation", "aller au menu", "accueil",
		"lire aussi", "lire la suite", "voir aussi", "haut de page", "retour en haut", "rechercher", "sur le même sujet",
		// Spanish
		"ir al contenido", "ir al contenido principal", "saltar al contenido", "saltar al contenido principal",
		"portada", "lee también", "leer más", "ver más", "también te puede interesar", "buscar", "volver arriba",
		"archivado en", "más información",
		// Italian
		"vai al contenuto", "salta al contenuto", "salta al contenuto principale", "leggi anche", "leggi tutto",
		"torna su", "cerca",
		// Portuguese
		"ir para o conteúdo", "pular para o conteúdo", "saltar para o conteúdo", "leia também", "leia mais",
		"voltar ao topo", "pesquisar")
	add(ReasonShare,
		"artikel teilen", "link kopieren", "artikel anhören", "artikel hören", "vorlesen", "diskutieren sie mit", "drucken", "merken", "kommentieren", "kommentare",
		"partager l'article", "partager cet article", "copier le lien", "imprimer", "offrir cet article", "écouter cet article",
		"commenter", "réutiliser ce contenu", "commentaires", "ajouter à vos sélections",
		"copiar enlace", "copiar el enlace", "escuchar", "escuchar noticia", "guardar", "comentarios", "comentar",
		"copia link", "stampa", "ascolta", "commenti",
		"copiar link", "ouvir", "comentários", "compartilhe esta notícia")
	add(ReasonCrumb,
		"abonnieren", "jetzt abonnieren", "anmelden", "abmelden", "registrieren", "spenden", "jetzt spenden",
		"s'abonner", "abonnez-vous", "se connecter", "connexion", "article réservé aux abonnés", "réservé aux abonnés",
		"contribuer", "faire un don", "je m'abonne", "vous avez envie de lire la suite", "débloquez tous les articles immédiatement",
		"déjà abonné ? connectez-vous", "déjà abonné",
		"suscríbete", "suscribirse", "iniciar sesión", "regístrate", "contenido exclusivo para suscriptores", "donar",
		"abbonati", "accedi", "registrati",
		"assine", "assinar", "entrar", "cadastre-se", "conteúdo exclusivo para assinantes")
	// Skip links in German, Dutch, Polish, Russian and Ukrainian.
	add(ReasonNav, strings.Split("direkt zum inhalt|direkt zum inhalt wechseln|naar hoofdinhoud|naar de inhoud|ga naar de inhoud|"+
		"przejdź do treści|przejdź do głównej treści|перейти к содержанию|перейти к основному содержанию|перейти до основного вмісту", "|")...)
	// A consent banner's buttons.
	add(ReasonCookie, strings.Split("zustimmen|alle akzeptieren|akzeptieren|tout accepter|accepter et fermer|accepter & fermer|"+
		"aceptar y cerrar|aceptar todo|accetta e chiudi|accetta tutto|aceitar todos|alles accepteren|akceptuję|zgadzam się|"+
		"принять|принять все|прийняти|прийняти все", "|")...)
	// The labels over a box of links to other stories (relatedIntros) in
	// Russian, French, Spanish, Portuguese, Italian, Dutch and Polish:
	// Lenta's "Материалы по теме", Clarín's "Mirá también", Le Parisien's
	// "Dans la même rubrique", NOS's "Lees ook", Wyborcza's "Czytaj także".
	for _, k := range strings.Split("материалы по теме|a lire aussi|à lire également|dans la même rubrique|la rédaction vous conseille|"+
		"más noticias|noticias relacionadas|mirá también|lea también|leia mais|ler mais|veja também|potrebbe interessarti|"+
		"lees ook|czytaj także|czytaj też|zobacz także|вас також можуть зацікавити новини|вас також можуть зацікавити|вас может заинтересовать", "|") {
		relatedIntros[k] = true
	}
}
