const day = 86_400_000;

/**
 * A TIMEX3-style date as milliseconds (UTC) at the middle of the period it names, or null for
 * values that are not calendar dates (PRESENT_REF, P2W, XXXX-WXX).
 * Example: `dateValue('2014-10')` is 15.5 days after 2014-10-01; `dateValue('2014-10-17')` is noon that day.
 */
export function dateValue(value: string): number | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return Date.UTC(+m[1], +m[2] - 1, +m[3], 12);
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return Date.UTC(+m[1], 0, 1) + (+m[2] - 1) * 7 * day + 3.5 * day;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return Date.UTC(+m[1], (+m[2] - 1) * 3, 1) + 45 * day;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return (Date.UTC(+m[1], +m[2] - 1, 1) + Date.UTC(+m[1], +m[2], 1)) / 2;
  m = /^(\d{4})$/.exec(value);
  if (m) return (Date.UTC(+m[1], 0, 1) + Date.UTC(+m[1] + 1, 0, 1)) / 2;
  return null;
}
