package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/boiler"
)

// crumbs maps the normalised text of a whole line to the reason it is removed:
// payment and UI buttons, share and print widgets, navigation links.
var crumbs = map[string]string{}

func init() {
	add := func(reason string, keys ...string) {
		for _, k := range keys {
			crumbs[k] = reason
		}
	}
	add(ReasonCrumb, "once", "monthly", "annual", "annually", "yearly", "one-time", "one time", "one-off",
		"continue", "donate", "donate now", "give now", "give", "subscribe", "subscribe now",
		"subscribe today", "buy now", "become a patron", "paiment methods", "payment methods", "payment method",
		"not ready to support today", "remind me later", "maybe later", "no thanks", "no, thanks",
		"support us", "support now", "support", "become a member", "join now", "join us", "choose an amount",
		"other amount", "other", "preview", "log in", "login", "sign in", "sign up", "register",
		"create account", "create an account", "my account", "already a subscriber", "already a subscriber? sign in",
		"already have an account? log in", "already have an account? sign in", "unlock this article",
		"subscribe to continue reading", "subscribe to read", "start free trial", "try for free",
		"cancel anytime", "cancel", "submit", "ok", "close", "dismiss", "x", "learn more",
		"continue reading", "keep reading", "$1", "$2", "$5", "$10", "$20", "$50", "$100", "€5", "€10", "£5",
		"credit card", "paypal", "apple pay", "google pay", "contribute", "contribute now",
		"we accept credit cards, apple pay and google pay", "not now", "free", "membership", "become a member",
		"subscribe for free", "purchase licensing rights", "reuse this content", "(end)", "end",
		"author of the article") // Postmedia's label over its byline
	add(ReasonNav, "article content", "please use chrome browser for a more accessible video player", "recommended video", "recommended videos", "more about", "accessibility statement", "accessibility help", "accessibility links", "story continues", "story continues below", "article continues below", "read more", "read more stories", "read now", "listen now", "watch now", "play now", "more", "load more", "show more", "see more",
		"back to top", "back to top button", "skip to content", "skip to main content", "skip to navigation", "menu", "main menu",
		"home", "homepage", "next", "previous", "prev", "next article", "previous article", "next story",
		"previous story", "top stories", "search", "jump to", "go to content", "go to contents", "go to navigation", "go to main content", "go to menu", "skip to contents", "view all", "see all",
		"more stories", "latest news", "latest", "news", "sections", "open menu", "close menu",
		"toggle navigation", "navigation", "minimize to nav", "all news", "more news", "view more", "expand", "collapse",
		"up next", "autoplay", "watch", "watch live", "live", "trending now", "breadcrumb", "you are here",
		"most viewed", "most shared", "scroll down", "scroll to top", "return to top", "top",
		"terms of use", "terms of service", "privacy policy", "privacy", "help", "status", "about", "about us",
		"contact us", "keywords", "tags", "topics", "end of list", "keep reading", "categories",
		"popular categories", "most popular", "popular posts", "recent posts", "quick links", "site map", "sitemap",
		// The byline's link to the writer's page: The Citizen's "More by
		// this Author".
		"more by this author", "more by the author", "more from this author", "more from the author",
		// KCNA Watch's link to the report on the agency's own site; Daily
		// NK's to the story in Korean.
		"original", "view original", "read original", "read in korean", "read in japanese",
		"read in chinese", "read in russian", "read in ukrainian",
		"bias distribution",               // Ground News' chart over its sources
		"report error", "report an error", // the Winnipeg Free Press's link under a story, Torstar's
		"journalistic standards") // Torstar's link to its standards under a story
	add(ReasonShare, "share", "shares", "share this", "share this article", "share this story",
		"share this page", "share on facebook", "share on twitter", "share on x", "share on whatsapp", "share on linkedin", "share on flipboard", "share on reddit", "share via email",
		"share via", "share article", "share story", "tweet", "email", "e-mail", "facebook", "twitter",
		"whatsapp", "linkedin", "reddit", "telegram", "pinterest", "vk", "print", "print this page",
		"print article", "print this article", "copy link", "copy url", "link copied", "copied",
		"comments", "comment", "leave a comment", "post a comment", "show comments", "view comments",
		"hide comments", "join the conversation", "join our conversation", "join our commenting forum", "join the discussion", "join the debate", "listen", "listen to this article", "save",
		"save article", "save for later", "saved", "save this story", "save this article", "gift article", "gift this article", "bookmark",
		"follow", "follow us", "mail", "flipboard", "messenger", "sms", "x.com", "threads", "bluesky",
		"add to favourites", "add to favorites", "add to your saved stories", "font size", "text size", "a a", "a+ a-", "a- a+",
		"adjust text size", "adjust font size", "change text size", "change font size",
		"more sharing options", "open in app", "get the app", "download the app", "link", "copy link copied",
		"share full article", "read in app", "open in the app", "social sharing", "download", "download pdf",
		"republish", "republish this story", "republish this article", // the nonprofits' republishing button
		"license", // Industry Dive's share bar: "post", "share", "print", "email", "license"
		// Google's button asking to be a preferred source, its logo gone:
		// Valnet's "Add Us On".
		"add us on", "add us on google", "add us as a preferred source on google", "make us a preferred source on google",
		// The app stores' badges, and SBS's share button.
		"get it on google play", "download on the app store", "available on the app store", "get it on the app store",
		"share this with family and friends", "share this with your friends", "share this article in your social network", "let's get social", // the New York Post's
		// A story's tools, as older news sites label them.
		"email this", "e-mail this", "email this story", "e-mail this story", "mail this story",
		"email this article", "e-mail this article", "mail this article", "email article", "e-mail article",
		"email story", "e-mail story", "email this page", "e-mail this page", "send this story",
		"send this article", "forward this story", "forward this article", "send to a friend",
		"email to a friend", "e-mail to a friend", "print story", "print this story", "print friendly",
		"printer friendly", "printer-friendly", "print friendly version", "printer friendly version",
		"printer-friendly version", "printer friendly page", "printer-friendly page", "print page", "print page: print", "font size: decrease increase",
		// An older site's header links: "Make us your home page", "RSS FEEDS".
		"make us your home page", "make us your homepage", "make this your home page", "rss feeds")
	// A feedback widget's question: "Do you like the content of this
	// article?"
	add(ReasonCrumb, "log in, register or subscribe to save articles for later", "normal text size", "larger text size",
		"very large text size", "large text size", "small text size", "smaller text size")
	// A copy-protection script's alert, left in the text.
	add(ReasonCrumb, "error: content is protected", "content is protected", "alert: content is protected")
	add(ReasonPlayer, "loading error loading") // HuffPost's video player, flattened
	add(ReasonCrumb, "get more newsletters", "request reprint & licensing", "request reprint and licensing", "reprints & permissions",
		"reprints and permissions", "order reprints", "submit correction", "submit a correction", "view editorial guidelines")
	add(ReasonCrumb, "click the alert icon to follow topics", "find out why", "terms & conditions apply", "terms and conditions apply", "t&cs apply")
	add(ReasonCrumb, "fill out our form", "fill out the form", "share your story", "tell us your story")
	add(ReasonCrumb, "do you like the content of this article", "did you like this article", "was this article helpful", "was this helpful",
		"did you find this article helpful", "how does this make you feel", "rate this article", "how would you rate this article")
}

// liveControls are a live blog's buttons and labels.
var liveControls = phrases("key events|show key events only|show all|pinned post|pinned|newest first|oldest first|latest first|refresh|new updates|show new updates|jump to latest|live feed")

// pagerLinks label a link to the previous or next story.
var pagerLinks = phrases("next|previous|prev|next article|previous article|next story|previous story|next post|previous post")

// postPager reports whether a line (lower case) is a blog's links to the
// posts before and after it, as TypePad, Movable Type and WordPress themes
// write them: "« Older post's title | Main | Newer post's title »", "« A
// title | Blog Home", "« Previous Post | Next post »". Its titles may be
// long; what tells it is the guillemet at an end and a part that is the
// blog's home or a pager link.
func postPager(low string) bool {
	if !strings.HasPrefix(low, "«") && !strings.HasSuffix(low, "»") || !strings.Contains(low, " | ") {
		return false
	}
	parts := strings.Split(low, " | ")
	if len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		switch p = strings.TrimSpace(strings.Trim(p, "«» ")); {
		case p == "main" || p == "home" || p == "blog home" || pagerLinks[p]:
			return true
		case hasPrefixAny(p, "previous: ", "next: ", "previous post: ", "next post: ", "previous article: ", "next article: "):
			// "« Previous: Ferry fares to rise by 4% | Next: Island show
			// results »": the neighbouring posts' titles after their labels.
			return true
		}
	}
	return false
}

// shareTokens are the words a share bar is made of.
var shareTokens = map[string]bool{
	"share": true, "tweet": true, "email": true, "e-mail": true, "facebook": true, "twitter": true,
	"whatsapp": true, "linkedin": true, "reddit": true, "telegram": true, "pinterest": true, "print": true,
	"copy": true, "link": true, "comments": true, "comment": true, "x": true, "messenger": true, "vk": true,
	"flipboard": true, "save": true, "copied": true, "sms": true, "mail": true, "bluesky": true, "threads": true,
	// Other languages' share bars: German, French, Spanish, Italian,
	// Portuguese, Russian ("Поделиться: ВКонтакте Одноклассники Telegram").
	"teilen": true, "partager": true, "compartir": true, "condividi": true, "compartilhar": true, "compartilhe": true,
	"поделиться": true, "вконтакте": true, "одноклассники": true,
}

// gluedShareRow reports whether a one-word key is a share bar's buttons run
// together, as a scraper joins links with no space between them
// ("sharefacebookxwhatsappemail"): three share words or more, nothing else.
func gluedShareRow(k string) bool {
	if len(k) < 12 || len(k) > 80 || strings.ContainsAny(k, " \t") {
		return false
	}
	// parts[i] is the fewest share words k[:i] splits into, 0 if none.
	parts := make([]int, len(k)+1)
	parts[0] = 1
	for i := 1; i <= len(k); i++ {
		for j := max(0, i-9); j < i; j++ {
			if parts[j] > 0 && shareTokens[k[j:i]] && (parts[i] == 0 || parts[j]+1 < parts[i]) {
				parts[i] = parts[j] + 1
			}
		}
	}
	return parts[len(k)]-1 >= 3
}

// The phrases crumbReason and isEngagement look for, each list found in one
// pass over a line (a matcher), not a strings.Contains a phrase; listed in
// one string each, which costs the wasm less code than a slice literal.
var (
	commissionNotes = matcherOf("we receive a commission|we may receive a commission|we may earn a commission|we earn a commission|" +
		"may earn an affiliate commission|we may earn a small commission|we may get a commission|earn a commission from|we may receive compensation|may get paid commissions")
	browserNotices = matcherOf("turn on javascript|enable javascript|javascript is disabled|" +
		"javascript is not enabled|your browser does not support|update your browser")
	commentCalls = matcherOf("in the comments below|in the comment section|in the comments section|" +
		"member to join the conversation|subscriber to join the conversation|subscribe to join the conversation") // The Dispatch's gate on its comments
)

// crumbFields appends to out the words of k parted by spaces, bars,
// bullets, slashes and colons, as strings.FieldsFunc would return them
// (without a slice of its own for each line).
func crumbFields(out []string, k string) []string {
	start := -1
	for i := 0; i < len(k); {
		var sep bool
		n := 1
		if c := k[i]; c < utf8.RuneSelf { // ASCII without decoding: most lines
			sep = c == ' ' || c >= '\t' && c <= '\r' || c == '|' || c == '/' || c == ':'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(k[i:])
			sep = unicode.IsSpace(r) || r == '•' || r == '·'
		}
		if sep {
			if start >= 0 {
				out, start = append(out, k[start:i]), -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		out = append(out, k[start:])
	}
	return out
}

// crumbReason returns why a whole block is a crumb, or "" when it is not.
func crumbReason(b *block) string {
	if b.nw == 0 {
		return ""
	}
	var open uint32 // the lists of crumbOpenings that open the line: none is looked for past 60 words
	if b.nw <= 60 {
		open = crumbOpenings.mask(b.low)
	}
	if postPager(b.low) || b.nw <= 4 && open&openBackTo != 0 && !endsSentence(b.text) && capitalised(b.text) {
		return ReasonNav // and the link back to a list: "Back to Press Releases"
	}
	if writerPageLink(b) || b.nw <= 12 && skipLinks(b.low) {
		return ReasonNav
	}
	if b.nw <= 10 && textSizeControl(b.low) {
		return ReasonShare // as the crumbs' "font size"
	}
	// An account's button, the site named: Simple Flying's "Sign in to
	// your Simple Flying account".
	if b.nw <= 8 && open&openSignInTo != 0 && strings.HasSuffix(b.low, " account") {
		return ReasonCrumb
	}
	if b.nw == 3 && open&openShareOn != 0 {
		return ReasonShare // a share button, any network: "Share on Email", "Share via Bluesky"
	}
	if b.nw <= 40 && socialFollow(b.low) {
		return ReasonShare
	}
	// "Join ST's WhatsApp Channel and get the latest news and must-reads.",
	// NV's "Join our community of readers on Telegram"; the Daily
	// Record's "Join the Daily Record WhatsApp community!".
	if b.nw <= 20 && strings.HasPrefix(b.low, "join ") && b.hasAny(" channel", " on ", " community") &&
		b.hasAny("whatsapp", "telegram", "youtube", "viber") {
		return ReasonShare
	}
	if b.nw <= 20 && followUsCall(b.low) {
		return ReasonShare
	}
	// A writer's handle alone, the author box's link to the network: the
	// Daily Beast's "@kmorrow".
	if b.nw == 1 && len(b.text) > 2 && b.text[0] == '@' && !strings.ContainsAny(b.text, ".,") {
		return ReasonShare
	}
	// A social post's embed, flattened: "View this post on Instagram", "A
	// post shared by Mara Voss (@maravoss)", "♬ original sound - Mara
	// Voss".
	if b.nw <= 12 && (open&openEmbed != 0 ||
		b.has("♬ original sound")) {
		return ReasonShare
	}
	// The site's own credits in its footer: "Maintain by Coastal Web
	// Studio", "Powered by WordPress", "Designed and developed by ...".
	if b.nw <= 8 && !endsSentence(b.text) && siteCreditIndex.any(b.low) {
		return ReasonFooter
	}
	// Future's footer: "Live Science is part of Future US Inc, an
	// international media group and leading digital publisher. Visit our
	// corporate site."
	if b.nw <= 40 && strings.HasSuffix(b.low, ". visit our corporate site.") {
		return ReasonFooter
	}
	// "Why you can trust Sky News", "Why you can trust SCMP": a link to
	// the site's standards.
	if b.nw <= 8 && strings.HasPrefix(b.low, "why you can trust ") || b.k == "reviews ethics statement" { // and CNET's
		return ReasonNav
	}
	// A shop's button under a product an article recommends: "$299 at
	// Amazon", "£49.99 at Currys", CNET's "See at Amazon".
	if b.nw <= 5 && open&openSeeAt != 0 && !endsSentence(b.text) {
		return ReasonAd
	}
	if b.nw <= 5 && b.has(" at ") && strings.IndexAny(b.low, "$£€") == 0 && !endsSentence(b.text) {
		if p, _, _ := strings.Cut(b.low, " at "); strings.Trim(p, "$£€0123456789.,") == "" {
			return ReasonAd
		}
	}
	// A video's label with its length run on: "VIDEO02:41", "Video 1:05".
	if b.nw <= 2 && videoLength(b.low) {
		return ReasonRelated
	}
	// Flipboard's curator under the story's source: "Flipped into Car
	// Tips by Ron Ellis".
	if b.nw <= 12 && strings.HasPrefix(b.low, "flipped into ") {
		return ReasonMetadata
	}
	// A writer's own plug: "Follow me on LinkedIn. Check out my website."
	if b.nw <= 12 && open&openFollowMe != 0 {
		return ReasonShare
	}
	// An audio player's notices: "Enjoy more audio and podcasts on iOS or
	// Android.", "Produced by ElevenLabs and News Over Audio (NOA) using AI
	// narration."
	if b.nw <= 20 && (strings.HasPrefix(b.low, "enjoy more audio") || b.has("ai narration") || b.has("ai-generated narration")) {
		return ReasonShare
	}
	// An affiliate's disclosure: "When you buy a book using a link on this
	// page, we receive a commission."
	if (b.nw <= 40 || b.nw <= 80 && strings.HasPrefix(b.low, "if you ")) && commissionNotes.anyIn(b) {
		return ReasonAd
	}
	// A local TV site's closing plug: "For the latest news, weather,
	// sports, and streaming video, head to KXMN 5 News."
	if b.nw <= 20 && strings.HasPrefix(b.low, "for the latest news") && b.has(" head to ") {
		return ReasonNav
	}
	// The Times of India's "Catch all the Delhi News, Latest News, and
	// Weather Forecast on The Times of India."
	if b.nw <= 30 && strings.HasPrefix(b.low, "catch all the ") && b.has(" on ") {
		return ReasonNav
	}
	// A notice over a machine's summary: "This is AI generated
	// summarization, which may have errors."
	if b.nw <= 30 && b.has("summar") && b.hasAny("ai generated", "ai-generated") {
		return ReasonCrumb
	}
	// A machine translation's notice: "Newsweek AI is in beta.
	// Translations may contain inaccuracies—please refer to the original
	// content."
	if b.nw <= 25 && b.has("translations may contain inaccuracies") {
		return ReasonCrumb
	}
	// A typo box's hint, in any language: "To report a typo, highlight it
	// and press Ctrl + Enter", "Помітили помилку? Виділіть її та натисніть
	// Ctrl + Enter"; LSM's "If you notice an error in the text, select
	// the relevant text and press Ctrl+Enter to send it to the editor!".
	if b.nw <= 24 && b.hasAny("ctrl + enter", "ctrl+enter") {
		return ReasonCrumb
	}
	// A widget's error: "The content you requested does not exist or is
	// not available anymore."
	if b.nw <= 20 && open&openNoContent != 0 {
		return ReasonCrumb
	}
	// A comment form's policy: "Comments are moderated and generally will
	// be posted if they are on-topic and not abusive."
	if b.nw <= 25 && open&openModerated != 0 ||
		b.nw <= 60 && open&openModeratedLong != 0 { // the Taipei Times', Newsquest's
		return ReasonComments
	}
	// The rules of the comment section, told the reader: Yle's "Users with
	// an Yle ID can leave comments on our news stories. ... Our guidelines
	// on commenting and moderation are explained here."
	// Rudaw's "Rudaw moderates all comments submitted on our website."
	if b.nw <= 60 && b.has("comment") && b.hasAny("moderation", "guidelines", " moderates ") &&
		b.hasAny("you", " our ", "please") && !hasQuote(b.text) && !reportsSpeech(b) {
		return ReasonComments
	}
	// A paywall's notice in French, German or Spanish: Le Figaro's "Cet
	// article est réservé aux abonnés. Il vous reste 80% à découvrir."
	if b.nw <= 20 && open&openPaywallForeign != 0 {
		return ReasonCrumb
	}
	// A story's view counter: "This story has been viewed 3,512 times."
	if b.nw <= 10 && open&openViewed != 0 {
		return ReasonShare
	}
	// The site's app: "Get the RNZ app", "Download the BBC News app".
	if b.nw <= 6 && open&openGetThe != 0 && strings.HasSuffix(b.k, " app") {
		return ReasonShare
	}
	// A site's terms for republishing its story: Middle East Eye's "...
	// To learn more about republishing this content and the associated
	// fees, please fill out this form."
	if b.nw <= 70 && b.has("about republishing this ") && b.hasAny("about republishing this content", "about republishing this article", "about republishing this story") {
		return ReasonMetadata
	}
	// The Hindu's: "Comments have to be in English, and in full
	// sentences. ...", "We have migrated to a new commenting platform.
	// ..."
	if b.nw <= 40 && open&openCommentRules != 0 {
		return ReasonComments
	}
	if b.nw <= 40 && menuRow(b.text) {
		return ReasonNav
	}
	// The banner atop every United States government site (the U.S. Web
	// Design System's); issue 13 saw its first line taken for a page's
	// title.
	if b.nw <= 30 && govBanner(b.low) {
		return ReasonNav
	}
	if b.nw > 12 {
		return ""
	}
	text, k := b.text, b.k
	if r, ok := crumbs[k]; ok {
		return r
	}
	if r := gluedCrumbs(text); r != "" {
		return r
	}
	// Live blogs' controls and browser notices.
	if liveControls[k] || b.nw <= 20 && browserNotices.anyIn(b) {
		return ReasonCrumb
	}
	// WordPress share buttons: "Click to share on X (Opens in new window)".
	if open&openClickTo != 0 || strings.HasSuffix(b.low, "(opens in new window)") {
		return ReasonShare
	}
	// "Share Tweet Email", "Facebook | Twitter | WhatsApp".
	var buf [16]string
	f := crumbFields(buf[:0], k)
	if len(f) == 1 && gluedShareRow(f[0]) {
		return ReasonShare
	}
	if len(f) >= 2 {
		all := true
		for _, w := range f {
			if !shareTokens[w] {
				all = false
				break
			}
		}
		if all {
			return ReasonShare
		}
	}
	// An audio player's label: "Listen to this article · 6:12 min Learn more".
	if b.nw <= 10 && (open&openListen != 0 || b.has("you can now listen to")) {
		return ReasonShare
	}
	// "12 comments", "Comments (12)", "5 min read", "Listen to this article 4 min".
	if hasDigit(k) && countedWidget(k) {
		return ReasonShare
	}
	if hasCrumbSeparator(text) && isBreadcrumb(text) {
		return ReasonNav
	}
	// Separators and counters: "·", "42 likes", "312 followers" (a bare number
	// may be a table cell).
	if strings.TrimFunc(text, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) }) == "" || len(f) == 2 && startsDigit(f[0]) &&
		hasPrefixAny(f[1], "like", "restack", "follower", "clap", "view", "repost", "reaction") {
		return ReasonShare
	}
	// An icon's text: "Title icon", "Share icon".
	if len(f) >= 2 && len(f) <= 3 && f[len(f)-1] == "icon" {
		return ReasonNav
	}
	// A logo's text: "Dawn Logo", "Al Jazeera Media Network logo"; its
	// link: "The Verge homepage" ("... Home" ends headlines too: "Boomerang
	// Students Return Home").
	if len(f) >= 2 && len(f) <= 6 && (f[len(f)-1] == "logo" || f[len(f)-1] == "homepage") {
		return ReasonNav
	}
	// Screen-reader list markers: "list of 4 items", "list 1 of 4".
	if len(f) >= 3 && len(f) <= 4 && f[0] == "list" && (f[1] == "of" || startsDigit(f[1])) {
		return ReasonNav
	}
	// "Search CNN...", "…, opens new tab" links.
	if len(f) > 0 && len(f) <= 3 && f[0] == "search" && strings.HasSuffix(text, "...") || strings.HasSuffix(k, "opens new tab") {
		return ReasonNav
	}
	return ""
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// hasDigit reports whether s holds an ASCII digit: strings.ContainsAny(s,
// "0123456789") without the set's table made for each line.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' < 10 {
			return true
		}
	}
	return false
}

// countedWidget matches "12 comments", "comments (12)", "5 min read",
// "Read Time: 2 mins", "listen to this article · 4 min", "1.2k shares", "share2": every word is
// a count or a widget word.
func countedWidget(k string) bool {
	for _, p := range []string{"estimated reading time", "reading time", "read time", "estimated", "temps de lecture", "lesezeit",
		"tiempo de lectura", "tempo di lettura", "tempo de leitura", "artikel zum hören", "artikel anhören", "écouter cet article",
		"lecture", "lectura", "leitura", "lettura", "leestijd", "czas czytania", "время чтения", "час читання"} { // "Lecture 3 min."
		if rest, ok := strings.CutPrefix(k, p); ok {
			// "Read Time: 2 mins", "Estimated reading time: 4 minutes".
			k = "read " + strings.TrimLeft(rest, ": ")
			break
		}
	}
	num, widget, n := 0, 0, 0
	for w := range strings.FieldsFuncSeq(k, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == ')' || r == '·' || r == '•' || r == '|'
	}) {
		if n++; n > 6 {
			return false
		}
		w = strings.TrimSuffix(w, ".") // "3 Min. Lesezeit"
		switch {
		case isCount(w):
			num++
		case widgetWords[w]:
			widget++
		case isCount(strings.TrimLeft(w, "abcdefghijklmnopqrstuvwxyz")) && widgetWords[strings.TrimRight(w, "0123456789")]:
			num++ // "share2"
			widget++
		default:
			return false
		}
	}
	return num > 0 && widget > 0
}

// widgetWords are the words counted widgets are made of.
var widgetWords = setOf("comment comments share shares min mins minute minutes read listen to this article reply replies response responses minuten minutos minuti lesezeit " +
	"minut minuty минуты минут хвилин хвилини " + // Polish, Russian, Ukrainian

	"timer") // an icon's name written before its figure: the Toronto Star's "timer 2 min. read"

// isCount reports whether w is a count: "12", "1.2k", "3,400", "2m".
func isCount(w string) bool {
	w = strings.TrimRight(w, "km")
	if w == "" || !startsDigit(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= '0' && c <= '9' || c == '.' || c == ',') {
			return false
		}
	}
	return true
}

// isBreadcrumb reports whether text is a navigation trail: "Home > World > Asia",
// "News / World / Asia-Pacific", "World | Asia".
func isBreadcrumb(text string) bool {
	if wordsGT(text, 12) {
		return false
	}
	text = withoutTickers(text)
	if strings.Contains(text, "->") {
		// An arrow maps, in a program's output or a list of changes
		// ("Account.7.Email@14 -> maren@fjordpost.example"): no step
		// of a trail.
		text = strings.ReplaceAll(text, "->", "→")
	}
	var sep rune
	for _, r := range []rune{'>', '›', '»', '/', '|', '•', '·'} {
		if strings.Count(text, " "+string(r)+" ") >= 1 || r == '>' && strings.Count(text, ">") >= 1 || r == '›' && strings.ContainsRune(text, r) {
			sep = r
			break
		}
	}
	if sep == 0 {
		return false
	}
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == sep })
	if len(parts) < 2 || (len(parts) < 3 && sep != '>' && sep != '›' && sep != '»') {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || wordsGT(p, 3) || endsSentence(p) {
			return false
		}
		r := []rune(p)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// withoutTickers returns text without its words in angle brackets, the
// wire's stock tickers ("WAREHOUSE CLUB <WCLB> TO TAKE CHARGE"), whose '>'
// is no separator of a trail.
func withoutTickers(text string) string {
	for {
		i := strings.IndexByte(text, '<')
		if i < 0 {
			return text
		}
		j := strings.IndexByte(text[i:], '>')
		if j < 2 || strings.ContainsRune(text[i:i+j], ' ') {
			return text
		}
		text = text[:i] + text[i+j+1:]
	}
}

// keptPart returns b, or, when parse cut metadata glued to its text
// ("Date 2024-03-01 Follow"), a block of what is left of it: a cleaning of
// the rendering sees only that. Found by FuzzClean.
func keptPart(b *block) *block {
	if len(b.segs) < 2 {
		return b
	}
	kt := b.keptText()
	if kt == b.text {
		return b
	}
	p := &block{kind: b.kind, group: b.group, segs: []Segment{{Text: kt}}}
	p.setText(kt)
	return p
}

// engagementStarts open a call to comment, write in or get the app
// ("Have your say: ...", "Get in touch: Email us at ...").
var engagementStarts = []string{"have your say", "join the conversation", "tell us what you think",
	"share your thoughts", "let us know what you think", "what do you think?", "get in touch",
	"got a tip", "send us a tip", "do you have a story", "share your story", "email us at", "contact us at",
	"comment below", "leave your comments", "would you like to comment on this",
	"for more stories from where you live",         // Reach's "..., visit our new US homepage."
	"get involved with the news in your community", // Newsquest's
	"want to write for "}                           // Task & Purpose's "Want to write for Task & Purpose? Click here. ..."

// readerQuestionWords is the fewest words of a call to comment in the
// comments below that asks the readers a question of its own, opened by no
// site's formula ("Have your say: ..."): the post's last paragraph, not the
// site's call. Dev by site: 4 lines toward their labels (84 words), 1
// away (9 words); without title lines 3 (69 words) and none.
const readerQuestionWords = 14

// engagementIndex holds engagementStarts by their first byte.
var engagementIndex = indexPrefixes(engagementStarts)

// isEngagement reports whether a short block is a call to comment, write in
// or download the site's app.
func isEngagement(b *block) bool {
	if b.nw > 30 || hasQuote(b.text) {
		return false
	}
	lw := b.low
	// (a writer's question to the readers that closes the post, "Have you
	// tried it? Share your results in the comments below.", is the post's)
	// (and so is a site's formula that the writer goes on with a
	// question of their own, readerQuestionWords words or more in all:
	// "What do you think? Would a notebook like mine work in your team,
	// or ...?")
	return engagementIndex.any(lw) && !(b.nw >= readerQuestionWords && strings.HasSuffix(strings.TrimRight(b.text, " \"”’')"), "?")) ||
		commentCalls.anyIn(b) && (b.nw < readerQuestionWords || !strings.Contains(b.text, "?")) ||
		hasPrefixAny(lw, "download the ", "download our ", "get the ") && b.hasAny(" app ", " app.", " app for", " app to") && b.nw <= 16 ||
		// The comment box's "Register (it's quick and free) or sign in
		// now." (not a label over the sign-in services: "Register now
		// for free, or sign in with any of these services:")
		b.nw <= 12 && strings.HasPrefix(lw, "register ") && b.hasAny(" or sign in", " or log in") && !strings.HasSuffix(lw, ":") ||
		commentGate(b)
}

// commentGate reports whether a short block bars the comments to readers
// not signed in: "You must be logged in to post a comment.", The Royal
// Gazette's "You must be Registered or Signed in to post comment or to
// vote."; not a report of a site's rule ("Users must be signed in to
// comment, the company said").
func commentGate(b *block) bool {
	return b.nw <= 16 && b.has("comment") && hasPrefixAny(b.low, "you must ", "you need to ", "please ", "log in", "sign in", "login", "register") &&
		b.hasAny("logged in", "signed in", "registered", "log in", "sign in", "login") && !reportsSpeech(b)
}

// govBanner reports whether a lower-cased line is one of the banner atop
// United States government sites: "An official website of the United
// States government", "Here's how you know", what a .gov address and a
// lock mean.
func govBanner(low string) bool {
	return strings.HasPrefix(low, "an official website of the united states government") ||
		contains(low, ".gov website") && hasPrefixAny(low, "a .gov website belongs to", "a lock (", "secure .gov websites") ||
		hasPrefixAny(low, "official websites use .gov", "here's how you know", "here’s how you know")
}

// ruleCrumbs removes whole-line crumbs: payment and UI buttons, share bars,
// navigation, calls to comment.
func ruleCrumbs(d *doc) {
	table := d.tableRows()
	for i, b := range d.blocks {
		if !b.kept() || table != nil && table[i] > 0 {
			continue // a table's row is the article's (tableRows)
		}
		b := keptPart(b)
		if isEngagement(b) {
			d.remove(i, ReasonShare)
			continue
		}
		if d.trailToHeadline(i) {
			d.remove(i, ReasonNav)
			continue
		}
		if d.shareOfHeadline(i) {
			d.remove(i, ReasonShare)
			continue
		}
		if r := crumbReason(b); r != "" {
			// A one-word title such as "More" or "Latest" could be a
			// headline; a longer navigation line ("Skip to main content",
			// "Home » News » Politics") is not, even first in the file.
			if b.kind == "title" && r == ReasonNav && b.nw <= 1 {
				continue
			}
			d.remove(i, r)
			// "Next" / "Previous": the other story's headline follows; so
			// does a video's title its label ("VIDEO02:41").
			if pagerLinks[b.k] || b.nw <= 2 && videoLength(b.low) {
				for j := i + 1; j < len(d.blocks); j++ {
					nb := d.blocks[j]
					if nb.removed == ReasonEmpty {
						continue
					}
					if nb.kept() && nb.nw <= 15 && looksLikeLinkItem(nb.text) {
						d.remove(j, ReasonNav)
					}
					break
				}
			}
		}
	}
}

// socialFollow reports whether a lower-cased line asks the reader to follow
// the site on two social networks or more: "Follow Dawn Business on X,
// LinkedIn, Instagram and Facebook for insights on business ...".
func socialFollow(lw string) bool {
	if k := strings.Index(lw[:min(len(lw), 20+len(" - follow "))], " - follow "); k > 0 && k <= 20 {
		lw = lw[k+3:] // after a call of three words at most: FMT's "Stay current - Follow FMT on WhatsApp, ..."
	}
	if !strings.HasPrefix(lw, "follow ") {
		return false
	}
	if strings.HasPrefix(lw, "follow our social media") {
		return true // the Express's "Follow our social media accounts here on facebook.com/..."
	}
	_, rest, ok := strings.Cut(lw, " on ")
	if !ok {
		// Daryo's "Follow Daryo's official Instagram and Twitter pages
		// to keep current ...": the networks named before their pages.
		return socialCount(lw) >= 2 && !hasQuote(lw)
	}
	if strings.HasPrefix(rest, "google news") {
		return true // Future's "Follow Tom's Hardware on Google News to get ..."
	}
	n := socialCount(rest)
	if n < 2 && !hasQuote(lw) {
		n = max(n, socialCount(lw)) // "Follow Daryo's official Instagram and Twitter pages on ..."
	}
	// One network, for the site's news: The Namibian's "Follow The
	// Namibian on WhatsApp for the latest news."
	// Or its handle there: AzerNews' "Follow us on Twitter @AzerNewsAz".
	// Or the network alone closing the line, the site's channel there:
	// "Follow The New Indian Express channel on WhatsApp".
	return n >= 2 || n == 1 && (hasAny(rest, "latest news", "breaking news", "news updates", "latest updates") ||
		strings.HasPrefix(lw, "follow us ") && strings.Contains(rest, " @") ||
		words(lw) <= 12 && strings.Contains(lw, " channel on ") && socialNetworks[strings.TrimRight(rest, ".! ")])
}

// socialCount counts the social networks a lower-cased line names.
func socialCount(lw string) int {
	n := 0
	for w := range strings.FieldsFuncSeq(lw, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if socialNetworks[w] {
			n++
		}
	}
	return n
}

// followUsCall reports whether a lower-cased line, the site speaking,
// sends the reader to its account or channel on a social network after a
// call of its own: IOL's "Get your news on the go, click here to join the
// IOL News WhatsApp channel.", The Indian Express' "Stay updated with the
// latest - Click here to follow us on Instagram". The link's "click here
// to" or "tap here to" and the network name it; no quotation marks (a
// source's words).
func followUsCall(lw string) bool {
	if !contains(lw, "here to ") && !contains(lw, " is now on ") || hasQuote(lw) {
		return false
	}
	// The Wire's "The Wire is now on WhatsApp. Follow our channel for
	// ...": the site joined the network, and asks to be followed there.
	if _, rest, ok := strings.Cut(lw, " is now on "); ok && contains(rest, "follow our ") {
		if f := strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '.' || r == '!' }); len(f) > 0 && socialNetworks[f[0]] {
			return true
		}
	}
	for _, c := range []string{"click here to ", "tap here to "} {
		_, rest, ok := strings.Cut(lw, c)
		if !ok || !hasPrefixAny(rest, "join ", "follow ") {
			continue
		}
		for w := range strings.FieldsFuncSeq(rest, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '!' }) {
			if socialNetworks[w] {
				return true
			}
		}
	}
	return false
}

// socialNetworks are the networks a site asks to be followed on.
var socialNetworks = phrases("x|twitter|facebook|instagram|linkedin|telegram|whatsapp|youtube|tiktok|threads|bluesky|" +
	"mastodon|snapchat|pinterest")

// menuRow reports whether text is a row of five or more links parted by
// bars: "Support HKFP | Policies & Ethics | Error/typo? | Contact Us |
// Newsletter". Each is one to four words, capitalised, and no sentence.
func menuRow(text string) bool {
	if strings.IndexByte(text, '|') < 0 || strings.Count(text, " | ") < 4 {
		return false
	}
	for _, p := range strings.Split(text, " | ") {
		p = strings.TrimSpace(p)
		if p == "" || wordsGT(p, 4) || strings.HasSuffix(p, ".") || strings.ContainsAny(p, ",;\"“”") {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(p); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// videoLength reports whether a lower-cased line is a video's label and its
// running time: "video02:41", "video 1:05".
func videoLength(lw string) bool {
	rest, ok := strings.CutPrefix(lw, "video")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	m, s, ok := strings.Cut(rest, ":")
	return ok && len(m) >= 1 && len(m) <= 2 && len(s) == 2 && isCount(m) && isCount(s)
}

// ReasonFooter is the removal reason of a site's footer lines, the one
// the classifier gives them.
const ReasonFooter = boiler.ReasonFooter

var siteCreditIndex = indexPrefixes(siteCredits)

// siteCredits open the line a site's footer credits its makers with.
var siteCredits = []string{
	"powered by ", "maintain by ", "maintained by ", "website by ", "site by ", "web design by ",
	"theme by ", "site designed by ", "website designed by ", "website developed by ",
	"designed and developed by ", "designed and maintained by ", "developed and maintained by ",
	"design and development by ", "website design by ", "proudly powered by ",
}
