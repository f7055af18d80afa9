/**
 * A date-time in the reader's language, or "" for a missing value. With `timeZone` (the
 * workspace's), the wall-clock time of that zone, whatever the browser's zone is; callers
 * label it with the zone (column title or suffix).
 */
export function formatDateTime(iso: string | null | undefined, language: string, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(
    date,
  );
}
