//go:build !wasm

package clean

import _ "embed"

//go:embed spin_table.dat
var embeddedSpinTable string

func init() { spinTableData = embeddedSpinTable }
