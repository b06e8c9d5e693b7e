/** ISO date (YYYY-MM-DD) of a day number (days since 1970-01-01). Example: `isoDay(1) === '1970-01-02'`. */
export function isoDay(day: number | null): string | null {
  return day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
}
