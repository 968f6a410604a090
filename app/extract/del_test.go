package extract

import (
	"strings"
	"testing"
)

// TestDeletedText leaves out a <del>'s text, which the article no longer
// says (a correction's struck day, an old price), and keeps the <ins> that
// replaced it.
func TestDeletedText(t *testing.T) {
	page := `<html><head><title>Council moves budget vote</title></head><body><article>
<h1>Council moves budget vote</h1>
<p>The council will vote on the budget on <del>Tuesday</del> <ins>Wednesday</ins>, a day later than planned, because two members are away at a conference in the capital.</p>
<p>Residents can still send written comments to the clerk until the morning of the meeting, the council said in a statement on its website.</p>
</article></body></html>`
	r, err := FromString(page)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Text, "Tuesday") || !strings.Contains(r.Text, "on Wednesday, a day later") {
		t.Errorf("text:\n%s", r.Text)
	}
}
