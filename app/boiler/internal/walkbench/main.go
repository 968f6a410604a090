//go:build linux && !wasm

// Command walkbench times the classifier of each model file given on the
// dev pages in CPU time of its thread (other processes' load does not
// count): the features alone, then the features and every stage's trees
// (Probabilities), the models in turn in each round. The walk's time is the
// difference of the medians. It compares model sizes (train -trees,
// -stage-trees):
//
//	go run ./app/boiler/internal/walkbench -pages PATH/pages.jsonl.gz A.bin B.bin
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"sort"
	"syscall"
	"time"

	"github.com/dossierapp/dossier/app/boiler"
	"github.com/dossierapp/dossier/app/internal/boilerpages"
)

func main() {
	path := flag.String("pages", boilerpages.DefaultPath, "the corpus")
	rounds := flag.Int("rounds", 5, "rounds")
	every := flag.Int("every", 2, "time every Nth dev page")
	flag.Parse()
	runtime.LockOSThread()
	dev, err := boilerpages.Load(*path, "dev")
	if err != nil {
		log.Fatal(err)
	}
	var pages [][]string
	for i, p := range dev {
		if i%*every == 0 {
			pages = append(pages, p.Texts())
		}
	}
	var models []*boiler.Model
	for _, f := range flag.Args() {
		data, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		m := &boiler.Model{}
		if err := m.UnmarshalBinary(data); err != nil {
			log.Fatal(err)
		}
		models = append(models, m)
	}
	feat := make([]time.Duration, 0, *rounds)
	all := make([][]time.Duration, len(models))
	for r := 0; r < *rounds; r++ {
		t0 := cpuNow()
		for _, p := range pages {
			models[0].Features(p)
		}
		feat = append(feat, cpuNow()-t0)
		for k, m := range models {
			t0 := cpuNow()
			for _, p := range pages {
				m.Probabilities(p)
			}
			all[k] = append(all[k], cpuNow()-t0)
		}
	}
	med := func(d []time.Duration) time.Duration {
		s := append([]time.Duration(nil), d...)
		sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
		return s[len(s)/2]
	}
	fmt.Printf("%d pages; features alone: median %v %v\n", len(pages), med(feat).Round(time.Millisecond), feat)
	for k, f := range flag.Args() {
		fmt.Printf("%s: features+walk median %v, walk ~%v  %v\n", f, med(all[k]).Round(time.Millisecond), (med(all[k]) - med(feat)).Round(time.Millisecond), all[k])
	}
}

// cpuNow is the CPU time this thread has used (the bench runs locked to
// it), so other processes' load does not count.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1, &ru); err != nil { // RUSAGE_THREAD
		log.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
