package clean

import (
	"slices"
	"strings"
	"testing"
)

// cleanBody returns the paragraphs Clean keeps of text, one a line.
func cleanBody(text string) string {
	var body []string
	for _, b := range Clean(text).Body() {
		body = append(body, b.Text())
	}
	return strings.Join(body, "\n")
}

// spunDefence is a spun article (the spinner's function-word swaps make it
// one) in which the spinner wrote "defense" for "defence"; evidence is a
// paragraph that says the writer's convention.
func spunDefence(evidence string) string {
	return "Story\n\nThe angstrom plan was announced successful March, and the ministers volition discuss it successful the coming weeks. " +
		"The defense budget would beryllium cut, the officials said astatine the meeting.\n\n" +
		"It is arsenic simple arsenic that, the spokesman said astatine the Defense Department.\n\n" + evidence + "\n"
}

// TestVariantRepairBritish: in a spun article that shows the British
// convention where the spinner cannot have written it ("Mr Smith",
// "criticised"), the American "defense" the spinner writes for "defence"
// is repaired; without such signs, or with signs of both conventions, it
// is left as written; a name ("Defense Department") never is.
func TestVariantRepairBritish(t *testing.T) {
	got := cleanBody(spunDefence("Mr Smith criticised the plan, and Mr Jones agreed."))
	if !strings.Contains(got, "The defence budget would be cut") {
		t.Errorf("British article: defense not repaired:\n%s", got)
	}
	if !strings.Contains(got, "the Defense Department") {
		t.Errorf("a name repaired:\n%s", got)
	}
	for _, ev := range []string{
		"Smith criticized the plan, and Jones agreed.",                    // no sign of British prose
		"Mr Smith criticised the plan, and Mr. Jones realized he agreed.", // both conventions
	} {
		if got := cleanBody(spunDefence(ev)); !strings.Contains(got, "The defense budget would be cut") {
			t.Errorf("%q: defense repaired:\n%s", ev, got)
		}
	}
}

// TestVariantRepairAmerican: in a spun article that shows the American
// convention ("Mr. Smith", "organizations"), a British variant the spinner
// writes for the American one is repaired where the article shows the
// American convention in the variant's family too ("organizations":
// "-ize"), not elsewhere (a writer who writes "Mr." and "organizations"
// may write "programme").
func TestVariantRepairAmerican(t *testing.T) {
	text := "Story\n\nThe angstrom plan was announced successful March, and the ministers volition discuss it successful the coming weeks. " +
		"The organisation would beryllium cut, the officials said astatine the meeting, and the programme with it.\n\n" +
		"It is arsenic simple arsenic that, the spokesman said.\n\n" +
		"Mr. Smith said the organizations agreed, and Mr. Jones did too.\n"
	got := cleanBody(text)
	if !strings.Contains(got, "The organization would be cut") {
		t.Errorf("organisation not repaired:\n%s", got)
	}
	if !strings.Contains(got, "the programme with it") {
		t.Errorf("programme repaired without a sign in its family:\n%s", got)
	}
}

// TestVariantCleanUntouched: a clean article is never repaired, whatever
// the convention its words show.
func TestVariantCleanUntouched(t *testing.T) {
	text := "Story\n\nThe plan was announced in March. The defense budget would be cut, the officials said.\n\n" +
		"Mr Smith criticised the plan, and Mr Jones agreed.\n"
	if got := cleanBody(text); !strings.Contains(got, "The defense budget") {
		t.Errorf("a clean article repaired:\n%s", got)
	}
}

// TestSpinTableVariants: the table lists the spelling variants the
// spinner writes for their twins and for no other word, and those it never
// writes; the spun words that only rarer words stand for ("wed" for
// "marry") and "connexion", which no writer of either convention writes,
// have their originals ("concealment" stood for "cover" alone).
func TestSpinTableVariants(t *testing.T) {
	tb := loadTable()
	for w, want := range map[string]variant{
		"defense":       {kind: 'A', orig: "defence"},
		"programme":     {kind: 'B', orig: "program"},
		"organisations": {kind: 'b'},
		"criticized":    {kind: 'a'},
	} {
		if got, ok := tb.variantOf(w); !ok || got != want {
			t.Errorf("%s: %+v, %v; want %+v", w, got, ok, want)
		}
	}
	// "center" is middle's swap too, "program" British prose's own
	// spelling (a computer's).
	for _, w := range []string{"center", "program", "four", "called"} {
		if v, ok := tb.variantOf(w); ok && v.orig != "" {
			t.Errorf("%s: %+v", w, v)
		}
	}
	for spun, orig := range map[string]string{"wed": "marry", "connexion": "connection", "concealment": "hiding"} {
		if c := Candidates(spun); !slices.Contains(c, orig) {
			t.Errorf("%s: candidates %v, want %s among them", spun, c, orig)
		}
	}
}
