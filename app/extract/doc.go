// Package extract pulls the main content out of a saved news HTML page as plain
// text, for import: the article's headline, byline, publication date and site
// name, and its body as paragraphs separated by blank lines, the shape app/parse
// and app/clean expect of a .txt article.
//
// The input is data, never markup to render: Text splits it into items with
// a small tolerant HTML lexer of its own (lex.go, a state-function lexer as
// in text/template/parse), builds a light tree from them (parse.go), drops scripts, styles,
// embedded objects, forms and page chrome (navigation, share bars, related links,
// comments, newsletter boxes, cookie notices, ads), chooses the content root by
// readability-style text and link density scoring, and writes only the text,
// without pictures' captions and a live blog's time stamps. A page drawn by
// script that shows less than half its body takes it from its JSON-LD or
// its state scripts (Next.js, Nuxt, Apollo: state.go).
// Attribute values are never copied to the output, URLs are never resolved and
// nothing is fetched or run.
//
// Text never panics and runs in time linear in the input. The package is plain
// Go with no dependencies outside the standard library, and compiles for
// GOOS=js GOARCH=wasm.
package extract
