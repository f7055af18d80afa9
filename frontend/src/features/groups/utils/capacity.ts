/**
 * Where a group's size stands against its capacity. The best band is 75 %–100 % of the target
 * size: 150–200 members for the defaults (target 200, hard limit 350: "at most 350 members,
 * 150-200 is best").
 */
export type CapacityBand = 'below' | 'best' | 'above' | 'full';

export function bestLow(targetSize: number): number {
  return Math.round(targetSize * 0.75);
}

export function capacityBand(memberCount: number, targetSize: number, hardLimit: number): CapacityBand {
  if (memberCount >= hardLimit) return 'full';
  if (memberCount > targetSize) return 'above';
  if (memberCount >= bestLow(targetSize)) return 'best';
  return 'below';
}

/** Health score colours: 80 and above good, 50 and above fair, below 50 poor. */
export function scoreColor(score: number): 'success' | 'warning' | 'error' {
  if (score >= 80) return 'success';
  if (score >= 50) return 'warning';
  return 'error';
}
