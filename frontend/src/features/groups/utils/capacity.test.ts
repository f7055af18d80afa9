import { describe, expect, it } from 'vitest';
import { bestLow, capacityBand, scoreColor } from './capacity';

describe('capacity', () => {
  it('places a group of the default capacity (target 200, limit 350) in its band', () => {
    expect(bestLow(200)).toBe(150);
    expect(capacityBand(149, 200, 350)).toBe('below');
    expect(capacityBand(150, 200, 350)).toBe('best');
    expect(capacityBand(200, 200, 350)).toBe('best');
    expect(capacityBand(201, 200, 350)).toBe('above');
    expect(capacityBand(350, 200, 350)).toBe('full');
    expect(capacityBand(351, 200, 350)).toBe('full');
  });

  it('colours health scores', () => {
    expect(scoreColor(80)).toBe('success');
    expect(scoreColor(79)).toBe('warning');
    expect(scoreColor(49)).toBe('error');
  });
});
