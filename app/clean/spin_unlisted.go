package clean

import "math"

// unlistedWeight scales a spun word's unlisted share (bestReading.unlisted)
// into the chance that the writer's word is one of the rarer originals
// the table does not list as candidates ("spurned" for "jilted", whose
// candidate is "rejected"). Over 1: the table lists only the rarer
// originals news prose writes three to nine times, and the spinner swaps
// in words news prose writes less often still. Chosen on the 17 choosing
// sets in the forty-fourth session with the learned decision's add at 4.76
// (was 4.9; see the README): 1, 1.5 and 2 weighed too.
const unlistedWeight = 1.25

// unlistedDoubt returns the learned decision's log-odds p that a repair
// is right, given that its candidate stands for the spinner's swap only
// where the writer's word is not one of the unlisted originals (share u
// of the spinner's odds beside the candidate's): the trees, fitted on
// candidates alone, cannot weigh those.
func unlistedDoubt(p, u float64) float64 {
	q := 1 - min(0.999, unlistedWeight*u)
	// log-odds of q*sigmoid(p): q / (1 + e^-p - q).
	return math.Log(q / (1 + math.Exp(-p) - q))
}
