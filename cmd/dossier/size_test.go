//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Budgets for the whole app's wasm download (issue 7): go-app alone costs
// 1.92 MB gzip / 1.43 MB brotli, so everything of ours must fit in the rest.
// Raised on 2026-12-03 from 2.40 / 1.80 MB, by 50 KB each, for that round's
// date tagger (seasons, quarters, references: +45 KB brotli), spun-text
// decoder (+12 KB), learned boilerplate classifier (+25 KB, its model
// fetched apart) and timeline (+5 KB), after building the components and
// the date tagger without inlining (-23 KB). Moving the article pipeline
// into the worker (issue 15) takes most of ours out of the page's wasm.
// Brotli raised again the same day by 10 KB, to 1.86 MB: the next round's
// dates (+6.9 KB brotli) and the browser side's one owner of state and
// typed worker protocol (+7.4 KB) left 1,851,187 bytes, and brotli's size
// moves by up to 8 KB between builds that differ by one call; gzip, which
// moves less, kept its budget (2,426,012 bytes). Brotli raised once more
// that day, to 1.87 MB, for copies of one story in the library and their
// repair (+8 KB brotli, +21.6 KB gzip): a refactor that shrank the gzip
// copy by 850 bytes grew the brotli one by 2.8 KB, past 1.86 MB.
// Lowered back to 2.40 / 1.80 MB when the article pipeline moved into the
// library worker (issue 15): the page keeps no cleanup, names or
// classifier of its own (the worker cleans, and cleans again the pages a
// site's template lines touch), which took its wasm to 2,296,093 bytes
// gzip and 1,746,438 brotli; the worker's wasm grew from 1.10 to 1.42 MB
// gzip, downloaded beside the page's and compiled off its thread.
// Brotli raised to 1.806 MB on 2026-12-05 (sixteenth session): the
// session's cleanup rules (issue 13), dates and the timeline's datelines
// and "Show removed" in boxes a run of one reason grew the raw wasm by 10 KB
// (10,488,611 -> 10,498,191 bytes) and its brotli copy from 1,794,292 to
// 1,800,406-1,801,980 bytes between builds of the same code; gzip, 2,369,730,
// keeps its budget. Brotli raised to 1.82 MB on 2026-12-05 (seventeenth
// session): the raw wasm grew by 3.9 KB (10,498,191 -> 10,502,413 bytes:
// the cleanup's rules for today's site shapes, issue 13), and brotli's copy
// of two builds 272 raw bytes apart measured 1,797,610 and 1,811,454 bytes
// (CI 1,810,689): brotli -q 11 moves by up to 14 KB on this wasm, so the
// budget keeps that much room; gzip, 2,369,989, keeps its budget. Brotli
// raised to 1.83 MB on 2026-12-06 (twenty-second session): clean-155 to
// clean-160 (issue 13: comments signed by linked names, galleries' and
// slideshows' captions, an article's end past which no sentence vouches
// for doubted lines) left the raw wasm at 10,544,002 bytes and gzip at
// 2,380,647 (+541), and brotli's copy of builds of the same size measured
// 1,815,111 and 1,820,770 (CI): its jitter again, over the old budget.
// Brotli raised to 1.835 MB on 2026-12-06 (twenty-fifth session): at
// clean-230 the page's wasm is 10,577,456 bytes raw (+3 KB over clean-213),
// gzip 2,389,124, brotli 1,826,572, 3.4 KB under the old budget, inside
// brotli's jitter of up to 14 KB on this wasm.
// Thirty-second session (room38): the page no longer builds app/ingest,
// app/extract and app/internal/charset, whose initialisers and tables it
// carried without ever reading a file (app/library's file reading and
// export file moved to app/library/libfile, which only the worker and
// native code import; TestPageDepsLeaveOutIngest): raw 10,595,489 ->
// 10,583,480, gzip 2,394,901 -> 2,391,719, brotli 1,827,383 -> 1,825,039
// (main built the same minutes). Budgets unchanged.
const (
	budgetGzip   = 2_400_000
	budgetBrotli = 1_835_000
)

// Budgets for the library worker's wasm (web/import-worker.wasm), which
// the page starts at once and which now runs the whole article pipeline
// (1,416,850 bytes gzip, 1,093,306 brotli when it took it on). Raised on
// 2026-12-04 from 1.50 / 1.15 MB, by 20 / 25 KB, when the worker took on
// the story clustering of a large bundle (off the page's thread) and its
// second pipeline worker, and read the bundle without encoding/json's
// reflection (issue 15): 1,446,792 → 1,497,757 bytes gzip, 1,123,428 →
// 1,160,887 brotli. Raised again on 2026-12-04 (sixth session), by 20 / 15
// KB, for 1,504,735 → 1,529,966 bytes gzip and 1,158,504 → 1,179,663 brotli
// (wasm code, uncompressed: app/clean +32 KB for the headline's rules and
// the plain-article skip, app/workerproto and app/libdb +27 KB for the
// bundle's kept whole answer, app/boiler +6 KB for the classifier's third
// stage; `make bench-size` lists the page's packages, the same test with
// DOSSIER_WASM_SYMBOLS set to a worker built with -tags importworker the
// worker's). Raised again on 2026-12-04 (seventh session), by 10 / 10 KB,
// for 1,529,966 → 1,540,503 bytes gzip and 1,179,663 → 1,190,925 brotli:
// the worker processing ahead and sharing its compiled module with the
// second pipeline worker (issue 15: +4.9 / +5.1 KB), the news model's word
// classes, the spun-text precision rules, keepAfterSentences and the
// headline's row-of-links test (issues 17 and 13: +5.6 / +6.2 KB). Raised
// again on 2026-12-04 (eighth session), by 20 / 15 KB, for 1,540,503 →
// 1,558,139 bytes gzip and 1,190,925 → 1,205,624 brotli: comment sections
// taken out whole, their signatures matched by hand (about 12.8 KB gzip;
// the regexp package they were first written with cost 100 KB), and the
// function words of eight languages for the classifier's pages in them
// (4.6 KB gzip; issue 13: token F1 on the dev pages 0.916 → 0.929).
// Raised again on 2026-12-04 (ninth session), by 5 / 5 KB, for 1,563,898
// → 1,569,392 bytes gzip and 1,205,931 → 1,215,010 brotli: the worker
// takes the server's values on a first visit and passes its stories and
// copies on (about 4.5 KB gzip; issue 15: the 10,000 Reuters stories' first
// visit 17 s → 6 s), and the names tokenizer's helpers are inlined (0.9
// KB; 9% less CPU an article in that stage). Within the old budget the
// compressed sizes of nearly identical builds crossed it and back by a
// few hundred bytes (brotli's drift is up to 8 KB): the raise leaves room
// for that drift, not for more code. Raised again on 2026-12-05 (eleventh
// session), by 5 / 5 KB, when a fresh clone's build measured 1,575,549
// bytes gzip and 1,221,258 brotli, 0.5 / 1.3 KB over: spelling variants
// repaired in spun articles (spin_variant.go, issue 17), the title line far
// above the prose, the story's part of a title in parts and Blogger's
// comment signatures (issue 13), each a few hundred bytes. Raised again on
// 2026-12-05 (twelfth session), by 5 / 5 KB, for 1,575,128 → 1,581,020
// bytes gzip and 1,217,675 → 1,223,799 brotli (main built the same
// minutes): the classifier's trees walked by integer keys, four rows at a
// time, with the scorer's reused key rows and the lexicon's word filter
// (app/boiler's wasm code 76.3 → 90.5 KB; issue 13: the cleanup of scraped
// pages ~20% less CPU natively, ~15% faster under node's wasm, output
// unchanged). A plain twin of the walk for the wasm saved only 0.2 KB gzip.
// Raised again the same session, by 7 KB gzip (brotli kept), when main with
// the other changes of the session measured 1,589,010 bytes gzip and
// 1,226,442 brotli: comment sections found by their dated signatures'
// repeated shape (datedSignatures and its helpers, about 14 KB of wasm
// code), the publisher's weak cues and copyright words (4 KB), the spun
// text's sentence and comma edges (issue 17) and the search index extended
// in place (issue 15): about 8 KB gzip, 3 KB brotli together. Raised by 4
// KB gzip more at the session's end (1,592,735 bytes, brotli 1,226,638
// within its budget): the classifier's pooled buffers (issue 13: a third
// less memory a pass), the comment heading above a dated section and the
// "Related …" intros, about 1.7 KB gzip together; gzip moves by ±1 KB from
// build to build where brotli holds, so the margin is that. Brotli raised
// by 5 KB (gzip kept) on 2026-12-05 (thirteenth session) for the learned
// decision of the spun-text repairs (issue 17: app/clean/spin_learn.go, its
// features and the reader and walk of the table's trees, about 4.6 KB of
// wasm code): 1,595,619 bytes gzip and 1,234,358 brotli, against 1,593,555
// and 1,227,593 without it; the same code with its features written as one
// literal of calls measured 1,596,814 and 1,229,806 (brotli again moving by
// several KB where gzip moves by one). Gzip raised by 4 KB the same
// session when main with both that and the cleanup's prefilters (issue 13:
// the title line split once a page, the publisher's cues in one matcher
// pass, the four-digit test before a date; +1.4 KB gzip) measured
// 1,597,056 bytes gzip and 1,226,533 brotli. Brotli raised by 3 KB on
// 2026-12-05 (fourteenth session) for the spin table's check when the
// worker is given it (app/clean/spin_table_check.go: a damaged table made
// Clean panic): +5.5 KB raw, 1,597,333 -> 1,599,127 bytes gzip (+1.8 KB)
// and 1,226,104 -> 1,235,693 brotli (+9.6 KB: brotli's jump again out of
// proportion; the same check written without fmt measured larger). Gzip
// raised by 2 KB on 2026-12-05 (fifteenth session): the fourteenth
// session's main built again on this session's new machine measured
// 1,599,715 bytes gzip (+0.6 KB with no change of code), and the
// standfirst kept under a headline (app/clean/standfirst.go, issue 13)
// adds 0.75 KB: 1,600,464 gzip, 1,231,400 brotli. Raised by 4 / 5 KB the
// same session for the headlines of scraped pages past adverts, teasers
// and section labels and the publisher's fixes (helper title15, issue 13:
// titles by CV on dev 381 -> 389 of 420) and four fixes of FuzzClean's
// idempotence (parse's emphasis runs, tabs, the rendering's title): main
// measured 1,602,861 bytes gzip (+2.4 KB) and 1,237,809 brotli (+6.4 KB,
// brotli's jump again out of proportion). Raised on 2026-12-05 (sixteenth
// session) for the spinner's rate signs and the second learned decision of
// heavily spun articles (issue 17: app/clean/spin_rate.go,
// repairForest.high; +6.8 KB raw: the session's base 9384ba1 built the same
// minutes measured 1,603,449 bytes gzip and 1,239,703 brotli, the branch
// 1,606,024 gzip and 1,236,073 brotli) and for the session's cleanup rules,
// dates, datelines and HTML pages' site and date (+4.3 KB gzip:
// 1,607,864 without the spinner's part); both: 1,610,129 gzip, 1,236,671 brotli.
// Raised again by 3 KB the same session for the share bars' reasons,
// names-5 and Reuters pages' glued dates, gallery captions and link labels
// (clean-81, clean-82): 1,612,684 bytes gzip, 1,240,678 brotli.
// Raised on 2026-12-05 (seventeenth session) by 15 / 17 KB for the
// cleanup's rules for twenty-two sites' pages as scraped today (issue 13,
// clean-84 to clean-90: captions' bracket and slash credits, the headline
// over its byline and deck, share cards, mastheads and other publishers'
// names, newsletter boxes' names, American dates; TestSitesToday) and the
// spinner's refitted decision (issue 17): +26 KB raw from clean-84's
// build in CI (6,458,859 -> 6,484,767 bytes), 1,625,380 bytes gzip
// and 1,250,871 brotli (+13 KB / +10 KB over the session's start), with
// room for brotli's jitter between builds. Raised again by 10 / 5 KB the
// same session for clean-91 to clean-93 (mastheads, bylines over the date
// line, captions under a bare label, places named after "the town of",
// the reader's boxes a stretch of removed lines): 6,506,858 bytes raw,
// 1,630,068 gzip, 1,254,003 brotli (+48 KB raw, +18 KB gzip over
// clean-84's build in CI). Raised on 2026-12-05 (eighteenth session) by
// 15 / 13 KB for clean-99 to clean-104, the cleanup's rules for forty more
// sites' pages as scraped today (issue 13, TestSitesTodayMore: ambiguous
// numeric dates read by the page's other dates, captions under and over
// credit lines, mastheads past skip links and cookie banners, bylines past
// share bars, appeals' lead-ins, paywall notices, markdown readers' page
// titles): the worker's code for app/clean +34 KB and app/parse +4 KB raw
// (a function costs 1-3 KB of wasm code), 6,563,598 bytes raw, 1,645,392
// gzip and 1,271,218 brotli (+50 KB raw, +12.7 KB gzip, +13.6 KB brotli
// over the session's start, 345cb0b), with room for brotli's jitter.
// Raised again the same session by 5 / 4 KB for the two helpers' merges:
// the spinner's decision with nine more measures and deeper trees (issue
// 17, +3 KB gzip) and the HTML extraction of today's pages (html18, +3.2 KB
// gzip with app/extract now built without inlining, which saved 4.1 KB):
// 6,605,628 bytes raw, 1,652,235 gzip, 1,272,952 brotli at clean-110.
// Raised on 2026-12-05 (nineteenth session, helper html19) by 12 / 8 KB
// for clean-114: Chinese and Japanese pages (words counted by characters,
// a page cut to its run of prose), data tables' rows kept whole, teaser
// cards' excerpts, opinion pieces' notes, publishers in scripts without
// capitals: app/clean's worker code +27.6 KB, the worker 6,612,911 ->
// 6,655,637 bytes raw, brotli -q 11 1,276,193 -> 1,284,446 and gzip -9
// 1,734,476 -> 1,745,753 (pigz -11 not installed on that machine) against
// main at clean-113 built the same way. Raised again the same session by
// 23 / 12 KB at the merge (clean-126), for the lead's clean-114 to clean-125
// and the helper's later rules together: the cleanup's rules for pages as a
// simple scraper flattens them (mastheads run into their menus, headlines
// over bylines, teaser lists with excerpts, the next story below, author
// boxes, glued bylines and share bars, embeds' and audio players' chrome,
// live blogs' key points, print editions' notes), dates in eleven more
// languages and scripts (parse.ForeignDate), the fallback for pages in
// scripts the classifier cannot read: 6,730,375 bytes raw, 1,686,489 gzip
// and 1,295,241 brotli (make wasm; +125 KB raw, +34 KB gzip, +22 KB brotli
// over clean-110), with room for brotli's jitter between builds. Brotli
// raised by 8 KB on 2026-12-05 (twentieth session) for clean-134, wire
// stories' headlines in capitals (a ticker's '>' no breadcrumb's, a
// credit's word no credit, the headline never joined to the wrapped line
// below) and sign-offs, and no publisher from a sentence's "published in"
// (issue 13; TestReutersTitles 6,499 -> 9,733 of 10,000): +8.1 KB of code
// (ruleWireSignoff 2.9 KB, a function costs 1-3 KB), +9.3 KB raw, brotli -q
// 11 1,296,735 -> 1,302,961 in one form and 1,306,486 in another 1.2 KB
// smaller raw (brotli's jitter); gzip 1,690,942 within its budget. Gzip
// raised by 5 KB on 2026-12-06 (twenty-first session) for clean-143 to
// clean-148 (issue 13: a menu near a page's top is evidence of a scraped
// page, the headline past a long menu, a masthead repeating the title
// line's last part, comment counts in braces and of zero, tag lines' own
// reason; dev CV content precision 0.780 -> 0.807 at the same recall):
// 6,763,398 bytes raw, gzip 1,692,708 -> 1,695,138, brotli 1,301,159.
// Gzip and brotli raised by 6 KB on 2026-12-06 (twenty-second session) for
// clean-155 to clean-160 (issue 13: comments signed by names linked to
// their sites, gallery captions under a title repeated once a photo, a
// slideshow of other stories under an article, an article's end past which
// no kept sentence vouches for doubted lines, crumbs and credits judged on
// what a cut leaves; dev CV token F1 0.933 -> 0.935, content precision
// 0.807 -> 0.823): 6,783,522 bytes raw, gzip 1,696,049 ->
// 1,700,064, brotli 1,302,326 -> 1,308,064 (CI 1,310,371 a build before).
// Gzip raised by 3 KB more the same session for clean-161 to clean-170
// (announced lists, short headlines, title echoes, the spun text read again
// after its repairs, the fuzzer's fixes to appeals, credits and bullets):
// 6,798,923 bytes raw, gzip 1,704,128, brotli 1,309,776.
// Gzip raised by 9 KB and brotli by 14 KB on 2026-12-06 (twenty-third
// session) for clean-174 to clean-188 (issue 13: comments signed by a
// stamp offering a reply, a blog's side column above a post repeating the
// title, a video player's controls, a story's tools, wire credits, blogs'
// bylines with their dates, calendar badges, what the issue lists as kept
// on a page written here, a line over a headline that tells the story no
// title, mastheads of a credit's shape, wire tags on dateline lines,
// appeals naming their paper, slashed credits, site credits; dev CV by site
// token F1 0.930 -> 0.931, content precision 0.815 -> 0.829, test titles
// 149 -> 150), the merged helpers' spun-text rules (issue 17: +10 KB raw)
// and speed work (+2 KB raw): 6,858,343 bytes raw (+52 KB over clean-173),
// gzip 1,706,398 -> 1,718,540, brotli 1,311,483 -> 1,325,180 (brotli moves
// by up to 5 KB between builds of about the same size). Gzip raised by 4 KB
// more the same session for clean-189 to clean-195 (what pages written here
// in sixteen newsrooms' current layouts still got wrong: dates with dashes,
// rendered twice or glued, bylines run into their stamps or split by
// slashes, title lines ending in a date, author boxes, greeting appeals;
// dev publishers agreeing 628 -> 631): 6,869,781 bytes raw, gzip 1,722,086,
// brotli 1,327,019. Raised in the twenty-fourth session (2026-12-06) for
// clean-197 to clean-208: what pages written here in thirty more
// newsrooms' layouts still got wrong (sites' calls to follow their news,
// audio versions' notices, picture sources' credits, bylines with
// addresses or a dot, language switchers, names with initials, foreign
// sites' buttons, government banners, offer pages, pages with no title
// line), extract-4 (og:site_name spelt as the JSON-LD names it), and the
// merged helper's FuzzClean idempotence fixes (the appeal rule read again
// without the lines later rules took, a rendering's first line that a
// second cleaning would take for an inferred title's echo, title lines'
// parts; +18.7 KB of code, dropLineOverEcho 4.5 KB and ruleDonationKept
// 4.0 KB the most), and the merged spun-text helper's rules (+2 KB gzip):
// 6,955,777 bytes raw, gzip 1,722,086 -> 1,745,239 (+23 KB: the fuzz fixes
// 7.1 KB, the spin rules 2.1 KB, the session's cleanup rules and their
// phrase lists in six languages the rest), brotli 1,327,019 -> 1,336,759;
// at clean-210 (+1.9 KB raw) brotli read 1,344,870 in CI's build: brotli
// moves by up to 8 KB between builds of about the same size, so its budget
// keeps that margin. Raised in the twenty-fifth session (2026-12-06) by 10
// / 5 KB for clean-214 to clean-218: what pages written here in twenty-odd
// more newsrooms' layouts still got wrong (Reach's sign-up box, captions
// over "(Image: ...)" and with credits glued to their full stop, appeals in
// the paper's third person, datelines with a colon, bylines "Name – Date",
// author cards, logos' variants, copyright years with an en dash, stamps
// with a dotted two-digit year, a headline under a site's blurb): at
// clean-217, 6,988,112 bytes raw (+32 KB over clean-210), gzip 1,753,032,
// brotli 1,346,642; with clean-218 to clean-221 and the merged helper's
// extract-5 (teaser cards, kickers in the <h1>, a date shown only as text;
// its map literals rewritten as word sets to save 11.8 KB of code), 7,004,720
// raw, gzip 1,758,321, brotli 1,350,043: gzip raised 5 KB more, brotli 5 KB
// more for its jitter between builds. With clean-222 to clean-230 (the
// merged helper nt25's headline above the lede on pages without a title
// line, 2.7 KB gzip; masthead and caption rules; names-8) 7,021,919 raw,
// gzip 1,762,891, brotli 1,354,561: raised 10 / 8 KB more. Raised in the
// twenty-sixth session (2026-12-06) by 37 / 29 KB for clean-234 and
// extract-6: what pages written here in ninety more newsrooms' layouts
// (Asia, Africa, the Middle East, Latin America, Europe, North America,
// Oceania) still got wrong — captions and their credits in a dozen
// conventions, bylines run into their stamps, dates resolved by a wire's
// dateline or a 12-hour clock, language menus, mastheads and site names of
// odd shapes, appeals and paywall pitches — the headline found by the
// story's words on pages without a title line (headline_climb.go), and
// article bodies read from Next.js', Nuxt's and Apollo's state scripts
// (app/extract/state.go). Wasm code against c7dad1b: app/clean 938,654 ->
// 1,014,911 bytes, app/parse 100,443 -> 127,308, app/extract 173,369 ->
// 189,427 (`make bench-size` with a worker built -tags importworker). The
// worker at the merge: 7,184,809 bytes raw (7,037,456 at c7dad1b), gzip
// 1,803,121 (1,767,524), brotli 1,387,188 (1,358,044); with the merged
// helpers lay27 and lay27b (clean-236 to clean-238: the trade, tech and
// sports press, US local and specialist news) 7,210,097 raw, gzip
// 1,810,085, brotli 1,393,994, within the raised budgets. Twenty-seventh
// session: app/clean's set and matcher builders and small helpers no longer
// inlined, phrase lists as one string each (size28: -40.7 KB gzip, output
// unchanged), then the session's rules and extract-7/-8: at adecdb7 7,160,901
// raw, gzip 1,789,377, brotli 1,372,755 — 22 KB under the budgets, which stay.
// Twenty-eighth session: the session's rules, extract-10/-11 and speed30's
// byte-pair gates took the worker to gzip 1,835,422 (bb3ab9e); size31 made
// the room without changing output — 37 more small helpers not inlined, and
// the worker alone builds app/clean and the Go runtime without inlining
// (WORKER_GCFLAGS in the Makefile; about +12% cleanup CPU under node): at
// 72a58ef 7,504,540 raw, gzip 1,803,184, brotli 1,364,444. Budgets unchanged.
// Twenty-ninth session: the session's rules and extract-12 took it to gzip
// 1,828,358; app/internal/sha256 in place of crypto/sha256 (which links Go's
// FIPS 140 module: DRBG, AES, SHA-3, SHA-512) made the room: at 9f856d3
// 7,436,281 raw, gzip 1,783,524, brotli 1,348,374. Budgets unchanged.
// Thirty-first session: room35 took encoding/json (app/internal/minijson),
// fmt and os (strconv, app/errwrap) and encoding/hex (app/internal/hexstr)
// out of the worker (-183 KB gzip, TestWorkerDepsLeaveOutFmtAndJSON keeps
// them out); the worker is built with the page's flags again (inlining,
// +30 KB gzip, its cleanup ~16% faster under node) and the session's rules
// and extract-14 added ~7 KB: gzip 1,676,788, brotli 1,292,826. Budgets
// unchanged, ~135 KB gzip and ~104 KB brotli of room. Thirty-second
// session: ratio38's flags (the runtime's map, hash and byte-search helpers
// inlined in the worker, its cleanup 16-18% faster under node; +10 KB gzip),
// room38's libfile.Files interface and the session's rules: gzip
// 1,713,957, brotli 1,325,417. Budgets unchanged, ~98 KB and ~72 KB of room.
// Thirty-third session (clean-263/extract-16): the session's rules (threads
// headed by profiles, blogs' front pages, pages of records, tail islands,
// titles and publishers, 24 layouts' fixes) and ratio39's wasm-cheaper
// searches: gzip 1,745,105, brotli 1,346,532. Budgets unchanged, ~67 KB and
// ~50 KB of room.
const (
	budgetWorkerGzip   = 1_812_000
	budgetWorkerBrotli = 1_397_000
)

// TestWasmSizeBudget fails when a built wasm (the page's, the worker's)
// passes its download budget. It reads the compressed copies make writes
// next to it (gzip by zopfli, brotli -q 11), so it measures exactly what is
// served.
func TestWasmSizeBudget(t *testing.T) {
	for _, w := range []struct {
		name       string
		gzip, brot int64
	}{{"app.wasm", budgetGzip, budgetBrotli}, {"import-worker.wasm", budgetWorkerGzip, budgetWorkerBrotli}} {
		checkWasmBudget(t, w.name, w.gzip, w.brot)
	}
}

func checkWasmBudget(t *testing.T, name string, budgetGzip, budgetBrotli int64) {
	wasm := filepath.Join(webDir, name)
	raw, err := os.Stat(wasm)
	if err != nil {
		t.Fatalf("%s is missing: run 'make wasm' first", wasm)
	}
	for _, c := range []struct {
		ext    string
		budget int64
	}{{".gz", budgetGzip}, {".br", budgetBrotli}} {
		st, err := os.Stat(wasm + c.ext)
		if err != nil {
			t.Fatalf("%s%s is missing: run 'make wasm' (needs gzip and brotli)", wasm, c.ext)
		}
		if st.ModTime().Before(raw.ModTime().Truncate(time.Second)) {
			t.Fatalf("%s%s is older than %s: run 'make wasm'", wasm, c.ext, wasm)
		}
		t.Logf("%s%s: %d bytes (budget %d, raw %d)", name, c.ext, st.Size(), c.budget, raw.Size())
		if st.Size() > c.budget {
			t.Errorf("%s%s is %d bytes, over its budget of %d by %d: see 'make bench-size' for what each package adds",
				name, c.ext, st.Size(), c.budget, st.Size()-c.budget)
		}
	}
}
