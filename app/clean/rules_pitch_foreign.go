package clean

import "strings"

// pitchCalls open a sentence that asks the reader to subscribe, in other
// languages than English (whose calls callToAct reads): Libération's
// "Abonnez-vous pour 1€ le premier mois.", Wyborcza's "Subskrybuj
// Wyborczą.", Aftenposten's "Kjøp abonnement for å lese hele saken.", DN's
// "Prenumerera på DN.". An imperative at a sentence's start: a report on
// subscriptions says "abonnements" or "subscribers" instead.
var pitchCalls = []string{"abonnez-vous", "abonnieren sie ", "jetzt abonnieren", "subskrybuj ", "zaprenumeruj ", "wykup prenumeratę",
	"kjøp abonnement", "prenumerera ", "bli prenumerant", "køb abonnement", "bliv abonnent", "tilaa ", "abone ol", "berlangganan "}

// pitchOffers are a trial's offer, wherever in the pitch: the
// Süddeutsche's "Bestens informiert mit SZ Plus – 4 Wochen kostenlos zur
// Probe lesen.", Politiken's "Prøv Politiken gratis i en måned.".
var pitchOffers = []string{"kostenlos zur probe", "kostenlos testen", "gratis i en måned", "gratis i en månad", "første måned for", "första månaden för",
	"le premier mois", "ilk ay ücretsiz", "bulan pertama gratis"}

// foreignPitch reports whether a block's lower-cased paragraph is a site's
// pitch for its subscription in another language: a sentence opening on one
// of pitchCalls, or one of pitchOffers. The block's pairs of bytes rule out
// most calls and offers without reading the line (a line holding none of a
// call's pairs opens no sentence on it).
func foreignPitch(b *block) bool {
	low, ps := b.low, b.pairs()
	calls := false
	for _, c := range pitchCalls {
		calls = calls || ps.mayHold(c)
	}
	for start := 0; calls && start < len(low); {
		if hasPrefixAny(low[start:], pitchCalls...) {
			return true
		}
		k := strings.IndexAny(low[start:], ".!?")
		if k < 0 {
			break
		}
		start += k + 1
		for start < len(low) && low[start] == ' ' {
			start++
		}
	}
	return holdsAny(low, ps, pitchOffers...)
}
