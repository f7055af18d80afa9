const days = new Map<string, Intl.DateTimeFormat>();

/** An instant as a local day of the workspace time zone: 2026年11月22日 / Nov 22, 2026. */
export function formatDay(iso: string, language: string, timeZone: string): string {
  const key = `${language}|${timeZone}`;
  let format = days.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone });
    days.set(key, format);
  }
  return format.format(new Date(iso));
}

/** A local date (YYYY-MM-DD, already in the workspace zone) in the reader's language. */
export function formatLocalDate(date: string, language: string, weekday = true): string {
  return new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', ...(weekday ? { weekday: 'short' } : {}), timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A fraction as a percentage (0.375 -> 37.5%); "—" for none. */
export function formatShare(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
