package main

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
)

// publisherTally counts, over the pages whose address the corpus knows,
// how often the cleanup names a publisher and how often that name agrees
// with the address's domain ("The Moscow Times" and themoscowtimes.com,
// "BBC News" and bbc.co.uk, "The New York Times" and nytimes.com). The
// corpus has no gold publisher; the domain is the nearest thing to one.
type publisherTally struct {
	pages, found, agree int
	disagree            []string // "id: \"publisher\" at host", the first 400
	unnamed             []string // "id at host" of the pages naming none, the first 400
}

func (t *publisherTally) add(id, rawURL, publisher string) {
	u, err := url.Parse(rawURL)
	if rawURL == "" || err != nil || u.Hostname() == "" {
		return
	}
	t.pages++
	if publisher == "" {
		if len(t.unnamed) < 400 {
			t.unnamed = append(t.unnamed, fmt.Sprintf("%s at %s", id, u.Hostname()))
		}
		return
	}
	t.found++
	if nameFitsHost(publisher, u.Hostname()) {
		t.agree++
	} else if len(t.disagree) < 400 {
		t.disagree = append(t.disagree, fmt.Sprintf("%s: %q at %s", id, publisher, u.Hostname()))
	}
}

func (t *publisherTally) String() string {
	return fmt.Sprintf("publisher: named on %d of %d pages with an address (%.3f); agrees with the address's domain on %d of %d named (%.3f)",
		t.found, t.pages, float64(t.found)/float64(max(t.pages, 1)), t.agree, t.found, float64(t.agree)/float64(max(t.found, 1)))
}

// nameFitsHost reports whether a publication's name and a host name agree:
// the host's main label holds the name squashed ("moscowtimes"), or the
// name's initials ("nyt"), or the name holds the label ("bbc").
func nameFitsHost(name, host string) bool {
	// (a hyphen in the host spells none of the name: "abs-cbnnews")
	labels := strings.Split(strings.ReplaceAll(strings.TrimPrefix(strings.ToLower(host), "www."), "-", ""), ".")
	// The domain's ending names no site: "com" would fit "No Comment" or
	// "Canon Communications"; nor does the name's own ("NJ.com" at nj.com
	// is "NJ").
	labels = withoutEnding(labels)
	lname := strings.ToLower(name)
	for _, end := range []string{".com", ".net", ".org", ".co.uk", ".com.au", ".co.nz", ".ca"} {
		lname = strings.TrimSuffix(lname, end)
	}
	var words []string
	all := "" // every word, "the" too: "Die By The Blade" at diebytheblade.com
	for _, w := range strings.FieldsFunc(lname, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		all += w
		if w != "the" {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return false
	}
	squashed := strings.Join(words, "")
	var initials strings.Builder
	for _, w := range words {
		initials.WriteByte(w[0])
	}
	for _, l := range labels {
		if len(l) < 2 {
			continue
		}
		if strings.Contains(l, squashed) || strings.Contains(l, all) || len(l) >= 3 && strings.Contains(squashed, l) ||
			initials.Len() >= 2 && strings.HasPrefix(l, initials.String()) ||
			len(words[0]) >= 4 && strings.HasPrefix(l, words[0]) {
			return true
		}
	}
	return false
}

// withoutEnding returns a host's labels without its ending: the top-level
// domain, and a country's second level before it ("co" of "co.uk", "com"
// of "com.au").
func withoutEnding(labels []string) []string {
	if len(labels) < 2 {
		return labels
	}
	labels = labels[:len(labels)-1]
	if n := len(labels); n >= 2 {
		switch labels[n-1] {
		case "co", "com", "org", "net", "ac", "gov", "edu":
			labels = labels[:n-1]
		}
	}
	return labels
}
