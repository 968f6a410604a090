package search

import "math"

// Ranking is BM25F (Robertson, Zaragoza & Taylor, "Simple BM25 extension to
// multiple weighted fields", 2004): per-field term frequencies are length-
// normalised, weighted and summed into one pseudo-frequency, which is then
// saturated once:
//
//	tf~ = Σ_f w_f · tf_f / (1 − b_f + b_f · len_f / avglen_f)
//	score = idf · tf~ · (k1 + 1) / (k1 + tf~)
//	idf = ln(1 + (N − df + 0.5) / (df + 0.5))

// k1 is BM25's term-frequency saturation constant.
const k1 = 1.2

// fieldWeight is the weight w_f of each field: a word in the title counts
// more than the same word in the body.
var fieldWeight = [numFields]float32{
	fieldTitle:     3.0,
	fieldHeadings:  1.8,
	fieldLede:      3.0,
	fieldBody:      1.0,
	fieldPublisher: 1.5,
	fieldNames:     2.0,
}

// fieldB is the length-normalisation strength b_f of each field.
var fieldB = [numFields]float32{
	fieldTitle:     0.5,
	fieldHeadings:  0.5,
	fieldLede:      0.6,
	fieldBody:      0.75,
	fieldPublisher: 0,
	fieldNames:     0.3,
}

// updateNorms precomputes w_f / (1 − b_f + b_f · len_f / avglen_f) for every
// document and field, so that scoring a posting is a handful of multiply-adds.
func (ix *Index) updateNorms() {
	n := len(ix.docs)
	var avg [numFields]float32
	for f := range avg {
		avg[f] = 1
		if n > 0 && ix.total[f] > 0 {
			avg[f] = float32(float64(ix.total[f]) / float64(n))
		}
	}
	if cap(ix.norm) < n {
		ix.norm = make([][numFields]float32, n, n+n/4)
	}
	ix.norm = ix.norm[:n]
	for d := range n {
		for f := range numFields {
			ix.norm[d][f] = fieldWeight[f] / (1 - fieldB[f] + fieldB[f]*float32(ix.flen[d][f])/avg[f])
		}
	}
	ix.normOK = true
}

// idf returns BM25's inverse document frequency for a term in df documents.
func (ix *Index) idf(df int) float32 {
	n := float64(len(ix.docs))
	return float32(math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5)))
}

// score returns the BM25F score of one posting for a term with the given idf.
func (ix *Index) score(p *posting, idf float32) float32 {
	nm := &ix.norm[p.doc]
	var tf float32
	for f := range numFields {
		if p.tf[f] != 0 {
			tf += float32(p.tf[f]) * nm[f]
		}
	}
	return idf * tf * (k1 + 1) / (k1 + tf)
}
