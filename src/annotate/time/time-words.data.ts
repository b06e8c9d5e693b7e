/**
 * English calendar words for the time rules. Hand-kept from the Gregorian calendar, the TimeML
 * TIMEX3 guidelines (v1.2.1: season codes SP/SU/FA/WI, part-of-day codes MO/AF/EV/NI, duration
 * units) and the AP Stylebook month abbreviations (Jan., Feb., Aug., Sept., Oct., Nov., Dec.).
 */

/** Month name or abbreviation (lower case, no dot) -> 1-12. */
export const monthNumbers: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Full month names (and AP abbreviations) as a regex alternation, longest first. */
export const monthPattern =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';

/** Weekday name -> ISO weekday (1 = Monday). */
export const weekdayNumbers: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const weekdayPattern = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Season -> TIMEX3 code and its first month (winter starts in December). */
export const seasons: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 3 }, summer: { code: 'SU', month: 6 },
  fall: { code: 'FA', month: 9 }, autumn: { code: 'FA', month: 9 }, winter: { code: 'WI', month: 12 },
};

/** Part of day -> TIMEX3 suffix ("Friday night" -> "...TNI"). */
export const partsOfDay: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI',
};

/** Duration unit (singular, lower case) -> TIMEX3 unit letter(s); time units follow "T". */
export const durationUnits: Record<string, { unit: string; time: boolean }> = {
  second: { unit: 'S', time: true }, minute: { unit: 'M', time: true }, hour: { unit: 'H', time: true },
  day: { unit: 'D', time: false }, week: { unit: 'W', time: false }, weekend: { unit: 'WE', time: false },
  month: { unit: 'M', time: false }, quarter: { unit: 'Q', time: false }, year: { unit: 'Y', time: false },
  decade: { unit: 'DE', time: false }, century: { unit: 'CE', time: false },
};

/** Number words used in durations and offsets ("two weeks", "a year ago"). */
export const numberWords: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, couple: 2, 'a couple of': 2,
};

/** Ordinals for quarters and halves ("the third quarter"). */
export const ordinals: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

export const numberPattern =
  '\\d{1,3} 1/2|\\d{1,3}(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b|an? hundred|an? thousand|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|many|a few|a couple of|couple of';

export const unitPattern = 'seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century';

/** Fixed-date holidays (month, day). */
export const holidays: Record<string, { m: number; d: number }> = {
  'christmas day': { m: 12, d: 25 }, christmas: { m: 12, d: 25 }, 'christmas eve': { m: 12, d: 24 },
  "new year's day": { m: 1, d: 1 }, "new year's eve": { m: 12, d: 31 },
  'independence day': { m: 7, d: 4 }, 'valentine\'s day': { m: 2, d: 14 }, 'halloween': { m: 10, d: 31 },
};

/**
 * US holidays on the nth weekday of a month (nth -1: the last), shifted by `shift` days; from
 * 5 U.S.C. 6103 and 2 U.S.C. 7 (Election Day: the Tuesday after the first Monday of November).
 */
export const floatingHolidays: Record<string, { m: number; weekday: number; nth: number; shift: number }> = {
  thanksgiving: { m: 11, weekday: 4, nth: 4, shift: 0 },
  'labor day': { m: 9, weekday: 1, nth: 1, shift: 0 },
  'memorial day': { m: 5, weekday: 1, nth: -1, shift: 0 },
  'election day': { m: 11, weekday: 1, nth: 1, shift: 1 },
};
