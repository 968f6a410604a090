package clean

import "testing"

// TestFuzz33Idempotent holds the inputs FuzzClean found not idempotent in
// the twenty-ninth session, helper fuzz33 (their seeds are in testdata/fuzz/FuzzClean), each with the
// rendering it must give once and again.
func TestFuzz33Idempotent(t *testing.T) {
	checkIdempotent(t, []idempotentCase{
		// An ad's clause (", a company known forthe Best") cut from the
		// last paragraph: the classifier read the line with it and doubted
		// the heading under the lede less than it does once the clause is
		// gone, so the lede's run kept the heading the first time and a
		// second cleaning removed it as metadata. It reads the line as the
		// rendering gives it.
		{"ad clause cut from a line the classifier reads",
			"A liaison office\naa0 a AA a0a 0 AA A CA aa aAAA.\nLiAison OffiCe\n0 0 0 0 0 0 0 0 0aa 0\n" +
				"aa ba 0000aa ba a 0 0 0 0 0 a 0 of 0 .\naa\naa 0 \"\n0\n" +
				"0 0 0 0 aa 0 0 0 0 he 0 he 0 0 0 0 aa an aa aa an 0 ba by aa as aa 0 th t,A aa a a aa aa an as by to aa aa AA, a company known forthe Best!\n" +
				"by th0 bn aa aa AA, 0",
			"A liaison office\n\naa0 a AA a0a 0 AA A CA aa aAAA.\n\nLiAison OffiCe\n\n0 0 0 0 0 0 0 0 0aa 0\n\n" +
				"aa ba 0000aa ba a 0 0 0 0 0 a 0 of 0 .\n\naa\n\naa 0 \"\n\n0\n\n" +
				"0 0 0 0 aa 0 0 0 0 he 0 he 0 0 0 0 aa an aa aa an 0 ba by aa as aa 0 th t,A aa a a aa aa an as by to aa aa AA!\n\n" +
				"by th0 bn aa aa AA, 0\n"},
	})
}
