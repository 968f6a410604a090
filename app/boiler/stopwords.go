package boiler

// stopwords are the English function words whose density tells prose from
// lists, menus and labels (jusText's main signal). The list is the common core
// of jusText's and NLTK's English lists.
var stopwords = setOf(`a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down
during each few for from further had has have having he her here hers herself him himself
his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other our ours ourselves out over own same she should so some such than that
the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you
your yours yourself yourselves said says one two new like may might must shall us been
upon however although though since yet still even many much every another per via`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += s[i : i+1]
	}
	return m
}
