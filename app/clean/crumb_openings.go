package clean

import "strings"

// openingIndex holds phrases by their first byte, each with the bit of the
// list it belongs to: mask compares a line once with the phrases that open
// as it does, for every list at once, instead of each list in turn
// (hasPrefixAny).
type openingIndex [256][]opening

// opening is a phrase of an openingIndex and its list's bit.
type opening struct {
	p   string
	bit uint32
}

// openingsOf makes the openingIndex of the lists, each listing its phrases
// separated by "|"; list i has bit 1<<i.
//
//go:noinline
func openingsOf(lists ...string) *openingIndex {
	var x openingIndex
	for i, l := range lists {
		for _, p := range strings.Split(l, "|") {
			x[p[0]] = append(x[p[0]], opening{p, 1 << i})
		}
	}
	return &x
}

// mask returns the bits of the lists one of whose phrases opens s.
func (x *openingIndex) mask(s string) uint32 {
	if s == "" {
		return 0
	}
	var m uint32
	for _, o := range x[s[0]] {
		if strings.HasPrefix(s, o.p) {
			m |= o.bit
		}
	}
	return m
}

// The lists of openings crumbReason looks for, in crumbOpenings' order.
const (
	openBackTo uint32 = 1 << iota
	openSignInTo
	openShareOn
	openEmbed
	openSeeAt
	openFollowMe
	openNoContent
	openModerated
	openModeratedLong
	openPaywallForeign
	openViewed
	openGetThe
	openCommentRules
	openClickTo
	openListen
)

// crumbOpenings are the openings of lines crumbReason removes, a list for
// each of its rules (see the constants above).
var crumbOpenings = openingsOf(
	"back to |return to ",
	"sign in to your |log in to your ",
	"share on |share via |share by ",
	"view this post on |view this profile on |a post shared by |watch on tiktok|watch on youtube",
	"see at |see it at |view at |check price at ",
	"follow me on |follow me at |you can follow me on ",
	"the content you requested|the page you requested|this content is not available|this content is no longer available",
	"comments are moderated|your email address will not be published",
	"comments will be moderated|we want our comments to be|comments: our rules",
	"cet article est réservé aux abonnés|dieser artikel ist nur für abonnenten|este artículo es exclusivo para suscriptores",
	"this story has been viewed|this article has been viewed",
	"get the |download the ",
	"comments have to be in |we have migrated to a new commenting platform",
	"click to share|click to email|click to print",
	"listen to this article|listen to this story",
)
