package dates

import "sync"

// tablesOnce guards loadTables.
var tablesOnce sync.Once

// loadTables builds the package's word tables on first use rather than at
// package initialisation: the page's wasm links this package, and building
// some sixty maps in its start-up task cost 10–40 ms in a wasm engine
// before the first render, which never looks a date up. Every exported
// function that reads a table calls loadTables first.
func loadTables() {
	tablesOnce.Do(func() {
		loadTablesTables()
		loadSpelledTables()
		loadAbsoluteTables()
		loadFindTables()
		loadPeriodTables()
		loadRefsTables()
		loadRelativeTables()
		loadSentencesTables()
		loadTenseTables()
		// The two start-word sets are made from the tables above.
		startWords = buildStartWords()
		periodWords = buildPeriodWords()
	})
}
