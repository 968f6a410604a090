package dates

import (
	"strconv"
	"strings"
	"time"
)

// The word tables of this package are built from strings on first use
// (loadTables): a map literal costs the wasm code for every entry, a
// string only its bytes.

// valued maps the words of list, "word:value" pairs separated by spaces,
// to their integer values.
func valued[V ~int](list string) map[string]V {
	m := map[string]V{}
	for _, f := range strings.Fields(list) {
		k := strings.IndexByte(f, ':')
		v, _ := strconv.Atoi(f[k+1:])
		m[f[:k]] = V(v)
	}
	return m
}

// paired maps the words of list, "word:value" pairs separated by spaces,
// to their values.
func paired[V ~string](list string) map[string]V {
	m := map[string]V{}
	for _, f := range strings.Fields(list) {
		k := strings.IndexByte(f, ':')
		m[f[:k]] = V(f[k+1:])
	}
	return m
}

// monthNames maps lower-case month names and abbreviations to months.
var monthNames map[string]time.Month

// weekdayNames maps lower-case full weekday names to weekdays. Abbreviations
// ("Sun", "Wed") are not weekdays on their own: "The Sun" is a newspaper.
var weekdayNames map[string]time.Weekday

// weekdayAbbrev are the abbreviations accepted only before a full date
// ("Sun, 24 Mar 2024").
var weekdayAbbrev map[string]bool

// partsOfDay may follow a weekday or "yesterday" and belong to the expression.
var partsOfDay map[string]bool

// numberWords maps spelled-out counts to numbers.
var numberWords map[string]int

// unitOf maps calendar unit words (singular and plural) to a canonical unit.
var unitOf map[string]string

// maxAhead bounds the count of "in N units" read as a date: beyond it
// ("in 100 days") the phrase is a duration.
var maxAhead map[string]int

// seasonStart maps season words to the month the season begins in
// (meteorological seasons of the northern hemisphere).
var seasonStart map[string]time.Month

// unitPrec maps the period nouns that, after "the end of the", mean the
// anchor's period ("the end of the year", "the end of this month") to their
// precision.
var unitPrec map[string]Precision

// anaphorUnits maps the words after "that", "the following" and "the next"
// to the unit they count in; the parts of a day count in days.
var anaphorUnits map[string]string

// loadTablesTables builds the word tables of tables.go; loadTables calls it once.
func loadTablesTables() {
	monthNames = valued[time.Month](`january:1 jan:1 february:2 feb:2 march:3 mar:3 april:4 apr:4
may:5 june:6 jun:6 july:7 jul:7 august:8 aug:8 september:9 sep:9 sept:9 october:10 oct:10
november:11 nov:11 december:12 dec:12`)
	weekdayNames = valued[time.Weekday](`sunday:0 monday:1 tuesday:2 wednesday:3 thursday:4
friday:5 saturday:6`)
	weekdayAbbrev = setOf(`mon tue tues wed thu thur thurs fri sat sun`)
	partsOfDay = setOf(`morning afternoon evening night overnight`)
	numberWords = valued[int](`a:1 an:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8
nine:9 ten:10 eleven:11 twelve:12 thirteen:13 fourteen:14 fifteen:15 twenty:20 thirty:30
several:-1 few:-1`)
	unitOf = paired[string](`day:day days:day week:week weeks:week fortnight:fortnight
month:month months:month year:year years:year hour:hour hours:hour minute:minute minutes:minute`)
	maxAhead = valued[int](`day:31 week:12 fortnight:4 month:12 year:10`)
	seasonStart = valued[time.Month](`spring:3 summer:6 fall:9 autumn:9 winter:12`)
	unitPrec = paired[Precision](`year:year month:month week:week quarter:quarter decade:decade
century:century`)
	anaphorUnits = paired[string](`year:year month:month week:week day:day morning:day
afternoon:day evening:day night:day`)
}
