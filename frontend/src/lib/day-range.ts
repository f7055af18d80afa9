/** A period of local days of the workspace, `from` and `to` both included (YYYY-MM-DD). */
export interface DayRange {
  from: string;
  to: string;
}

export type RangePreset = 'last7' | 'last30' | 'thisMonth' | 'custom';
export const RANGE_PRESETS: readonly RangePreset[] = ['last7', 'last30', 'thisMonth', 'custom'];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date (YYYY-MM-DD) in a time zone, at the instant `now`. */
export function localToday(timeZone: string, now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD; formatToParts keeps it independent of that detail
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A calendar date plus `days` (negative: earlier), as YYYY-MM-DD; no time zone involved. */
export function addDays(day: string, days: number): string {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not a date: ${day}`);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return date.toISOString().slice(0, 10);
}

/**
 * The days of a preset, counted in the workspace's time zone (not the browser's): "last 7
 * days" is today and the 6 days before it, "this month" runs from the 1st to today.
 */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, timeZone: string, now: Date = new Date()): DayRange {
  const today = localToday(timeZone, now);
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 8)}01`, to: today };
  }
}

/** Number of days of a range, both ends included. */
export function rangeDays(range: DayRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The API accepts at most 400 days. */
export const MAX_RANGE_DAYS = 400;

/** The period of the same length just before `range` (what a figure is compared with). */
export function previousRange(range: DayRange): DayRange {
  const days = rangeDays(range);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}
