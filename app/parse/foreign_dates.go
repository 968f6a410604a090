package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foreignMonths maps the month names of other languages that write a date
// day first ("19. März 2026", "30 avril 2015", "5 de diciembre de 2026",
// "12 октября 2026", "3 maja 2024") to the month's number: German, French,
// Spanish, Portuguese, Italian, Dutch, Swedish, Norwegian, Danish, Turkish,
// Indonesian, and the genitive forms Russian, Polish, Ukrainian, Czech and
// Finnish dates use.
var foreignMonths = func() map[string]int {
	m := map[string]int{}
	for _, names := range []string{
		"januar februar märz april mai juni juli august september oktober november dezember",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"januari februari maart april mei juni juli augustus september oktober november december",
		"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
		"stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
		"січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня", // Ukrainian
		"ledna února března dubna května června července srpna září října listopadu prosince",    // Czech
		"tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
		"ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık", // Turkish
	} {
		for i, n := range strings.Fields(names) {
			m[n] = i + 1
		}
	}
	m["setiembre"] = 9
	// Swedish's, Norwegian's, Danish's and Indonesian's names the lists
	// above lack ("5 augusti 2026", "5. desember 2026", "5 Maret 2026").
	m["augusti"], m["marts"], m["desember"], m["maret"], m["agustus"] = 8, 3, 12, 3, 8
	// Their abbreviations, as datelines and stamps write them ("02 dic
	// 2026", "2 déc. 2026", "3. Dez. 2026", "5 set 2026"); English ones
	// are read before these.
	for _, names := range []string{
		"ene feb mar abr may jun jul ago sep oct nov dic",        // Spanish
		"janv févr mars avr mai juin juil août sept oct nov déc", // French
		"jan feb mär apr mai jun jul aug sep okt nov dez",        // German
		"gen feb mar apr mag giu lug ago set ott nov dic",        // Italian
		"jan fev mar abr mai jun jul ago set out nov dez",        // Portuguese
		"янв фев мар апр мая июн июл авг сен окт ноя дек",        // Russian ("05 дек 2026")
		"січ лют бер квіт трав черв лип серп вер жовт лист груд", // Ukrainian
		"sty lut mar kwi maj cze lip sie wrz paź lis gru",        // Polish
		"jan feb mar apr mei jun jul agu sep okt nov des",        // Indonesian ("05 Des 2026")
	} {
		for i, n := range strings.Fields(names) {
			m[n] = i + 1
		}
	}
	m["sept"], m["fév"] = 9, 2
	// Arabic, with the spellings of April and August without the hamza.
	for i, n := range strings.Fields("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر") {
		m[n] = i + 1
	}
	m["ابريل"], m["إبريل"], m["اغسطس"] = 4, 4, 8
	return m
}()

// foreignWeekdays are the weekdays a foreign date may open with ("Sonntag,
// 19. März 2026", "Jumat, 05 Des 2026", "الأحد 21 سبتمبر 2026").
var foreignWeekdays = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`montag dienstag mittwoch donnerstag freitag samstag sonntag
		lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo
		segunda-feira terça-feira quarta-feira quinta-feira sexta-feira lunedì martedì mercoledì giovedì venerdì sabato domenica
		senin selasa rabu kamis jumat sabtu minggu pazartesi salı çarşamba perşembe cuma cumartesi pazar
		måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag onsdag torsdag fredag lørdag søndag
		понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа четвер п'ятниця п’ятниця субота неділя الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت`) {
		m[n] = true
	}
	return m
}()

// ForeignMonth returns the number of a month named in another language
// (see foreignMonths), lower-cased, or 0.
func ForeignMonth(name string) int {
	return foreignMonths[name]
}

// foreignDateLen returns the length of a day-first date with a month named
// in another language at the start of s: "19. März 2026", "1er décembre
// 2026", "5 de diciembre de 2026", "12 октября 2026"; 0 if none.
//
//go:noinline
func foreignDateLen(s string) int {
	_, _, _, n := ForeignDate(s)
	return n
}

// ForeignDate reads a date at the start of s written day first with a
// month named in another language, or written year first in Chinese,
// Japanese or Korean ("2026年12月5日", "2026년 12월 5일"): the year, month
// and day, and the date's length in bytes (0 when there is none).
func ForeignDate(s string) (y, m, d, n int) {
	if y, m, d, n = cjkDate(s); n > 0 {
		return
	}
	// A weekday first: "Sonntag, 19. März 2026".
	if k := strings.IndexByte(s, ' '); k > 0 && k < 40 && (s[0] < '0' || s[0] > '9') {
		rest := strings.TrimLeft(s[k:], " ")
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' && foreignWeekdays[strings.ToLower(strings.TrimRight(s[:k], ","))] {
			if y, m, d, n = ForeignDate(rest); n > 0 {
				return y, m, d, n + len(s) - len(rest)
			}
		}
		return 0, 0, 0, 0
	}
	dl := digits(s)
	if dl == 0 || dl > 2 {
		return 0, 0, 0, 0
	}
	d = atoi(s[:dl])
	i := dl
	for _, suffix := range []string{".", "er", "º", "°"} {
		if strings.HasPrefix(s[i:], suffix) {
			i += len(suffix)
			break
		}
	}
	// Folha's "5.dez.2026": the day, the month and the year between points.
	dotted := i == dl+1 && s[dl] == '.' && i < len(s) && s[i] != ' '
	if i >= len(s) || s[i] != ' ' && !dotted {
		return 0, 0, 0, 0
	}
	if !dotted {
		i++
	}
	if strings.HasPrefix(s[i:], "de ") {
		i += 3
	}
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	m = foreignMonths[strings.ToLower(s[i:j])]
	if m == 0 {
		return 0, 0, 0, 0
	}
	i = j
	if strings.HasPrefix(s[i:], ".") || strings.HasPrefix(s[i:], ",") {
		i++
	}
	if !dotted && (i >= len(s) || s[i] != ' ') || dotted && s[i-1] != '.' {
		return 0, 0, 0, 0
	}
	if !dotted {
		i++
	}
	if strings.HasPrefix(s[i:], "de ") {
		i += 3
	}
	if digits(s[i:]) != 4 || d < 1 || d > 31 {
		return 0, 0, 0, 0
	}
	return atoi(s[i : i+4]), m, d, i + 4
}

// cjkDate reads "2026年12月5日" or "2026년 12월 5일" at the start of s.
func cjkDate(s string) (y, m, d, n int) {
	if digits(s) != 4 {
		return 0, 0, 0, 0
	}
	parts := [3]int{}
	i := 0
	for k, marks := range [3][2]string{{"年", "년"}, {"月", "월"}, {"日", "일"}} {
		dl := digits(s[i:])
		if dl == 0 || k > 0 && dl > 2 {
			return 0, 0, 0, 0
		}
		parts[k] = atoi(s[i : i+dl])
		i += dl
		switch {
		case strings.HasPrefix(s[i:], marks[0]):
			i += len(marks[0])
		case strings.HasPrefix(s[i:], marks[1]):
			i += len(marks[1])
		default:
			return 0, 0, 0, 0
		}
		if k < 2 && strings.HasPrefix(s[i:], " ") {
			i++
		}
	}
	if parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31 {
		return 0, 0, 0, 0
	}
	return parts[0], parts[1], parts[2], i
}

// atoi reads the decimal digits of s (at most a few).
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}
