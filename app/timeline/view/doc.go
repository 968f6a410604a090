// Package view is the timeline page's plain Go: its model (the articles and
// events of the dossier on two time axes, the stories in colour, the
// undated tray, the search query's matches), the drawing of one frame of
// the axis into marks, ticks and texts (Draw), the paths a canvas fills
// with them (Paths), hit testing for the pointer (Frame.At), and the
// reader's side of an event link (ParseEventRef, KeptRange). Nothing here
// touches the browser or go-app, so all of it is tested natively; app/ui
// paints the frames and handles the input.
package view
