package clean

import (
	"strings"
	"testing"
)

// TestRestoreInnerRepeatsPastMarks: a query's clause printed again in a
// later listing comes back when the nearest lines with words around it are
// the listing's kept lines, though a closing bracket the classifier took
// for a share bar's glyph stands between; a repeat whose nearest worded
// line below is a removed share button stays out.
func TestRestoreInnerRepeatsPastMarks(t *testing.T) {
	lines := []string{
		"The dispatchers want to know which routes run later than they usually do, so we compare each hour with the hours before it.", // 0 prose
		"PARTITION BY route_id",                    // 1
		"ROWS BETWEEN 6 PRECEDING AND CURRENT ROW", // 2 first copy
		")", // 3 removed glyph
		"To flag the slipping routes we keep the rows where the gap between the two columns is large.", // 4
		"ORDER BY hour", // 5
		"ROWS BETWEEN 6 PRECEDING AND CURRENT ROW", // 6 repeat: back
		")",            // 7 removed glyph
		"),",           // 8 removed glyph
		"FROM running", // 9 kept
		"[...]",        // 10 removed glyph
		"ROWS BETWEEN 6 PRECEDING AND CURRENT ROW", // 11 repeat: stays out
		"Share on Facebook",                        // 12 removed button
	}
	d := newDoc(strings.Join(lines, "\n\n"))
	if len(d.blocks) != len(lines) {
		t.Fatalf("%d blocks, want %d", len(d.blocks), len(lines))
	}
	for _, i := range []int{3, 7, 8, 10, 12} {
		d.blocks[i].removed = "share widget"
	}
	d.removeRepeat(6, 2)
	d.removeRepeat(11, 2)
	d.restoreInnerRepeats(-1, func(int) bool { return true })
	if !d.blocks[6].kept() {
		t.Errorf("repeat between the listing's lines past a bracket: removed %q, want kept", d.blocks[6].removed)
	}
	if d.blocks[11].kept() {
		t.Error("repeat over a share button: kept, want removed")
	}
}
