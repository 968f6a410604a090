package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// userDatesKey is the browser-storage key of the dates the reader set for
// undated articles: a JSON object from article ID to "YYYY-MM-DD".
const userDatesKey = "dossier.user-dates"

// loadUserDates reads the reader's dates from browser storage (get is
// ctx.LocalStorage().Get, or localGet before the app has started).
func loadUserDates(get storageGet) map[string]string {
	m := map[string]string{}
	if err := get(userDatesKey, &m); err != nil {
		app.Log("reading the dates you set:", err)
	}
	if m == nil {
		m = map[string]string{}
	}
	return m
}

// saveUserDate keeps the reader's publication date for an article in browser
// storage ("" forgets it), applies it to the loaded article so its relative
// dates resolve, and publishes the change to every page.
func saveUserDate(ctx app.Context, id, date string) error {
	m := loadUserDates(ctx.LocalStorage().Get)
	if date == "" {
		delete(m, id)
	} else {
		m[id] = date
	}
	if err := ctx.LocalStorage().Set(userDatesKey, m); err != nil {
		return err
	}
	theDossier.SetUserDate(id, date)
	ctx.SetState(stateCorpus, theDossier.Gen())
	return nil
}
