/**
 * Calendar arithmetic on plain UTC dates, so no local timezone can shift a day.
 * A `Day` is days since 1970-01-01 (UTC); months are 1-12.
 */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date. Example: `dayOf({y: 1970, m: 1, d: 2})` is 1. */
export function dayOf({ y, m, d }: Ymd): number {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Calendar date of a day number. Example: `ymdOf(1)` is `{y: 1970, m: 1, d: 2}`. */
export function ymdOf(day: number): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * Reads the date part of an ISO date or date-time ("2014-10-21", "2014-10-21T09:00:00+13:00")
 * as written, without converting timezones; null when it is not one.
 */
export function parseIsoDate(iso: string | null | undefined): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return null;
  const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  if (ymd.m < 1 || ymd.m > 12 || ymd.d < 1 || ymd.d > 31) return null;
  return ymd;
}

/** Day of week, 1 = Monday ... 7 = Sunday (ISO). Example: `isoWeekday(dayOf({y:2014,m:10,d:17}))` is 5. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD". Example: `formatDay(dayOf({y: 2014, m: 10, d: 7}))` is "2014-10-07". */
export function formatDay(day: number): string {
  const { y, m, d } = ymdOf(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** "YYYY-MM". Example: `formatMonth(2014, 10)` is "2014-10". */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Shifts a year/month by `months`. Example: `addMonths(2014, 1, -2)` is `{y: 2013, m: 11}`. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** ISO week of a day, "YYYY-Www". Example: `formatWeek(dayOf({y: 2014, m: 10, d: 7}))` is "2014-W41". */
export function formatWeek(day: number): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = day - isoWeekday(day) + 4;
  const year = ymdOf(thursday).y;
  const week = Math.floor((thursday - dayOf({ y: year, m: 1, d: 1 })) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Quarter (1-4) of a month. Example: `quarterOf(10)` is 4. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}
