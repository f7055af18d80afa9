/** Formatting of member data in the reader's language and the workspace's time zone. */

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date-time in the workspace time zone: 2026年11月23日 20:05 / Nov 23, 2026, 8:05 PM. "" for none. */
export function formatInZone(iso: string | null | undefined, language: string, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${language}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    } catch {
      format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    }
    formats.set(key, format);
  }
  return format.format(date);
}

/** Integer minor units + ISO currency in the reader's language: 12800 CNY -> ¥128.00. */
export function formatMoney(minor: number | null | undefined, currency: string | null | undefined, language: string): string {
  if (minor === null || minor === undefined) return '';
  const code = currency ?? 'CNY';
  try {
    const nf = new Intl.NumberFormat(language, { style: 'currency', currency: code });
    const digits = nf.resolvedOptions().maximumFractionDigits ?? 2;
    return nf.format(minor / 10 ** digits);
  } catch {
    return `${minor / 100} ${code}`;
  }
}

export function formatNumber(value: number | null | undefined, language: string): string {
  return value === null || value === undefined ? '' : new Intl.NumberFormat(language).format(value);
}
