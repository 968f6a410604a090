package library

import (
	"encoding/binary"
	"errors"
)

// Record is a stored entry as the app takes it from the library worker: no
// raw bytes; the article text, or what the app made of the entry before
// (Cached, an app/doccache value current for the entry's content, with Text
// left empty).
type Record struct {
	ID, Name, Kind, Hash, UserDate string
	Text, Cached                   string
	Hidden                         bool
	Size                           int
}

// AppendRecord appends r to buf in the packed form ReadRecords reads: a
// whole library crosses from the worker to the page as one byte array, not
// as thousands of objects for both sides to walk.
func AppendRecord(buf []byte, r Record) []byte {
	for _, s := range [...]string{r.ID, r.Name, r.Kind, r.Hash, r.UserDate, r.Text, r.Cached} {
		buf = AppendField(buf, s)
	}
	hidden := uint64(0)
	if r.Hidden {
		hidden = 1
	}
	buf = binary.AppendUvarint(buf, hidden)
	return binary.AppendUvarint(buf, uint64(max(r.Size, 0)))
}

// ReadRecords reads records AppendRecord packed. Their strings share
// data's memory. Damaged data gives the records before the damage and an
// error.
func ReadRecords(data string) ([]Record, error) {
	var out []Record
	for data != "" {
		var r Record
		var ok bool
		for _, f := range [...]*string{&r.ID, &r.Name, &r.Kind, &r.Hash, &r.UserDate, &r.Text, &r.Cached} {
			if *f, data, ok = readString(data); !ok {
				return out, errBadRecords
			}
		}
		var hidden, size uint64
		if hidden, data, ok = readUvarint(data); !ok || hidden > 1 {
			return out, errBadRecords
		}
		if size, data, ok = readUvarint(data); !ok || size > 1<<40 {
			return out, errBadRecords
		}
		r.Hidden, r.Size = hidden == 1, int(size)
		out = append(out, r)
	}
	return out, nil
}

var errBadRecords = errors.New("library records are damaged")

// AppendField appends s to buf as the packed forms here write a string:
// its length (a uvarint), then its bytes.
func AppendField(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

// ReadField reads a string AppendField wrote at the start of s, and returns
// the rest; ok is false when s does not start with one.
func ReadField(s string) (field, rest string, ok bool) { return readString(s) }

// ReadUvarint reads a uvarint at the start of s, and returns the rest.
func ReadUvarint(s string) (v uint64, rest string, ok bool) { return readUvarint(s) }

func readUvarint(s string) (uint64, string, bool) {
	var v uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		v |= uint64(s[i]&0x7f) << (7 * i)
		if s[i] < 0x80 {
			return v, s[i+1:], true
		}
	}
	return 0, s, false
}

func readString(s string) (string, string, bool) {
	n, rest, ok := readUvarint(s)
	if !ok || n > uint64(len(rest)) {
		return "", s, false
	}
	return rest[:n], rest[n:], true
}
