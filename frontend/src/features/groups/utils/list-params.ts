import type { RankingMetric } from '../api/get-group-ranking';
import { GROUP_SORTS, type GroupQuery, type GroupSort } from '../api/search-groups';
import { RANKING_METRICS } from './ranking';
import { PLATFORMS, PURPOSES, STATUSES, type GroupPurpose, type GroupStatus, type Platform } from './options';

/** Groups per page of the list. */
export const GROUPS_LIST_PAGE = 20;

/** The groups list's state as kept in the URL (filters, sort, cursor), each key optional. */
export interface ListParams {
  q?: string;
  platform?: Platform;
  purpose?: GroupPurpose;
  status?: GroupStatus;
  tag?: string;
  series?: string;
  mine?: boolean;
  sort?: GroupSort;
  /** Sort by a figure of the last 30 days (the group-ranking endpoint) instead. */
  rank?: RankingMetric;
  cursor?: string;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads the list's state from the URL; unknown values are ignored. */
export function readListParams(search: URLSearchParams): ListParams {
  const text = (key: string) => search.get(key)?.trim() || undefined;
  return {
    q: text('q'),
    platform: pick(search.get('platform'), PLATFORMS),
    purpose: pick(search.get('purpose'), PURPOSES),
    status: pick(search.get('status'), STATUSES),
    tag: text('tag'),
    series: text('series'),
    mine: search.get('mine') === 'true' || undefined,
    sort: pick(search.get('sort'), GROUP_SORTS),
    rank: pick(search.get('rank'), RANKING_METRICS),
    cursor: text('cursor'),
  };
}

/** The URL of a state: only the keys that are set, so links stay short. */
export function writeListParams(params: ListParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && value !== false) out.set(key, String(value));
  }
  return out;
}

/** The API query of a state (GET .../groups). */
export function toGroupQuery(p: ListParams): GroupQuery {
  return {
    limit: GROUPS_LIST_PAGE,
    sort: p.sort ?? '-createdAt',
    ...(p.q ? { q: p.q } : {}),
    ...(p.platform ? { platform: p.platform } : {}),
    ...(p.purpose ? { purpose: p.purpose } : {}),
    ...(p.status ? { status: p.status } : {}),
    ...(p.tag ? { tag: p.tag } : {}),
    ...(p.series ? { seriesId: p.series } : {}),
    ...(p.mine ? { mine: true } : {}),
    ...(p.cursor ? { cursor: p.cursor } : {}),
  };
}
