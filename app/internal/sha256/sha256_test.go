package sha256

import (
	stdsha "crypto/sha256"
	"math/rand/v2"
	"testing"
)

// TestSum256MatchesStandard compares the digests of every length from 0 to
// 300 bytes and of a few large random messages with crypto/sha256's.
func TestSum256MatchesStandard(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	check := func(p []byte) {
		t.Helper()
		if got, want := Sum256(p), stdsha.Sum256(p); got != want {
			t.Fatalf("Sum256 of %d bytes = %x, crypto/sha256 %x", len(p), got, want)
		}
	}
	for n := 0; n <= 300; n++ {
		p := make([]byte, n)
		for i := range p {
			p[i] = byte(r.UintN(256))
		}
		check(p)
	}
	for _, n := range []int{1 << 12, 1<<16 + 7, 1 << 20} {
		p := make([]byte, n)
		for i := range p {
			p[i] = byte(r.UintN(256))
		}
		check(p)
	}
}

// TestKnownAnswers checks FIPS 180-4's examples, independent of any library.
func TestKnownAnswers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
	} {
		h := New()
		h.Write([]byte(c.in))
		if got := h.Sum(nil); string(hexOf(got)) != c.want {
			t.Errorf("SHA-256(%q) = %x, want %s", c.in, got, c.want)
		}
	}
}

// TestStreamingMatchesWhole writes messages in random pieces, calling Sum
// between writes, and compares with the digest of the whole.
func TestStreamingMatchesWhole(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 200; round++ {
		p := make([]byte, r.IntN(700))
		for i := range p {
			p[i] = byte(r.UintN(256))
		}
		h, s := New(), stdsha.New()
		for rest := p; len(rest) > 0; {
			k := r.IntN(len(rest)) + 1
			h.Write(rest[:k])
			s.Write(rest[:k])
			rest = rest[k:]
			if got, want := h.Sum(nil), s.Sum(nil); string(got) != string(want) {
				t.Fatalf("round %d: running Sum differs after %d bytes", round, len(p)-len(rest))
			}
		}
		if got, want := h.Sum([]byte("x")), s.Sum([]byte("x")); string(got) != string(want) {
			t.Fatalf("round %d: Sum with a prefix differs", round)
		}
		h.Reset()
		h.Write(p)
		if got, want := h.Sum(nil), stdsha.Sum256(p); string(got) != string(want[:]) {
			t.Fatalf("round %d: after Reset the digest differs", round)
		}
	}
}

// FuzzSum256 compares digests of any input with crypto/sha256's.
func FuzzSum256(f *testing.F) {
	f.Add([]byte("abc"), 3)
	f.Fuzz(func(t *testing.T, p []byte, cut int) {
		if got, want := Sum256(p), stdsha.Sum256(p); got != want {
			t.Fatalf("Sum256 differs on %d bytes", len(p))
		}
		if cut < 0 {
			cut = -cut
		}
		if len(p) > 0 {
			cut %= len(p) + 1
		} else {
			cut = 0
		}
		h := New()
		h.Write(p[:cut])
		h.Write(p[cut:])
		if got, want := h.Sum(nil), stdsha.Sum256(p); string(got) != string(want[:]) {
			t.Fatalf("split at %d of %d differs", cut, len(p))
		}
	})
}

func hexOf(b []byte) []byte {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return out
}
