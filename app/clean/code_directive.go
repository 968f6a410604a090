package clean

import "strings"

// codeDirective reports whether a line that opens with "#" is a line of a
// program the article prints, not a row of hashtags: a C preprocessor's
// directive ("#include <stdio.h>", "#define MAX 10", "#ifdef DEBUG") or a
// script's interpreter line ("#!/bin/sh").
func codeDirective(text string) bool {
	if strings.HasPrefix(text, "#!") {
		return true
	}
	word, _, _ := strings.Cut(text[1:], " ")
	switch word {
	case "include", "define", "undef", "if", "ifdef", "ifndef", "elif", "else", "endif", "pragma", "import":
		return true
	}
	return false
}
