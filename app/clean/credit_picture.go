package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pictureCredit reports whether s is a picture's caption or credit by the
// credit it ends in: a photographer and an agency ("Ana Ruiz/Coast Press"),
// the two in parentheses after the caption ("... at the pier. (Ruiz/Coast
// Press)"), an agency's initials after a name ("Dana Holt (AAP)") or after
// a slash ("... at the 2019 fair / AAP"). A headline ends in none.
func pictureCredit(s string) bool {
	s = strings.TrimSpace(s)
	if in, ok := strings.CutSuffix(s, ")"); ok {
		if k := strings.LastIndexByte(in, '('); k > 0 {
			in, before := in[k+1:], strings.TrimSpace(in[:k])
			who, agency, ok := strings.Cut(in, "/")
			return ok && words(in) <= 4 && upperWord(who) && upperWord(agency) || isNameLine(before) && agencyInitials(in)
		}
		return false
	}
	if k := strings.LastIndex(s, " / "); k > 0 {
		return words(s[:k]) >= 6 && (agencyInitials(s[k+3:]) || wireNamed(lower(s[k+3:])) != "")
	}
	name, agency, ok := strings.Cut(s, "/")
	return ok && isNameLine(name) && words(agency) <= 3 && capitalised(agency) && upperWord(agency) && !strings.ContainsAny(agency, "/.!?:")
}

// upperWord reports whether s starts with a capital letter.
func upperWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// agencyInitials reports whether s is a news or picture agency's initials,
// two or three capitals ("AP", "AAP", "EPA").
func agencyInitials(s string) bool {
	return len(s) >= 2 && len(s) <= 3 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}
