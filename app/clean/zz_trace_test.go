package clean

import (
	"fmt"
	"os"
	"testing"

	"github.com/dossierapp/dossier/app/parse"
)

func TestZZTrace(t *testing.T) {
	raw, _ := os.ReadFile(os.Getenv("TRACE"))
	text := sanitize(string(raw))
	pbs := parse.Parse(text)
	d := &doc{blocks: make([]*block, 0, len(pbs)), echo: -1, echoOf: -1}
	store := make([]block, len(pbs))
	arena := tokenArenas.Get().(*[]token)
	for i, pb := range pbs {
		d.blocks = append(d.blocks, newBlock(&store[i], pb))
		store[i].arena = arena
	}
	d.dropEchoTitle()
	repairSpin(d)
	prev := make([]string, len(d.blocks))
	for _, r := range rules {
		r.apply(d)
		for i, b := range d.blocks {
			if b.removed != prev[i] {
				fmt.Printf("%-14s %d %q -> %q %.50q\n", r.name, i, prev[i], b.removed, b.text)
				prev[i] = b.removed
			}
		}
	}
}
