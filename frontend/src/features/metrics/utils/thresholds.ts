import type { MetricThresholds } from '../api/get-metric-thresholds';

export type ThresholdField = Exclude<keyof MetricThresholds, 'defaults' | 'updatedAt'>;

/**
 * The seed benchmarks every workspace starts with (docs/metrics.md, "Health score of a group";
 * the server answers them with `defaults: true` until a workspace changes them). Resetting a
 * threshold puts this value back.
 */
export const SEED_THRESHOLDS: Record<ThresholdField, number> = {
  dailyActiveShare: 0.3,
  messagesPerMemberPerWeek: 2,
  conversionRate: 0.05,
  couponRedemptionRate: 0.4,
  acquisitionCostMinor: 1000,
  responseTimeSeconds: 30,
  sizeBestMin: 150,
  sizeBestMax: 200,
  sizeMax: 350,
};

/** How each threshold is entered: shares as percentages, money in major units. */
export const THRESHOLD_UNIT: Record<ThresholdField, 'percent' | 'decimal' | 'money' | 'seconds' | 'count'> = {
  dailyActiveShare: 'percent',
  messagesPerMemberPerWeek: 'decimal',
  conversionRate: 'percent',
  couponRedemptionRate: 'percent',
  acquisitionCostMinor: 'money',
  responseTimeSeconds: 'seconds',
  sizeBestMin: 'count',
  sizeBestMax: 'count',
  sizeMax: 'count',
};

export const THRESHOLD_FIELDS = Object.keys(THRESHOLD_UNIT) as ThresholdField[];

/** API value -> what the form shows (0.3 -> 30 %, 1000 fen -> 10 yuan). */
export function toInput(field: ThresholdField, value: number, currencyDigits: number): number {
  switch (THRESHOLD_UNIT[field]) {
    case 'percent':
      return round(value * 100, 2);
    case 'money':
      return round(value / 10 ** currencyDigits, currencyDigits);
    default:
      return value;
  }
}

/** What the form shows -> API value (30 % -> 0.3, at most 4 decimals as the API takes). */
export function fromInput(field: ThresholdField, value: number, currencyDigits: number): number {
  switch (THRESHOLD_UNIT[field]) {
    case 'percent':
      return round(value / 100, 4);
    case 'money':
      return Math.round(value * 10 ** currencyDigits);
    case 'count':
      return Math.round(value);
    default:
      return round(value, 2);
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
