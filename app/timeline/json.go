package timeline

// JSONEvent is an event as `dossier clean --json` prints it.
type JSONEvent struct {
	Date       string `json:"date"`
	Precision  string `json:"precision"`
	Text       string `json:"text"`
	Expression string `json:"expression"`
}

// JSON converts the resolved events to their JSON form, in order; unresolved
// events are left out. The result is never nil, so it encodes as [].
func JSON(events []Event) []JSONEvent {
	out := []JSONEvent{}
	for _, e := range events {
		if !e.Resolved {
			continue
		}
		out = append(out, JSONEvent{Date: e.Date, Precision: string(e.Precision), Text: e.Text, Expression: e.Expression})
	}
	return out
}
