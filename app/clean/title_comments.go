package clean

import "strings"

// commentCountLine reports whether s is a post's line of metadata that
// counts its comments in one of its parts between bars ("In Networking,
// Social Media | No Comment", "1 Comment » | Published in Architecture"):
// a blog's line under its headline, never the headline.
func commentCountLine(s string) bool {
	parts := strings.Split(s, " | ")
	if len(parts) < 2 || words(s) > 25 {
		return false
	}
	for _, p := range parts {
		n, what, ok := strings.Cut(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), "»")), " ")
		if !ok || n != "No" && strings.Trim(n, "0123456789") != "" {
			continue
		}
		switch what {
		case "Comment", "Comments", "Response", "Responses":
			return true
		}
	}
	return false
}
