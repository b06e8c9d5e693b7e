const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An input's publication date as ISO 8601: ISO dates and date-times are kept as written (their
 * own time zone keeps the local calendar day); other forms (RFC 822 "Tue, 07 Oct 2014 09:00:00
 * +1300", "October 7, 2014") are parsed and given in UTC. Unparseable or empty → null, never today.
 * Example: `normalizeDate('Tue, 07 Oct 2014 09:00:00 GMT')` → '2014-10-07T09:00:00.000Z'.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  if (!s) return null;
  if (ISO.test(s)) return s.replace(' ', 'T');
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1800 && year <= 2200 ? new Date(ms).toISOString() : null;
}
