package clean

// JSONArticle is the JSON form of a cleaned article, as `dossier clean --json`
// prints it. The field names are stable; later versions add fields.
type JSONArticle struct {
	Source        string        `json:"source"`
	Title         string        `json:"title"`
	TitleInferred bool          `json:"title_inferred"`
	Publisher     string        `json:"publisher"`
	Date          string        `json:"date"`
	Body          []JSONBlock   `json:"body"`
	Removed       []JSONRemoved `json:"removed"`
	Repairs       []JSONRepair  `json:"repairs"`
	// CopyOf is the source of the article this one is a copy of (see
	// CleanDossier), or "".
	CopyOf string `json:"copy_of,omitempty"`
}

// JSONBlock is a kept body block.
type JSONBlock struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// JSONRemoved is a removed block or span, with its reason.
type JSONRemoved struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// JSONRepair is a repaired spun word.
type JSONRepair struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// JSON returns the article's JSON form; source is the path it came from.
func (r Result) JSON(source string) JSONArticle {
	a := JSONArticle{Source: source, Title: r.Title, TitleInferred: r.TitleInferred,
		Publisher: r.Publisher, Date: r.Date,
		Body: []JSONBlock{}, Removed: []JSONRemoved{}, Repairs: []JSONRepair{}}
	for _, b := range r.Body() {
		a.Body = append(a.Body, JSONBlock{Kind: b.Kind, Text: b.Text()})
	}
	for _, b := range r.Blocks {
		if b.Removed != "" {
			if b.Removed != ReasonEmpty {
				a.Removed = append(a.Removed, JSONRemoved{Text: b.Source(), Reason: b.Removed})
			}
			continue
		}
		for _, s := range b.Segments {
			if s.Removed != "" {
				a.Removed = append(a.Removed, JSONRemoved{Text: tidySpace(s.Text), Reason: s.Removed})
			}
		}
	}
	for _, s := range r.Repairs() {
		a.Repairs = append(a.Repairs, JSONRepair{From: s.Original, To: s.Text})
	}
	return a
}
