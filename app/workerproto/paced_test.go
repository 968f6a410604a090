package workerproto

import (
	"bytes"
	"testing"
)

// chunked is Packed bytes that PackedDataPaced copies in chunks, as it
// does a JSPacked; copies counts them.
type chunked struct {
	PackedBytes
	copies *int
}

func (c chunked) copyTo(b []byte, from int) { *c.copies++; copy(b, c.PackedBytes[from:]) }

// TestPackedDataPaced: packed bytes in JavaScript's memory are copied in
// chunks with a pause between each, and come whole; bytes in Go are
// returned as they are.
func TestPackedDataPaced(t *testing.T) {
	data := make([]byte, 2*packedChunk+5)
	for i := range data {
		data[i] = byte(i * 7)
	}
	copies, pauses := 0, 0
	got := PackedDataPaced(chunked{data, &copies}, func() { pauses++ })
	if !bytes.Equal(got, data) || copies != 3 || pauses != 2 {
		t.Errorf("copied equal %v in %d chunks with %d pauses; want 3 chunks, 2 pauses", bytes.Equal(got, data), copies, pauses)
	}
	if got := PackedDataPaced(PackedBytes(data), func() { pauses++ }); &got[0] != &data[0] || pauses != 2 {
		t.Error("bytes in Go copied or paced")
	}
	if got := PackedDataPaced(chunked{nil, &copies}, func() { pauses++ }); len(got) != 0 || pauses != 2 {
		t.Error("no bytes: a pause or bytes")
	}
}
