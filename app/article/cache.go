package article

import (
	"github.com/dossierapp/dossier/app/corpus"
	"github.com/dossierapp/dossier/app/doccache"
)

// Encode is the cache value of a processed document (app/doccache), made
// by this Version.
func Encode(d Doc) []byte {
	return doccache.Encode(Version, doccache.Doc{Hash: d.Hash, UserDate: d.UserDate, Result: d.Result, Events: d.Events, Mentions: d.Mentions})
}

// Decode is the document of article a from its cache value, made for the
// content hash; ok is false when the value is stale (another Version, other
// content) or damaged. The events are resolved again when they were
// resolved against another date than userDate.
func Decode(a corpus.Article, hash, value, userDate string) (d Doc, ok bool) {
	c, err := doccache.Decode(Version, value)
	if err != nil || c.Hash != hash {
		return Doc{}, false
	}
	d = New(a, c.Result)
	d.Hash = hash
	d.Mentions = c.Mentions
	if c.UserDate == userDate || d.Date != "" {
		d.UserDate, d.Events = userDate, c.Events
	} else {
		d.SetUserDate(userDate)
	}
	return d, true
}
