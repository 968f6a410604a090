package ui

import (
	"fmt"
	"testing"

	"github.com/dossierapp/dossier/app/timeline/view"
)

// FuzzKeptCodec: a kept value damaged in storage (any bytes) is read without
// a panic, and what is read as whole reads back the same once written again.
//
//	go test -run '^$' -fuzz FuzzKeptCodec -fuzztime 60s ./app/ui
func FuzzKeptCodec(f *testing.F) {
	f.Add(encodeClusters("k", []int{0, 1, 0}, []view.Cluster{{Label: "oil", Size: 2}, {Label: "wheat", Size: 1, Color: 3}}))
	f.Add(encodeCopies("k", []int{-1, 0, -1}))
	f.Add([]byte(keptMagic + "k\x00" + "3 -1 99999999999999999999 "))
	f.Add([]byte(keptMagic + "k\x00" + "1 5 abc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if of, cls, ok := decodeClusters(data, "k"); ok {
			again := encodeClusters("k", of, cls)
			of2, cls2, ok2 := decodeClusters(again, "k")
			if !ok2 || fmt.Sprint(of2, cls2) != fmt.Sprint(of, cls) {
				t.Errorf("clusters %v %v written again read %v %v %v", of, cls, of2, cls2, ok2)
			}
		}
		if of, ok := decodeCopies(data, "k"); ok {
			of2, ok2 := decodeCopies(encodeCopies("k", of), "k")
			if !ok2 || fmt.Sprint(of2) != fmt.Sprint(of) {
				t.Errorf("copies %v written again read %v %v", of, of2, ok2)
			}
		}
	})
}
