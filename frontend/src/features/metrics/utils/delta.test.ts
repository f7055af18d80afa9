import { describe, expect, it } from 'vitest';
import { previousRange } from '@/lib/day-range';
import { delta } from './delta';

const zh = { language: 'zh-CN', currency: 'CNY', points: (v: string) => `${v} 个百分点` };

describe('change against the previous period', () => {
  it('is the period of the same length just before', () => {
    expect(previousRange({ from: '2026-11-16', to: '2026-11-22' })).toEqual({ from: '2026-11-09', to: '2026-11-15' });
    expect(previousRange({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' });
  });

  it('counts change by number and share of the previous figure', () => {
    expect(delta('count', 30, 24, zh)).toEqual({ change: '+6', relative: '+25%', direction: 'up', good: true });
    expect(delta('count', 20, 24, zh)).toMatchObject({ change: '-4', relative: '-16.7%', direction: 'down', good: false });
    expect(delta('count', 5, 5, zh)).toEqual({ change: '0', relative: null, direction: 'flat', good: null });
    expect(delta('count', 5, 0, zh)?.relative).toBeNull();
  });

  it('shares change in percentage points; lower is better for cost and response time', () => {
    expect(delta('percent', 0.375, 0.35, zh)).toMatchObject({ change: '+2.5 个百分点', relative: null, good: true });
    expect(delta('money', 1200, 1000, { ...zh, lowerIsBetter: true })).toMatchObject({
      change: '+¥2.00',
      relative: '+20%',
      direction: 'up',
      good: false,
    });
    expect(delta('seconds', 45, 102.1, { ...zh, lowerIsBetter: true })).toMatchObject({ change: '-57.1秒', good: true });
    expect(delta('money', 30000, 20000, { ...zh, neutral: true })?.good).toBeNull();
  });

  it('says nothing when either period has no figure', () => {
    expect(delta('percent', null, 0.3, zh)).toBeNull();
    expect(delta('percent', 0.3, null, zh)).toBeNull();
  });
});
