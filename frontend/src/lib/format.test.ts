import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it("shows the wall-clock time of the workspace's zone, not the browser's", () => {
    // 16:00 UTC is midnight of the next day in Shanghai, 08:00 the same day in Los Angeles
    expect(formatDateTime('2026-11-22T16:00:00Z', 'en', 'Asia/Shanghai')).toBe('Nov 23, 2026, 12:00 AM');
    expect(formatDateTime('2026-11-22T16:00:00Z', 'en', 'America/Los_Angeles')).toBe('Nov 22, 2026, 8:00 AM');
    expect(formatDateTime('2026-11-22T16:00:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月23日 00:00');
  });

  it('answers "" for a missing time', () => {
    expect(formatDateTime(null, 'en', 'UTC')).toBe('');
  });
});
