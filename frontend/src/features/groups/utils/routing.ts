import type { Group } from '../api/list-groups';

/**
 * Where the series routes its next member: the first planned or active group, by position,
 * below its target size; undefined when every group is at its target (the API then opens a
 * new group from the series' template).
 */
export function nextInSeries(groups: readonly Group[]): Group | undefined {
  return [...groups]
    .filter((g) => (g.status === 'planned' || g.status === 'active') && g.memberCount < g.targetSize)
    .sort((a, b) => (a.seriesPosition ?? Infinity) - (b.seriesPosition ?? Infinity))[0];
}
