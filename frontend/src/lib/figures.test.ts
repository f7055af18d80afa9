import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatMoney, formatPercent, formatSeconds, formatSigned } from './figures';

describe('figure formatting', () => {
  it('shows fractions as percentages', () => {
    expect(formatPercent(0.375, 'zh-CN')).toBe('37.5%');
    expect(formatPercent(0.05, 'en')).toBe('5%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('shows integer minor units in the currency of the workspace, in the UI language', () => {
    expect(formatMoney(126000, 'CNY', 'zh-CN')).toBe('¥1,260.00');
    expect(formatMoney(126000, 'CNY', 'en')).toBe('CN¥1,260.00');
    expect(formatMoney(1000, 'CNY', 'zh-CN')).toBe('¥10.00');
    expect(formatMoney(18000.5, 'CNY', 'zh-CN')).toBe('¥180.01');
    // no minor unit in yen
    expect(formatMoney(1260, 'JPY', 'en')).toBe('¥1,260');
  });

  it('shows durations in seconds, then minutes, then hours', () => {
    expect(formatSeconds(102.125, 'zh-CN')).toBe('102.1秒');
    expect(formatSeconds(45, 'en')).toBe('45 sec');
    expect(formatSeconds(400, 'en')).toBe('6.7 min');
    expect(formatSeconds(9000, 'en')).toBe('2.5 hr');
  });

  it('shows counts, signed growth and decimals', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatSigned(20, 'zh-CN')).toBe('+20');
    expect(formatSigned(-3, 'en')).toBe('-3');
    expect(formatSigned(0, 'en')).toBe('0');
    expect(formatDecimal(1.0833, 'en')).toBe('1.08');
  });

  it('answers null for a figure that is not applicable', () => {
    expect(formatPercent(null, 'zh-CN')).toBeNull();
    expect(formatMoney(null, 'CNY', 'zh-CN')).toBeNull();
    expect(formatSeconds(undefined, 'en')).toBeNull();
    expect(formatDecimal(null, 'en')).toBeNull();
  });
});
