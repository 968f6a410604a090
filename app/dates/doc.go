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
// It also reads the periods news reports are written in: quarters and
// halves ("the third quarter", "third-quarter", "Q1 2024", "the first half
// of 2023", "the year-ago quarter"), seasons ("last fall", "the summer of
// 2019"; northern hemisphere, winter from December to February), fiscal
// years (as the calendar year they are named after), decades and centuries
// ("the nineties", "the 20th century"), "the end of" a period (the period
// itself), holidays with a calendar rule ("Thanksgiving Day"), years in
// words ("nineteen ninety-six") and a time of day before its day ("9 a.m.
// Tuesday"). References that name no period ("now", "currently",
// "recently", "at the time", "in the future") get TimeML's values
// PRESENT_REF, PAST_REF and FUTURE_REF with PrecisionRef. Durations ("for
// three years", "in 100 days") and sets ("every Monday") are not dates.
//
// Resolution follows the news rules of HeidelTime: the direction of a weekday
// or a month without a year is chosen from the tense of the clause around it
// (past → the previous occurrence, future → the next one, present or unknown
// → the previous weekday and the nearest month). Modals, "plans to", "is due
// to", "next" and deadlines ("until", "by", "postponed until", "payable")
// make a clause future. A weekday equal to the anchor's weekday is the anchor
// day itself. An attribution after the expression (", an official said")
// is no cue, and the end of a range from today ("from today through Nov.
// 17") lies ahead. FindIn carries a Context across the sentences of a text,
// so that "a year earlier" in a report on a quarter is that quarter a year
// before, and "that year", "the following month", "the next morning" and
// "later that day" count from the last date the text gave (they are not
// dates when it gave none). Without an anchor, relative
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
