import { describe, expect, it } from 'vitest';
import { addDays, localToday, presetRange, rangeDays } from './day-range';

// 2026-11-30 17:30 UTC is already 2026-12-01 01:30 in Shanghai, still 11-30 in Los Angeles
const now = new Date('2026-11-30T17:30:00Z');

describe('day ranges', () => {
  it('takes today in the workspace time zone, not the browser one', () => {
    expect(localToday('Asia/Shanghai', now)).toBe('2026-12-01');
    expect(localToday('America/Los_Angeles', now)).toBe('2026-11-30');
    expect(localToday('UTC', now)).toBe('2026-11-30');
  });

  it('turns presets into local days, both ends included', () => {
    expect(presetRange('last7', 'Asia/Shanghai', now)).toEqual({ from: '2026-11-25', to: '2026-12-01' });
    expect(presetRange('last30', 'Asia/Shanghai', now)).toEqual({ from: '2026-11-02', to: '2026-12-01' });
    expect(presetRange('thisMonth', 'Asia/Shanghai', now)).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(presetRange('thisMonth', 'America/Los_Angeles', now)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(rangeDays(presetRange('last7', 'UTC', now))).toBe(7);
    expect(rangeDays(presetRange('last30', 'UTC', now))).toBe(30);
  });

  it('adds days over month, year and leap-day edges', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
