package clean

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/clean")

// TestGolden cleans the five seed articles and compares the JSON with
// testdata/clean/<name>.golden (go test -run Golden -update rewrites them).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		got, _ := json.MarshalIndent(Clean(string(raw)).JSON(filepath.Base(f)), "", "  ")
		got = append(got, '\n')
		golden := filepath.Join("../../testdata/clean", name+".golden")
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update)", err)
		}
		if string(got) != string(want) {
			t.Errorf("%s: output differs from %s (run with -update and review the diff)", name, golden)
		}
	}
}

// TestSeeds checks the properties the golden files must keep.
func TestSeeds(t *testing.T) {
	read := func(prefix string) Result {
		files, _ := filepath.Glob("../../testdata/" + prefix + "_*.txt")
		if len(files) != 1 {
			t.Fatalf("seed %s missing", prefix)
		}
		raw, _ := os.ReadFile(files[0])
		return Clean(string(raw))
	}
	for _, p := range []string{"000", "001", "003", "004"} {
		if r := read(p); len(r.Repairs()) != 0 {
			t.Errorf("%s: clean article changed: %v", p, r.Repairs())
		}
	}
	r := read("002")
	text := r.Render()
	for _, want := range []string{"arrived in Moscow", "could be deployed", "as his country's", "We will", "on an official visit"} {
		if !strings.Contains(text, want) {
			t.Errorf("002: %q missing from\n%s", want, text)
		}
	}
	for _, bad := range []string{"successful", "beryllium", "arsenic", "astatine", "astir", "volition", "Dear readers"} {
		if strings.Contains(text, bad) {
			t.Errorf("002: %q left in\n%s", bad, text)
		}
	}
	if r.Publisher != "The Moscow Times" || !r.TitleInferred {
		t.Errorf("002: publisher %q inferred %v", r.Publisher, r.TitleInferred)
	}
	r = read("000")
	if r.Title != "Kremlin Calls for 'Restraint' Amid N. Korea Escalation" || r.Publisher != "The Moscow Times" {
		t.Errorf("000: title %q publisher %q", r.Title, r.Publisher)
	}
	body := r.Render()
	for _, bad := range []string{"Support The Moscow", "newsletter", "Dear readers", "Monthly", "Remind me", "Flickr", "Read more"} {
		if strings.Contains(body, bad) {
			t.Errorf("000: %q left in body", bad)
		}
	}
	if strings.Count(body, "After days of increasingly") != 1 {
		t.Errorf("000: lede not kept exactly once")
	}
	r = read("001")
	body = r.Render()
	if strings.Contains(body, "best SUV") || strings.Contains(body, "Yonhap") || !strings.Contains(body, "home to Samsung and Kia.") {
		t.Errorf("001: ad clause or caption left:\n%s", body)
	}
	for _, p := range []string{"003", "004"} {
		r := read(p)
		if r.Date == "" || !r.TitleInferred || strings.Contains(r.Render(), "date 2024") || strings.Contains(r.Render(), "Advertisment") {
			t.Errorf("%s: date %q inferred %v\n%s", p, r.Date, r.TitleInferred, r.Render())
		}
	}
}
