package boiler

import "testing"

// frenchPage is a scraped page in French (written here): a menu, the
// article, a footer.
var frenchPage = []string{
	"Se connecter", "S'abonner", "Le journal", "Monde", "Politique", "Économie", "Culture", "Sports",
	"Le port de Marseille rouvre son quai est après trois mois de travaux",
	"Les réparations de la digue se sont terminées lundi, a annoncé la direction du port, qui avait fermé le quai en juin après la découverte de fissures dans les blocs de béton.",
	"Les travaux ont coûté environ quatre millions d'euros, partagés entre la ville et la région, et les navires de commerce pourront de nouveau accoster dès la semaine prochaine.",
	"Les pêcheurs qui amarrent leurs bateaux dans le port se sont félicités de la nouvelle, mais ils demandent une nouvelle inspection du bras ouest, le plus exposé aux tempêtes.",
	"La direction du port a promis une décision avant la fin de l'année, une fois que les plongeurs auront examiné les fondations de la digue.",
	"Mentions légales", "Contact", "Publicité", "Plan du site", "Conditions d'utilisation",
}

// TestPageLanguage: a page in French measures its prose by French function
// words; an English page stays English, whatever French words it holds.
func TestPageLanguage(t *testing.T) {
	lex := Default().lexicon()
	measureAll := func(lines []string) []stats {
		st := make([]stats, len(lines))
		for i, l := range lines {
			st[i] = measure(l, lex)
		}
		return st
	}
	if got := pageLanguage(measureAll(frenchPage)); got < 0 || foreignStopwords[got].lang != "French" {
		t.Errorf("the French page reads as %d", got)
	}
	if got := pageLanguage(measureAll(page)); got != -1 {
		t.Errorf("the English page reads as %s", foreignStopwords[got].lang)
	}
	english := []string{"Le Monde and La Repubblica said on Monday that de Gaulle's papers, which the family had kept in a house in Colombey, would go to the national archives in Paris."}
	if got := pageLanguage(measureAll(english)); got != -1 {
		t.Errorf("an English sentence naming French papers reads as %s", foreignStopwords[got].lang)
	}
}

// TestClassifyFrenchPage: on a French page the menu and the footer go and
// the article stays, as on an English one. Without French function words
// the page has no prose to the classifier, which then removes nothing.
func TestClassifyFrenchPage(t *testing.T) {
	d := Default().Classify(frenchPage)
	checkProseKept(t, frenchPage, d)
	for i, l := range frenchPage {
		t.Logf("%.2f %-14s %s", d[i].P, d[i].Reason, l)
	}
	removed := 0
	for i := range 8 {
		if d[i].Boilerplate {
			removed++
		}
	}
	if removed < 6 {
		t.Errorf("%d of the menu's 8 lines removed", removed)
	}
}
