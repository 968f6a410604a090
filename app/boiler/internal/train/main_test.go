//go:build !wasm

package main

import (
	"slices"
	"testing"
)

// -stage-trees gives each stage it names its number of trees; the stages
// after keep -trees.
func TestStageTrees(t *testing.T) {
	got, err := parseStageTrees("50, 60,100")
	if err != nil || !slices.Equal(got, []int{50, 60, 100}) {
		t.Fatalf("parseStageTrees: %v, %v", got, err)
	}
	if got, err := parseStageTrees(""); err != nil || got != nil {
		t.Errorf("parseStageTrees(\"\"): %v, %v", got, err)
	}
	for _, bad := range []string{"50,,100", "0", "x", "50,-1"} {
		if _, err := parseStageTrees(bad); err == nil {
			t.Errorf("parseStageTrees(%q): no error", bad)
		}
	}
	cfg := config{trees: 100, stageTrees: []int{50, 60}}
	for k, want := range []int{50, 60, 100} {
		if n := cfg.forStage(k).trees; n != want {
			t.Errorf("stage %d: %d trees, want %d", k, n, want)
		}
	}
}

// -zero takes feature numbers of the first stage's rows.
func TestParseFeatures(t *testing.T) {
	got, err := parseFeatures("18, 19,31")
	if err != nil || !slices.Equal(got, []int{18, 19, 31}) {
		t.Fatalf("parseFeatures: %v, %v", got, err)
	}
	if got, err := parseFeatures(""); err != nil || got != nil {
		t.Errorf("parseFeatures(\"\"): %v, %v", got, err)
	}
	for _, bad := range []string{"1,,2", "-1", "x", "9999"} {
		if _, err := parseFeatures(bad); err == nil {
			t.Errorf("parseFeatures(%q): no error", bad)
		}
	}
}
