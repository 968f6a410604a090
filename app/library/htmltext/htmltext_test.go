package htmltext

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/library"
)

func TestFromFileHTML(t *testing.T) {
	page := []byte("<html><head><title>T</title><script>alert(1)</script></head><body><article><h1>Troops sent</h1>" +
		"<p>North Korea sent troops to Russia, officials in Seoul said on Tuesday, in a move analysts called unprecedented.</p>" +
		"<p>The deployment follows a treaty signed in June between the two countries, which pledged mutual military aid.</p></article></body></html>")
	e, err := library.FromFile("a.html", page, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(e.Extracted, "Troops sent") || strings.Contains(e.Extracted, "alert") {
		t.Errorf("Extracted = %q", e.Extracted)
	}
	_, err = library.FromFile("nothing.html", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), time.Now())
	if !errors.Is(err, library.ErrNoText) {
		t.Errorf("err = %v, want ErrNoText", err)
	}
}
