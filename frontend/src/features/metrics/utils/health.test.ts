import { describe, expect, it } from 'vitest';
import type { MetricThresholds } from '../api/get-metric-thresholds';
import { judge } from './health';

const seed: MetricThresholds = {
  dailyActiveShare: 0.3,
  messagesPerMemberPerWeek: 2,
  conversionRate: 0.05,
  couponRedemptionRate: 0.4,
  acquisitionCostMinor: 1000,
  responseTimeSeconds: 30,
  sizeBestMin: 150,
  sizeBestMax: 200,
  sizeMax: 350,
  defaults: true,
  updatedAt: null,
};

describe('health against the thresholds (docs/metrics.md worked example)', () => {
  it('passes strictly above or below, never on the threshold', () => {
    expect(judge('dailyActiveShare', 0.33, seed)).toBe('healthy');
    expect(judge('messagesPerMemberPerWeek', 1.08, seed)).toBe('unhealthy');
    expect(judge('conversionRate', 0.05, seed)).toBe('unhealthy');
    expect(judge('couponRedemptionRate', 0.44, seed)).toBe('healthy');
    expect(judge('acquisitionCostMinor', 1000, seed)).toBe('unhealthy');
    expect(judge('acquisitionCostMinor', 999, seed)).toBe('healthy');
    expect(judge('responseTimeSeconds', 102.1, seed)).toBe('unhealthy');
    expect(judge('responseTimeSeconds', 12, seed)).toBe('healthy');
  });

  it('says nothing for a figure that is not applicable or unknown thresholds', () => {
    expect(judge('conversionRate', null, seed)).toBeNull();
    expect(judge('conversionRate', 0.1, undefined)).toBeNull();
  });
});
