// Package timeline turns articles into dated events, groups articles about
// the same happening into stories, and lays out the time axis the timeline
// view draws.
//
// Events come from app/dates: every temporal expression of every sentence
// becomes an Event, resolved against the article's publication date or
// flagged unresolved when the article has none. Clusters groups articles into
// stories by average TF-IDF cosine similarity, in time with bounded work per
// article. Span, Scale and Axis are pure functions of their
// inputs so the view can recompute a frame on every pan or zoom: Axis keeps
// items sorted by start so the visible window is found by binary search.
//
// The package is plain Go (no go-app, no syscall/js) and runs in WebAssembly.
package timeline
