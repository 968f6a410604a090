package timeline

import (
	"strconv"
	"time"
)

// Scale maps time to horizontal pixels: From is at x = 0 and To at x = Width.
// It is a value; Pan and Zoom return new scales.
type Scale struct {
	From, To time.Time
	Width    float64
}

// secs returns t in seconds since the Unix epoch, as a float.
func secs(t time.Time) float64 { return float64(t.Unix()) }

// pxPerSec returns the scale factor.
func (s Scale) pxPerSec() float64 {
	d := secs(s.To) - secs(s.From)
	if d <= 0 {
		return 0
	}
	return s.Width / d
}

// X returns the x coordinate of t.
func (s Scale) X(t time.Time) float64 {
	return (secs(t) - secs(s.From)) * s.pxPerSec()
}

// At returns the time at x coordinate x.
func (s Scale) At(x float64) time.Time {
	k := s.pxPerSec()
	if k == 0 {
		return s.From
	}
	return time.Unix(int64(secs(s.From)+x/k), 0).UTC()
}

// Pan moves the visible window by dx pixels (positive dx shows later times).
func (s Scale) Pan(dx float64) Scale {
	k := s.pxPerSec()
	if k == 0 {
		return s
	}
	d := time.Duration(dx / k * float64(time.Second))
	return Scale{From: s.From.Add(d), To: s.To.Add(d), Width: s.Width}
}

// Zoom scales the visible window by factor around the time at x (factor > 1
// zooms in). The window stays between one day and MaxWindow.
func (s Scale) Zoom(factor, x float64) Scale {
	if factor <= 0 {
		return s
	}
	c := secs(s.At(x))
	from := c - (c-secs(s.From))/factor
	to := c + (secs(s.To)-c)/factor
	if to-from < 86400 {
		return s
	}
	if to-from > MaxWindow.Seconds() {
		return s
	}
	return Scale{From: time.Unix(int64(from), 0).UTC(), To: time.Unix(int64(to), 0).UTC(), Width: s.Width}
}

// MaxWindow is the widest time window Zoom allows (two centuries).
const MaxWindow = 200 * 365 * 24 * time.Hour

// Level is the unit of the axis's tick marks.
type Level string

// Tick levels from coarsest to finest.
const (
	LevelCentury Level = "century"
	LevelDecade  Level = "decade"
	LevelYear    Level = "year"
	LevelMonth   Level = "month"
	LevelDay     Level = "day"
)

// Tick is a labelled mark on the axis.
type Tick struct {
	X     float64
	Time  time.Time
	Label string
	Level Level
	// Major ticks start the next coarser unit (a new year on a month axis)
	// and carry its label.
	Major bool
}

// step is one rung of the tick ladder.
type step struct {
	level  Level
	years  int // step in years (levels year and coarser)
	months int // step in months
	days   int // step in days
}

var ladder = []step{
	{LevelDay, 0, 0, 1}, {LevelDay, 0, 0, 7}, {LevelMonth, 0, 1, 0}, {LevelMonth, 0, 3, 0},
	{LevelYear, 1, 0, 0}, {LevelYear, 2, 0, 0}, {LevelYear, 5, 0, 0}, {LevelDecade, 10, 0, 0},
	{LevelDecade, 20, 0, 0}, {LevelDecade, 50, 0, 0}, {LevelCentury, 100, 0, 0},
}

// approxSecs is the rough length of a step, used to choose it.
func (st step) approxSecs() float64 {
	return float64(st.years)*365.25*86400 + float64(st.months)*30.44*86400 + float64(st.days)*86400
}

// LevelFor returns the tick level Ticks uses at this zoom with labels at
// least minGap pixels apart.
func (s Scale) LevelFor(minGap float64) Level {
	return s.step(minGap).level
}

func (s Scale) step(minGap float64) step {
	k := s.pxPerSec()
	for _, st := range ladder {
		if st.approxSecs()*k >= minGap {
			return st
		}
	}
	return ladder[len(ladder)-1]
}

// Ticks returns the tick marks of the visible window: the finest calendar
// unit (day, week, month, quarter, year, ... century) whose ticks are at
// least minGap pixels apart. Labels are "22 Mar", "Mar", "2024", "1950s".
// The number of ticks is at most Width/minGap + 2.
func (s Scale) Ticks(minGap float64) []Tick {
	if s.Width <= 0 || !s.To.After(s.From) || minGap <= 0 {
		return nil
	}
	st := s.step(minGap)
	t := floorTo(s.From, st)
	limit := int(s.Width/minGap) + 3
	var out []Tick
	for i := 0; !t.After(s.To) && i < limit*2; i++ {
		if !t.Before(s.From) {
			out = append(out, s.tick(t, st))
		}
		t = next(t, st)
	}
	return out
}

// floorTo rounds t down to a multiple of the step.
func floorTo(t time.Time, st step) time.Time {
	y, m, d := t.Date()
	switch {
	case st.years > 0:
		return time.Date(y-mod(y, st.years), 1, 1, 0, 0, 0, 0, time.UTC)
	case st.months > 0:
		mi := int(m) - 1
		return time.Date(y, time.Month(mi-mod(mi, st.months)+1), 1, 0, 0, 0, 0, time.UTC)
	case st.days == 7:
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func mod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}

// next advances t by one step.
func next(t time.Time, st step) time.Time {
	return t.AddDate(st.years, st.months, st.days)
}

// tick builds the labelled tick at t.
func (s Scale) tick(t time.Time, st step) Tick {
	tk := Tick{X: s.X(t), Time: t, Level: st.level}
	y := t.Year()
	switch st.level {
	case LevelDay:
		tk.Label = strconv.Itoa(t.Day()) + " " + t.Month().String()[:3]
		if t.Day() <= st.days {
			tk.Major = true
			tk.Label = t.Month().String()[:3] + " " + strconv.Itoa(y)
		}
	case LevelMonth:
		tk.Label = t.Month().String()[:3]
		if t.Month() == time.January {
			tk.Major = true
			tk.Label = strconv.Itoa(y)
		}
	case LevelYear:
		tk.Label = strconv.Itoa(y)
		tk.Major = y%10 == 0
	case LevelDecade:
		tk.Label = strconv.Itoa(y) + "s"
		tk.Major = y%100 == 0
	default:
		tk.Label = strconv.Itoa(y)
		tk.Major = true
	}
	return tk
}
