package clean

import "testing"

// TestCodeDirectiveNoHashtag: in a post that prints a C program, its
// preprocessor's lines ("#include <stdio.h>") stay with the program; a row
// of hashtags under an article still goes as metadata.
func TestCodeDirectiveNoHashtag(t *testing.T) {
	for _, c := range []struct {
		line string
		meta bool
	}{
		{"#include <stdio.h>", false},
		{"#define BUFFER_SIZE 4096", false},
		{"#ifndef PARSER_H", false},
		{"#!/usr/bin/env python3", false},
		{"#Budget2026 #Parliament", true},
		{"#ClimateWeek", true},
	} {
		if got := isMetadataLine(c.line, lower(c.line), words(c.line)); got != c.meta {
			t.Errorf("isMetadataLine(%q) = %v, want %v", c.line, got, c.meta)
		}
	}
	text := "Adding two numbers in C\n\nHere is the program this post compiles, a function that adds two integers and is exported to the page:\n\n// add.c\n\n#include <emscripten.h>\n\nint add(int x, int y) {\n\nreturn x + y;\n\n}\n\nWe build it with the usual compiler flags and load the module from a small script that calls it once the page has loaded."
	r := Clean(text)
	found := false
	for _, b := range r.Body() {
		if b.Text() == "#include <emscripten.h>" {
			found = true
		}
	}
	if !found {
		t.Error("the program's #include line was removed")
	}
}
