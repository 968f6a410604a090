//go:build !wasm && audit

package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	chrome "github.com/dossierapp/dossier/app/browsertest"
)

// TestLighthouse runs Lighthouse 12 (npm, installed by make audit) against
// the served dossier with Debian's chromium and checks the scores the issue
// sets: performance ≥ 90, accessibility 100, best practices ≥ 95, SEO ≥ 90,
// with Lighthouse's desktop preset and its default (a throttled mid-range
// phone on slow 4G).
//
//	make audit
func TestLighthouse(t *testing.T) {
	lh, _ := filepath.Abs("../../app/browsertest/audit/node_modules/.bin/lighthouse")
	if _, err := os.Stat(lh); err != nil {
		t.Fatalf("lighthouse missing: run 'make audit' (npm ci in app/browsertest/audit)")
	}
	s := newTestSite(t, "")
	srv := startServer(t, s)
	want := map[string]float64{"performance": 0.90, "accessibility": 1.00, "best-practices": 0.95, "seo": 0.90}
	for _, run := range []struct{ path, preset string }{
		{"/", "desktop"}, {"/a/002_5d6c91d1d15ae6f8-fde497d1", "desktop"}, {"/timeline", "desktop"},
		{"/", "mobile"}, {"/a/002_5d6c91d1d15ae6f8-fde497d1", "mobile"},
	} {
		path := run.path + " (" + run.preset + ")"
		flags := append([]string{}, chrome.Flags...)
		flags = append(flags, "--user-data-dir="+t.TempDir())
		args := []string{srv.URL + run.path, "--output=json", "--output-path=stdout", "--quiet",
			"--only-categories=performance,accessibility,best-practices,seo",
			"--chrome-flags=" + strings.Join(flags, " ")}
		if run.preset == "desktop" {
			args = append(args, "--preset=desktop")
		}
		cmd := exec.Command(lh, args...)
		cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome.Path())
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("lighthouse %s: %v", path, err)
		}
		var rep struct {
			Categories map[string]struct {
				Score float64 `json:"score"`
			} `json:"categories"`
			Audits map[string]struct {
				Score        *float64 `json:"score"`
				Title        string   `json:"title"`
				DisplayValue string   `json:"displayValue"`
			} `json:"audits"`
		}
		if err := json.Unmarshal(out, &rep); err != nil {
			t.Fatalf("lighthouse report: %v", err)
		}
		for cat, min := range want {
			got := rep.Categories[cat].Score
			t.Logf("%s %s: %.0f", path, cat, got*100)
			if got < min {
				t.Errorf("%s: %s score %.0f, want ≥ %.0f", path, cat, got*100, min*100)
			}
		}
		for id, a := range rep.Audits {
			if a.Score != nil && *a.Score < 0.9 && a.Title != "" {
				t.Logf("  %s: %s %s (%.2f)", id, a.Title, a.DisplayValue, *a.Score)
			}
		}
	}
}
