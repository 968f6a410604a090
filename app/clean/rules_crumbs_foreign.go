package clean

// The buttons and links of news sites in German, French, Spanish, Italian
// and Portuguese, by their keys (see key): the same crumbs as crumbs' in
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
}
