//go:build !wasm

package boiler

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// MarshalBinary is native only: the trainer writes model files and the
// tests check them; the app only reads one, so the wasm leaves the encoder
// out.

// The model file: "DBM4", threshold f32, vocabulary (u16 count, an f32
// weight scale, then a u8 length, the word and an i8 weight each), stages (u8 count, then per stage:
// u8 depth, f32 base, u8 features and for each a u8 count of f32 edges (only
// the edges its trees use), u16 trees, and per tree a u8 feature and a u8
// edge index (255: +Inf) per internal node, an f32 leaf scale and an i8 per
// leaf times the scale). Little-endian.

// MarshalBinary encodes the model, keeping only the edges the trees use and
// quantising each tree's leaves to 8 bits.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.Threshold))
	words := sortedKeys(m.Vocab)
	b = binary.LittleEndian.AppendUint16(b, uint16(len(words)))
	weights := make([]float32, 0, len(words))
	for _, w := range words {
		weights = append(weights, m.Vocab[w])
	}
	vscale := int8Scale(weights)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(vscale))
	for _, w := range words {
		if len(w) > 255 {
			return nil, fmt.Errorf("vocabulary word too long: %q", w)
		}
		b = append(b, byte(len(w)))
		b = append(b, w...)
		b = append(b, byte(int8(math.Round(float64(m.Vocab[w]/vscale)))))
	}
	b = append(b, byte(len(m.Stages)))
	for k, e := range m.Stages {
		if !widthFits(k, len(e.Edges)) {
			return nil, fmt.Errorf("stage %d: %d edge lists for %d features", k, len(e.Edges), stageFeatures(k))
		}
		// The edges in use, in order, per feature.
		used := make([][]float32, len(e.Edges))
		for _, t := range e.Trees {
			for i, v := range t.Threshold {
				f := t.Feature[i]
				if !math.IsInf(float64(v), 1) && !slices.Contains(used[f], v) {
					used[f] = append(used[f], v)
				}
			}
		}
		b = append(b, byte(e.Depth))
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(e.Base))
		b = append(b, byte(len(used)))
		for _, ed := range used {
			slices.Sort(ed)
			if len(ed) > 254 {
				return nil, fmt.Errorf("stage %d: %d edges for a feature", k, len(ed))
			}
			b = append(b, byte(len(ed)))
			for _, v := range ed {
				b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
			}
		}
		b = binary.LittleEndian.AppendUint16(b, uint16(len(e.Trees)))
		for ti, t := range e.Trees {
			b = append(b, t.Feature...)
			for i, v := range t.Threshold {
				if math.IsInf(float64(v), 1) {
					b = append(b, 255)
					continue
				}
				j := slices.Index(used[t.Feature[i]], v)
				if j < 0 {
					return nil, fmt.Errorf("stage %d tree %d: threshold %v is not an edge of feature %d", k, ti, v, t.Feature[i])
				}
				b = append(b, byte(j))
			}
			scale := int8Scale(t.Leaf)
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(scale))
			for _, v := range t.Leaf {
				b = append(b, byte(int8(math.Round(float64(v/scale)))))
			}
		}
	}
	return b, nil
}

// int8Scale is the step that maps the largest of vs to ±127.
func int8Scale(vs []float32) float32 {
	var big float64
	for _, v := range vs {
		big = math.Max(big, math.Abs(float64(v)))
	}
	if big == 0 {
		return 1
	}
	return float32(big / 127)
}
