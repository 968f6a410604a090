// Package parse splits a raw scraped article (.txt or .md) into blocks — a title,
// headings and paragraphs — keeping byte offsets into the raw text, and finds the
// pieces scrapers glue onto real sentences: a metadata prefix (" date 2024-03-25
// Following ...") and a trailing photo credit ("... on Tuesday. stepan / Flickr").
//
// Parse never panics and runs in time linear in the input.
package parse
