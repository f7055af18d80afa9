export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_CURRENCY = 'CNY';
const COMMON_TIME_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'];
const COMMON_CURRENCIES = ['CNY', 'HKD', 'TWD', 'SGD', 'JPY', 'USD', 'EUR'];

/** Common time zones first, then every IANA zone the browser knows. */
export function timeZoneOptions(current?: string) {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  const all = intl.supportedValuesOf?.('timeZone') ?? [];
  return [...new Set([...COMMON_TIME_ZONES, ...(current ? [current] : []), ...all])].map((z) => ({ value: z, label: z }));
}

export function currencyOptions(current?: string) {
  return [...new Set([...COMMON_CURRENCIES, ...(current ? [current] : [])])].map((c) => ({ value: c, label: c }));
}

export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
