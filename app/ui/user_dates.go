package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// userDatesKey is the browser-storage key of the dates the reader set for
// undated articles: a JSON object from article ID to "YYYY-MM-DD".
const userDatesKey = "dossier.user-dates"

// loadUserDates reads the reader's dates from browser storage.
func loadUserDates(ctx app.Context) map[string]string {
	m := map[string]string{}
	if err := ctx.LocalStorage().Get(userDatesKey, &m); err != nil {
		app.Log("reading the dates you set:", err)
	}
	return m
}
