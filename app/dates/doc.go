// Package dates finds temporal expressions in English news sentences and
// resolves them against an anchor, normally the article's publication date.
//
// It recognises absolute dates ("July 27, 1953", "27 July 1953",
// "Sept. 5, 2023", "2024-03-25", "25/03/2024", "September 2018", "in 2010",
// "the 1990s", "mid-2023") and expressions that need the anchor: month and day
// without a year ("March 22"), bare months ("in December", "early March"),
// weekdays ("on Tuesday", "early Tuesday"), deictic words ("yesterday",
// "today", "tomorrow"), counted offsets ("two days ago", "three weeks ago")
// and calendar units ("last week", "next month", "September last year",
// "last September", "earlier this month", "over the weekend").
//
// Resolution follows the news rules of HeidelTime: the direction of a weekday
// or a month without a year is chosen from the tense of the clause around it
// (past → the previous occurrence, future → the next one, present or unknown
// → the previous weekday and the nearest month). A weekday equal to the
// anchor's weekday is the anchor day itself. Without an anchor, relative
// expressions are reported with Resolved == false and an empty Date: a date is
// never guessed.
//
// Precision is kept honest: a year-only mention is a year, a week is given by
// its Monday's date, and a decade ("the 1990s") has PrecisionDecade with the
// decade's first year as Date.
//
// The package is plain Go with no dependencies beyond the standard library,
// so it runs unchanged in WebAssembly.
package dates
