package clean

// legalNoticeMost is the most words of a site's legal notice the legal
// rule reads (the metadata rule reads those of 40 words at most).
const legalNoticeMost = 80

// legalParagraphMost is the most words of a site's legal paragraph that
// lists its trademarks with its copyright.
const legalParagraphMost = 300

// legalNotice reports whether block b is a reuse or copyright notice: "This
// material may not be published, broadcast, rewritten or redistributed.",
// "The copying, republication or redistribution of ... is expressly
// prohibited ...", "© Copyright 2026 Wire Co. All rights reserved. ...".
// A report about copyright says "said", or quotes.
func legalNotice(b *block) bool {
	if b.kind == "title" || hasQuote(b.text) || b.hasAny(" said", " says") {
		return false
	}
	if b.nw > legalNoticeMost {
		// A site's whole legal paragraph, its trademarks listed with
		// its copyright: "NHL.com is the official web site of ... are
		// trademarks of ... © 2026 ... All Rights Reserved. ...".
		return b.nw <= legalParagraphMost && b.has("all rights reserved") && b.has("trademark") && (b.has("copyright") || hasAny(b.text, "©"))
	}
	if b.hasAny("material may not be", "content may not be", "may not be published, broadcast", "may not be reproduced, ") {
		return true
	}
	if b.has("expressly prohibited") && b.hasAny("redistribut", "republication", "reproduction", "copying") {
		return true
	}
	// DELFI's "It is strictly prohibited to use the information published
	// by DELFI on other websites, ... or to distribute our material in any
	// form without consent, ...": a ban on reuse without leave.
	if b.hasAny("strictly prohibited", " is prohibited", " are prohibited") && b.hasAny("without consent", "without the consent", "without permission", "without the permission", "without prior", "without written", "without the written", "without the express", "without the prior") &&
		b.hasAny("redistribut", "distribute", "republi", "reproduc", "copying", "use the information", "our material") {
		return true
	}
	// Central Asia's wires in English: 24.kg's "Copying and full or
	// partial use of materials is allowed only with the written
	// permission of 24.kg news agency.", "Reproduction is allowed only
	// with a hyperlink to the source.": reuse allowed on a condition.
	if b.hasAny(" allowed only ", " permitted only ", " only allowed ", " only permitted ") && b.hasAny("permission", "hyperlink", "link to the source", "reference to") &&
		b.hasAny("copying", "reproduc", "reprint", "use of materials", "use of the materials", "republi") {
		return true
	}
	// The Financial Times' and Devex's "Copying articles to share with
	// others is a breach of ... T&Cs and Copyright Policy. Please use the
	// sharing tools ...".
	if b.has(" is a breach of ") && b.hasAny("copyright", "terms", "t&cs") && b.hasAny("share", "sharing") {
		return true
	}
	return b.has("all rights reserved") && (b.hasAny("copyright", "(c) ") || hasAny(b.text, "©"))
}

// commentPolicyMost is the most words of a site's rules for its comments.
const commentPolicyMost = 120

// commentPolicy reports whether block b is a site's rules for its
// comments: the comments it bans, and that it removes them ("Comments that
// include profanity or personal attacks will be removed.", "We reserve the
// right to delete comments which contain profanity, ...").
func commentPolicy(b *block) bool {
	return b.nw <= commentPolicyMost && b.has("comment") && b.hasAny("profanity", "personal attack") &&
		b.hasAny("removed", "delete", "reserve the right", "reserves the right") && !b.hasAny(" said", " says")
}

// ruleLegal removes a site's reuse or copyright notice (see legalNotice)
// that the metadata rule left, running on past its length, and its rules
// for comments (see commentPolicy).
func ruleLegal(d *doc) {
	for i, b := range d.blocks {
		if b.kept() && legalNotice(b) {
			d.remove(i, ReasonCopyright)
		} else if b.kept() && commentPolicy(b) {
			d.remove(i, ReasonComments)
		}
	}
}
