package extract

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// entityList holds the HTML 4 named character references and the HTML 5 ones
// news pages use, as "name=code" or "name" (the previous code plus one). The
// full HTML 5 table (2,231 names) would cost ~30 KB of wasm for names no news
// page uses; an unknown reference is kept as written.
const entityList = "nbsp=160 iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml fnof=402 Alpha=913 Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma=931 Tau Upsilon Phi Chi Psi Omega alpha=945 beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym=977 upsih piv=982 bull=8226 hellip=8230 prime=8242 Prime oline=8254 frasl=8260 weierp=8472 image=8465 real=8476 trade=8482 alefsym=8501 larr=8592 uarr rarr darr harr crarr=8629 lArr=8656 uArr rArr dArr hArr forall=8704 part=8706 exist empty=8709 nabla=8711 isin notin ni=8715 prod=8719 sum=8721 minus lowast=8727 radic=8730 prop=8733 infin ang=8736 and=8743 or cap cup int there4=8756 sim=8764 cong=8773 asymp=8776 ne=8800 equiv le=8804 ge sub=8834 sup nsub sube=8838 supe oplus=8853 otimes=8855 perp=8869 sdot=8901 lceil=8968 rceil lfloor rfloor lang=10216 rang loz=9674 spades=9824 clubs=9827 hearts=9829 diams quot=34 amp=38 lt=60 gt=62 apos=39 OElig=338 oelig Scaron=352 scaron Yuml=376 circ=710 tilde=732 ensp=8194 emsp thinsp=8201 zwnj=8204 zwj lrm rlm ndash=8211 mdash lsquo=8216 rsquo sbquo ldquo=8220 rdquo bdquo dagger=8224 Dagger permil=8240 lsaquo=8249 rsaquo euro=8364 hyphen=8208 dash=8208 horbar=8213 lsquor=8218 rsquor=8217 ldquor=8222 rdquor=8221 nldr=8229 mldr Tab=9 NewLine excl=33 num=35 dollar percnt lpar=40 rpar ast plus comma period=46 sol colon=58 semi equals=61 quest=63 commat lsqb=91 rsqb=93 lowbar=95 grave lcub=123 rcub=125 verbar=124 vert=124 half=189 centerdot=183"

var (
	entityOnce sync.Once
	entityMap  map[string]rune
)

func entities() map[string]rune {
	entityOnce.Do(func() {
		entityMap = make(map[string]rune, 300)
		var code rune
		for _, f := range strings.Fields(entityList) {
			name, num, ok := strings.Cut(f, "=")
			if ok {
				code = 0
				for _, c := range num {
					code = code*10 + c - '0'
				}
			} else {
				code++
			}
			entityMap[name] = code
		}
	})
	return entityMap
}

// c1 maps the numeric references &#128; to &#159; (and windows-1252 bytes
// 0x80-0x9F) to the characters Windows-1252 puts there, as browsers do.
var c1 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

// unescape decodes character references in s. Unknown references are kept
// as written; invalid code points become U+FFFD.
func unescape(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i >= 0 {
		sb.WriteString(s[:i])
		s = s[i:]
		r, n := reference(s)
		if n == 0 {
			sb.WriteByte('&')
			s = s[1:]
		} else {
			sb.WriteRune(r)
			s = s[n:]
		}
		i = strings.IndexByte(s, '&')
	}
	sb.WriteString(s)
	return sb.String()
}

// reference decodes the character reference at the start of s ("&...") and
// returns its rune and length, or n == 0 when s does not start with one.
func reference(s string) (r rune, n int) {
	if len(s) < 3 {
		return 0, 0
	}
	if s[1] == '#' {
		i := 2
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		start := i
		v := 0
		for i < len(s) {
			d := digit(s[i], hex)
			if d < 0 {
				break
			}
			if v < 0x110000 {
				if hex {
					v = v*16 + d
				} else {
					v = v*10 + d
				}
			}
			i++
		}
		if i == start {
			return 0, 0
		}
		if i < len(s) && s[i] == ';' {
			i++
		}
		switch {
		case v >= 0x80 && v <= 0x9F:
			return c1[v-0x80], i
		case v == 0 || v > utf8.MaxRune || (v >= 0xD800 && v <= 0xDFFF):
			return utf8.RuneError, i
		}
		return rune(v), i
	}
	j := 1
	for j < len(s) && j < 12 && isAlnum(s[j]) {
		j++
	}
	if j == 1 {
		return 0, 0
	}
	r, ok := entities()[s[1:j]]
	if !ok {
		return 0, 0
	}
	if j < len(s) && s[j] == ';' {
		return r, j + 1
	}
	// Legacy references without the semicolon: only the common ones.
	switch s[1:j] {
	case "amp", "lt", "gt", "quot", "nbsp", "copy", "reg":
		return r, j
	}
	return 0, 0
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func digit(c byte, hex bool) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case hex && c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case hex && c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
