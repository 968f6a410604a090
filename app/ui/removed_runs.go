package ui

import "github.com/dossierapp/dossier/app/clean"

// removedRuns groups the removed blocks that "Show removed" shows into runs:
// neighbours removed for the same reason ("navigation" six times over a
// menu) show as one box with the reason once. For each block i, ends[i] is
// the index after the last block of the run block i starts, or -1 when
// block i belongs to a run an earlier block starts (or is not shown:
// kept, or an empty line). A blank line the cleanup took out does not end a
// run.
func removedRuns(blocks []clean.Block) (ends []int) {
	ends = make([]int, len(blocks))
	for i := range ends {
		ends[i] = -1
	}
	for i := 0; i < len(blocks); {
		r := blocks[i].Removed
		if r == "" || r == clean.ReasonEmpty {
			i++
			continue
		}
		end := i + 1
		for j := i + 1; j < len(blocks); j++ {
			if blocks[j].Removed == clean.ReasonEmpty {
				continue
			}
			if blocks[j].Removed != r {
				break
			}
			end = j + 1
		}
		ends[i] = end
		i = end
	}
	return ends
}

// removedStretches groups the removed blocks into stretches between kept
// blocks, whatever their reasons: "Show removed" draws one box a stretch.
// For each block i, ends[i] is the index after the stretch block i starts,
// or -1 (inside a stretch, kept, or an empty line). Empty lines at a
// stretch's edges are left out of it.
func removedStretches(blocks []clean.Block) (ends []int) {
	ends = make([]int, len(blocks))
	for i := range ends {
		ends[i] = -1
	}
	for i := 0; i < len(blocks); {
		if r := blocks[i].Removed; r == "" || r == clean.ReasonEmpty {
			i++
			continue
		}
		end := i + 1
		for j := i + 1; j < len(blocks) && blocks[j].Removed != ""; j++ {
			if blocks[j].Removed != clean.ReasonEmpty {
				end = j + 1
			}
		}
		ends[i] = end
		i = end
	}
	return ends
}
