/**
 * Formatting of the figures of docs/metrics.md in the UI language. Every function answers
 * null for a null or missing figure: the caller shows "—" ("not applicable").
 */

import type { components } from '@/api/schema';

type Num = number | null | undefined;

const cache = new Map<string, Intl.NumberFormat>();
function nf(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    cache.set(key, format);
  }
  return format;
}

const missing = (value: Num): value is null | undefined => value === null || value === undefined || Number.isNaN(value);

/** A count: 1,234. */
export function formatCount(value: Num, language: string): string | null {
  return missing(value) ? null : nf(language, { maximumFractionDigits: 0 }).format(value);
}

/** A signed count: +20, −3, 0. */
export function formatSigned(value: Num, language: string): string | null {
  return missing(value) ? null : nf(language, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
}

/** A plain number with up to `digits` decimals (messages per member, K-factor). */
export function formatDecimal(value: Num, language: string, digits = 2): string | null {
  return missing(value) ? null : nf(language, { maximumFractionDigits: digits }).format(value);
}

/** A fraction as a percentage: 0.375 -> 37.5%. */
export function formatPercent(value: Num, language: string): string | null {
  return missing(value) ? null : nf(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** Minor units of the currency (fen for CNY, none for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Integer minor units + ISO currency: 126000 CNY -> ¥1,260.00 (zh-CN), CN¥1,260.00 (en). */
export function formatMoney(minor: Num, currency: string, language: string): string | null {
  if (missing(minor)) return null;
  const digits = currencyDigits(currency);
  const major = minor / 10 ** digits;
  try {
    return nf(language, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major);
  } catch {
    return `${nf(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major)} ${currency}`;
  }
}

/** A duration in seconds: 12.5 s under two minutes, then minutes, then hours (1 decimal). */
export function formatSeconds(value: Num, language: string): string | null {
  if (missing(value)) return null;
  if (value < 120) return nf(language, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  if (value < 7200)
    return nf(language, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 }).format(value / 60);
  return nf(language, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(value / 3600);
}

/** How a figure is shown. */
export type FigureKind = 'count' | 'signed' | 'decimal' | 'percent' | 'money' | 'seconds';

export function formatFigure(kind: FigureKind, value: Num, language: string, currency: string): string | null {
  switch (kind) {
    case 'count':
      return formatCount(value, language);
    case 'signed':
      return formatSigned(value, language);
    case 'decimal':
      return formatDecimal(value, language);
    case 'percent':
      return formatPercent(value, language);
    case 'money':
      return formatMoney(value, currency, language);
    case 'seconds':
      return formatSeconds(value, language);
  }
}

/** The checks of a group's health score (and the alert kinds named after them). */
export type CheckName = components['schemas']['HealthCheck']['check'];

/** How the value and threshold of a health check (or an alert of that kind) are shown. */
export const CHECK_KIND: Record<CheckName | 'over_capacity', FigureKind> = {
  daily_active_share: 'percent',
  messages_per_member_per_week: 'decimal',
  conversion_rate: 'percent',
  coupon_redemption_rate: 'percent',
  acquisition_cost: 'money',
  response_time: 'seconds',
  size: 'count',
  over_capacity: 'count',
};

export function isKnownCheck(kind: string): kind is CheckName | 'over_capacity' {
  return kind in CHECK_KIND;
}
