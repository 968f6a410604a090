package clean

import "testing"

// TestFuzz38Idempotent holds the inputs FuzzClean found not idempotent in
// the thirty-second session, helper fuzz38 (the fuzzer's inputs are in
// testdata/fuzz/FuzzClean: label_over_glued_headline,
// label_over_short_line_over_headline, site_under_title_line,
// role_line_past_zone, two_labels_over_glued_headline), each with the
// rendering it must give once and again.
func TestFuzz38Idempotent(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		// A section's label between the page's title line and its
		// headline with the words run together (a headline set in spans
		// the extraction glued): chooseTitle made the glued line the
		// title, its words taken from the title line, and kept the label
		// over it, as the glued line reads as no headline; the rendering
		// wrote the label under the title, where a second cleaning
		// removed it as header matter. labelOverTitle reads the title
		// block as the title the rendering writes.
		{"label over a headline whose words run together",
			"Ferry timetable keeps slipping on the harbour route – Harbour Ledger\n\nTransport\n\nFerrytimetablekeepsslippingontheharbourroute\n\nThe harbour ferry ran late on eleven of the last fourteen mornings, and the operator blames a shortage of qualified deckhands.",
			"Ferry timetable keeps slipping on the harbour route\n\nThe harbour ferry ran late on eleven of the last fourteen mornings, and the operator blames a shortage of qualified deckhands.\n"},
		{"the same, as the fuzzer wrote it",
			"EthiopiAKenYA Agree on new Cross Border power line – 0\n\nB A\nEthiopiAKenYAAgreeonnewCrossBorderpowerline\n0 0",
			"EthiopiAKenYA Agree on new Cross Border power line\n\n0 0\n"},
		// A short heading ("Ag") the classifier scored just under its
		// threshold above the headline it found, a short line between
		// ("2. ."): the rendering wrote the heading first under the
		// title, where a second cleaning's classifier scored it as
		// navigation. labelOverTitle looks past one short line for the
		// title. The fuzzer's input, made from the tests' own pages.
		{"label over a short line over the headline",
			"th ps g\nr s\nAg\n2. .\n3 y what he \n.when he ter s ching. y g u l r i tly.\ns\norels ine r timetable keeps slipping\nMarch,6 he s r an he ng el lf\nwo of he ar ew ed in ry and the training course for their replacements takes six weeks, so the company has been borrowing staff from its summer routes.\ngers I",
			"3 y what he\n\n.when he ter s ching. y g u l r i tly.\n\ns\n\norels ine r timetable keeps slipping\n\nMarch,6 he s r an he ng el lf\n\nwo of he ar ew ed in ry and the training course for their replacements takes six weeks, so the company has been borrowing staff from its summer routes.\n\ngers I\n"},
		// The page's title line, the title, over the site's name its
		// other part holds: the rendering wrote the headline alone and
		// the name under it, where a second cleaning's classifier took
		// the name for the page's header. siteUnderTitleLine removes it
		// at once, as the name the title line gives or with its marks
		// left out.
		{"site's name under the title line",
			"Ferry timetable keeps slipping on the harbour route - allAfrica.com\nallAfrica.com\nThe harbour ferry ran late on eleven of the last fourteen mornings, and the operator blames a shortage of qualified deckhands.\nTwo of the deckhands left in the spring, and the training course for their replacements takes six weeks.",
			"Ferry timetable keeps slipping on the harbour route\n\nThe harbour ferry ran late on eleven of the last fourteen mornings, and the operator blames a shortage of qualified deckhands.\n\nTwo of the deckhands left in the spring, and the training course for their replacements takes six weeks.\n"},
		{"the same, as the fuzzer wrote it",
			"Na os ns nt of Ban On se st - allAfrica.com\nallAfricacom\nia os ns Enforcement of Bn On S\x8be cs\n)\n6\na\nos he os te vernment has begun enforcing its ban on single-use plastics, with officials visiting markets and shops in Ikeja and Lagos Island on Monday.\nhe er or he En",
			"Na os ns nt of Ban On se st\n\nia os ns Enforcement of Bn On S\ufffde cs\n\nos he os te vernment has begun enforcing its ban on single-use plastics, with officials visiting markets and shops in Ikeja and Lagos Island on Monday.\n\nhe er or he En\n"},
		// A desk's line ("reporter") thirteen lines under the headline,
		// a metadata line removed between: past headerZone's twelve
		// lines, it stayed; the rendering, the removed line left out,
		// brought it into the zone of a second cleaning, which removed
		// it. headerZone reads a desk's line as far as twelve kept lines
		// down.
		{"desk's line past the header zone's twelve lines",
			"0 000000\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n#000000\n0\nreporter",
			"0 000000\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n"},
		// Two short lines over the headline, the title line above: the
		// first went as a label, the second stayed and came first under
		// the title in the rendering. labelOverTitle reads on past a
		// label it removes.
		{"two labels over a headline whose words run together",
			"EthiopiAKenYA Agree on new Cross Border power line – 0\n0\nB A\nEthiopiAKenYAAgreeonnewCrossBorderpowerline\n0 0",
			"EthiopiAKenYA Agree on new Cross Border power line\n\n0 0\n"},
	})
}
