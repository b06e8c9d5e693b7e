/** How many articles fall in one period ("2014-10-21", "2014-W43", "2014-10"). */
export interface PeriodCount {
  readonly period: string;
  readonly count: number;
}

function isoWeek(iso: string): string {
  const date = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  // The ISO week belongs to the year of its Thursday; count Thursdays since that year began.
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 604_800_000);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function tally(keys: string[]): PeriodCount[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([period, count]) => ({ period, count }));
}

/**
 * Article counts per day, ISO week and month over the dated articles (undated ones are left
 * out). Example: `articleCounts(['2014-10-07', '2014-10-21']).month` → [{period: '2014-10', count: 2}].
 */
export function articleCounts(dates: readonly (string | null)[]): { day: PeriodCount[]; week: PeriodCount[]; month: PeriodCount[] } {
  const dated = dates.filter((d): d is string => !!d && !Number.isNaN(Date.parse(d.slice(0, 10))));
  return { day: tally(dated.map((d) => d.slice(0, 10))), week: tally(dated.map(isoWeek)), month: tally(dated.map((d) => d.slice(0, 7))) };
}
