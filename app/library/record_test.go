package library

import (
	"reflect"
	"testing"
)

func TestRecordsRoundTrip(t *testing.T) {
	in := []Record{
		{ID: "a1", Name: "ferry.txt", Kind: KindText, Hash: "h1", Text: "Ferry service resumes.", Size: 24},
		{ID: "b2", Name: "page.html", Kind: KindHTML, Hash: "h2", UserDate: "2024-03-25", Cached: "dossier-doc-1\x00v\x00h2\x00\x01\x02", Hidden: true, Size: 1 << 20},
		{},
	}
	var buf []byte
	for _, r := range in {
		buf = AppendRecord(buf, r)
	}
	got, err := ReadRecords(string(buf))
	if err != nil || !reflect.DeepEqual(got, in) {
		t.Fatalf("round trip: %v\n got %+v\nwant %+v", err, got, in)
	}
	// Truncated data keeps the whole records before the damage.
	for n := 0; n < len(buf); n++ {
		got, err := ReadRecords(string(buf[:n]))
		if err == nil && n != len(AppendRecord(nil, in[0])) && n != len(AppendRecord(AppendRecord(nil, in[0]), in[1])) && n != 0 {
			t.Fatalf("truncated to %d bytes: no error", n)
		}
		for i, r := range got {
			if !reflect.DeepEqual(r, in[i]) {
				t.Fatalf("truncated to %d bytes: record %d is %+v", n, i, r)
			}
		}
	}
}

func FuzzReadRecords(f *testing.F) {
	f.Add(string(AppendRecord(nil, Record{ID: "x", Text: "t", Size: 3})))
	f.Fuzz(func(t *testing.T, data string) {
		recs, err := ReadRecords(data)
		if err != nil {
			return
		}
		var buf []byte
		for _, r := range recs {
			buf = AppendRecord(buf, r)
		}
		again, err := ReadRecords(string(buf))
		if err != nil || !reflect.DeepEqual(again, recs) {
			t.Errorf("re-packed records read differently: %v", err)
		}
	})
}
