import type { MetricThresholds } from '../api/get-metric-thresholds';

/** The figures of the summary that have a seed threshold (docs/metrics.md, Health score). */
export type ThresholdKey =
  | 'dailyActiveShare'
  | 'messagesPerMemberPerWeek'
  | 'conversionRate'
  | 'couponRedemptionRate'
  | 'acquisitionCostMinor'
  | 'responseTimeSeconds';

/** Whether a higher or a lower figure is the healthy side of the threshold. */
export const THRESHOLD_DIRECTION: Record<ThresholdKey, 'above' | 'below'> = {
  dailyActiveShare: 'above',
  messagesPerMemberPerWeek: 'above',
  conversionRate: 'above',
  couponRedemptionRate: 'above',
  acquisitionCostMinor: 'below',
  responseTimeSeconds: 'below',
};

export type Health = 'healthy' | 'unhealthy';

/**
 * healthy when the figure is strictly on the good side of the threshold (a figure equal to it
 * is not above nor below: unhealthy, as in the worked example); null when the figure is not
 * applicable or the thresholds are not known.
 */
export function judge(key: ThresholdKey, value: number | null | undefined, thresholds: MetricThresholds | undefined): Health | null {
  if (value === null || value === undefined || !thresholds) return null;
  const threshold = thresholds[key];
  const passed = THRESHOLD_DIRECTION[key] === 'above' ? value > threshold : value < threshold;
  return passed ? 'healthy' : 'unhealthy';
}
