package clean

import (
	"strings"
	"unicode"
)

// selfOpeners open a line in which a site names itself to its readers:
// "Create a new Harbour Eats account", "Already registered with Harbour
// Eats? Log in!", "Get HarbourEats.com in Your Inbox", "Add Harbour Eats
// to My Yahoo!", "Follow Harbour Eats on Twitter". ("About Voices" names a
// column as often: aboutName reads those.)
var selfOpeners = []string{"already registered with ", "create a new ", "get ", "add ", "follow ",
	"welcome to ", "recently on ", "sign in to ", "log in to ", "trending posts from "}

// selfClosers follow the site's name on a line in which it names itself:
// "Harbour Eats on YouTube", "Trending posts from Harbour Eats on
// Twitter" (not "Share on Facebook": a button's verb).
var selfClosers = []string{" on facebook", " on twitter", " on youtube"}

// selfName returns the name the site gives itself in its own furniture
// (selfOpeners, selfClosers) on a page whose only publisher cue is a
// copyright line naming company, the network's owner ("© 2012 Example
// Media, Inc." under one of its sites): the name the page's furniture
// names most often (mentions), three times at least and more often than
// the company, no person's a byline credits; "" when there is none. The
// site's name all over its menus and links outweighs its owner's in the
// footer.
func (d *doc) selfName(company string) string {
	best, bestN := "", max(2, d.mentions(company))
	try := func(name string) {
		name = publicationName(name)
		if name == "" || words(name) > 4 || !startsUpper(name) || shouted(name) || selfVerbs[lower(strings.Fields(name)[0])] || uiNamed(lower(name)) || sectionWords[lower(name)] ||
			strings.Contains(lower(company), lower(name)) || spelledOut(strings.TrimPrefix(name, "The "), []string{company}) != "" || d.postsBy(name) {
			return // (nor the company's initials: "The IHT" of "the International Herald Tribune")
		}
		// (one name written two ways: "The Verge" over "Verge", "SB
		// Nation" over its address "SBNation.com")
		if n := d.mentions(name); n > bestN || n == bestN && nameKey(name) == nameKey(best) && !domainName(name) && (domainName(best) || len(name) > len(best)) {
			best, bestN = name, n
		}
	}
	for _, b := range d.blocks {
		if b.kept() || b.nw > 12 {
			continue
		}
		// (past a link's arrow: "» Create a new Harbour Eats account")
		t := strings.TrimLeftFunc(b.text, func(r rune) bool { return notLetter(r) && !unicode.IsDigit(r) })
		lt := lower(t)
		if len(lt) != len(t) {
			continue // (a case whose letters change their size: the offsets differ)
		}
		for _, o := range selfOpeners {
			if strings.HasPrefix(lt, o) {
				try(properName(t[len(o):]))
			}
		}
		for _, c := range selfClosers {
			k := strings.Index(lt, c)
			if k <= 0 {
				continue
			}
			// the capitalised words right before the closer, the
			// opener's verb aside ("Follow Harbour Eats on Twitter")
			f := strings.Fields(t[:k])
			j := len(f)
			for j > 0 && len(f)-j < 4 && startsUpper(f[j-1]) {
				j--
			}
			for _, o := range selfOpeners {
				if j < len(f) && strings.EqualFold(f[j]+" ", o) {
					j++
				}
			}
			if j < len(f) {
				try(strings.Join(f[j:], " "))
			}
		}
	}
	return best
}

// selfVerbs open a share bar's or a menu's buttons, no site's name: "Share
// on Facebook", "Like on Facebook".
var selfVerbs = setOf("share like follow join find visit tweet connect post email send get")

// plugName returns the site a kept line in parentheses asks readers to
// follow on a social network ("(For updates you can share with your
// friends, follow HarbourLive on Facebook and Twitter)"): a brand's one
// word (brandShaped) or a name of words no person's; "" for another line
// (a writer's "(Follow Jane on Twitter)").
func plugName(b *block) string {
	if !b.kept() || b.nw > 40 || !strings.HasPrefix(b.text, "(") || !strings.HasSuffix(b.text, ")") {
		return ""
	}
	k := strings.Index(b.low, "follow ")
	if k < 0 || k > 0 && b.low[k-1] != ' ' && b.low[k-1] != '(' {
		return ""
	}
	rest := b.text[k+len("follow "):]
	name := properName(rest)
	if name == "" || !hasPrefixAny(strings.ToLower(rest[len(name):]), " on facebook", " on twitter", " on youtube", " on instagram") ||
		isNameLine(name) || !strings.Contains(name, " ") && !brandShaped(name) {
		return ""
	}
	return name
}

// quotedTitle returns the title a follow button quotes whole, "“Harbour
// Notes”" of WordPress's "Follow “Harbour Notes”" (six words at most, in
// any case: "“harbour notes”"), or "".
func quotedTitle(rest string) string {
	q, ok := strings.CutPrefix(strings.TrimSpace(rest), "“")
	if !ok {
		return ""
	}
	t, ok := strings.CutSuffix(q, "”")
	if !ok || t == "" || strings.ContainsAny(t, "“”") || words(t) > 6 {
		return ""
	}
	return t
}

// writerNamed reports whether a byline names name as its writer: a
// metadata line holds it (bylineHolds), not only after " for " ("By Jane
// Doe for Harbour Weekly": the publication).
func (d *doc) writerNamed(name string) bool {
	if !d.bylineHolds(name) {
		return false
	}
	ln := lower(name)
	for _, b := range d.blocks {
		if b.removed == ReasonMetadata && b.has(ln) && !b.has(" for "+ln) {
			return true
		}
	}
	return false
}
