//go:build !wasm

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestWasmPackageSizes prints how many bytes of wasm code each package
// contributes, so the next kilobyte is spent knowingly. It needs a wasm
// built without -s (symbol names kept): `make bench-size` builds one and
// sets DOSSIER_WASM_SYMBOLS to it.
func TestWasmPackageSizes(t *testing.T) {
	path := os.Getenv("DOSSIER_WASM_SYMBOLS")
	if path == "" {
		t.Skip("set DOSSIER_WASM_SYMBOLS to a wasm built without -s (make bench-size)")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sizes, dataBytes, err := codeSizeByPackage(data)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		pkg  string
		size int
	}
	var rows []row
	total := 0
	for p, s := range sizes {
		rows = append(rows, row{p, s})
		total += s
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size > rows[j].size })
	fmt.Printf("%-58s %10s\n", "package (wasm code bytes, uncompressed)", "bytes")
	for i, r := range rows {
		if i == 40 {
			break
		}
		fmt.Printf("%-58s %10d\n", r.pkg, r.size)
	}
	ours := 0
	for _, r := range rows {
		if strings.HasPrefix(r.pkg, "github.com/dossierapp/") {
			ours += r.size
		}
	}
	fmt.Printf("%-58s %10d\n%-58s %10d\n%-58s %10d\n", "all code", total, "  of which github.com/dossierapp/...", ours, "data section (strings, tables)", dataBytes)
}

// codeSizeByPackage reads a wasm module's code and name sections and adds up
// function body sizes by Go package.
func codeSizeByPackage(wasm []byte) (map[string]int, int, error) {
	if len(wasm) < 8 || !bytes.Equal(wasm[:4], []byte("\x00asm")) {
		return nil, 0, errors.New("not a wasm module")
	}
	r := bytes.NewReader(wasm[8:])
	var imported int
	var bodies []int
	names := map[int]string{}
	dataBytes := 0
	for r.Len() > 0 {
		id, _ := r.ReadByte()
		size, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, 0, err
		}
		sec := make([]byte, size)
		if _, err := r.Read(sec); err != nil {
			return nil, 0, err
		}
		sr := bytes.NewReader(sec)
		switch id {
		case 2: // imports: functions come first in the index space
			n, _ := binary.ReadUvarint(sr)
			for i := uint64(0); i < n; i++ {
				readName(sr)
				readName(sr)
				kind, _ := sr.ReadByte()
				switch kind {
				case 0:
					binary.ReadUvarint(sr)
					imported++
				case 1:
					sr.ReadByte()
					readLimits(sr)
				case 2:
					readLimits(sr)
				case 3:
					sr.ReadByte()
					sr.ReadByte()
				}
			}
		case 10: // code
			n, _ := binary.ReadUvarint(sr)
			for i := uint64(0); i < n; i++ {
				bs, _ := binary.ReadUvarint(sr)
				bodies = append(bodies, int(bs))
				sr.Seek(int64(bs), 1)
			}
		case 11:
			dataBytes += int(size)
		case 0:
			if readName(sr) != "name" {
				continue
			}
			for sr.Len() > 0 {
				sub, _ := sr.ReadByte()
				ssize, _ := binary.ReadUvarint(sr)
				if sub != 1 {
					sr.Seek(int64(ssize), 1)
					continue
				}
				n, _ := binary.ReadUvarint(sr)
				for i := uint64(0); i < n; i++ {
					idx, _ := binary.ReadUvarint(sr)
					names[int(idx)] = readName(sr)
				}
			}
		}
	}
	if len(names) == 0 {
		return nil, 0, errors.New("no function names: build without -s")
	}
	out := map[string]int{}
	for i, s := range bodies {
		out[packageOf(names[imported+i])] += s
	}
	return out, dataBytes, nil
}

func readName(r *bytes.Reader) string {
	n, _ := binary.ReadUvarint(r)
	b := make([]byte, n)
	r.Read(b)
	return string(b)
}

func readLimits(r *bytes.Reader) {
	flag, _ := r.ReadByte()
	binary.ReadUvarint(r)
	if flag&1 == 1 {
		binary.ReadUvarint(r)
	}
}

// packageOf is the Go package of a wasm function name. The linker mangles
// "github.com/x/y.(*T).M" into "github.com_x_y.__T_.M": the package ends at
// the first dot after the host name.
func packageOf(sym string) string {
	if sym == "" {
		return "(unnamed)"
	}
	start := 0
	if i := strings.Index(sym, "_"); i > 0 && strings.Contains(sym[:i], ".") {
		start = i
	}
	if dot := strings.Index(sym[start:], "."); dot >= 0 {
		return strings.ReplaceAll(sym[:start+dot], "_", "/")
	}
	return sym
}
