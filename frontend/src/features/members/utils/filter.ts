import type { components, paths } from '@/api/schema';

export type MemberFilter = components['schemas']['MemberFilter'];
export type SourceChannel = components['schemas']['SourceChannel'];
export type MemberListQuery = NonNullable<
  paths['/api/v1/workspaces/{workspaceId}/members']['get']['parameters']['query']
>;

export const SOURCE_CHANNELS: SourceChannel[] = [
  'package_card',
  'store_service',
  'phone_invitation',
  'referral',
  'offline',
  'partner_exchange',
  'content',
  'other',
];

/** The member list's filter as it lives in the URL (search parameters). */
export interface MemberFilterValues {
  q?: string;
  tags: string[];
  tagMode?: 'any' | 'all';
  tier?: string;
  channel?: SourceChannel;
  groupId?: string;
  silentDays?: number;
  /** The saved segment the filter came from (shown only; the filter itself is in the other values). */
  segment?: string;
}

/** The URL parameters the filter uses (cleared together). */
export const FILTER_PARAMS = ['q', 'tag', 'tagMode', 'tier', 'channel', 'groupId', 'silentDays', 'segment', 'cursor'];

function text(value: string | null): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

export function readFilter(params: URLSearchParams): MemberFilterValues {
  const channel = params.get('channel');
  const tagMode = params.get('tagMode');
  const silent = Number(params.get('silentDays'));
  return {
    q: text(params.get('q')),
    tags: params.getAll('tag').filter(Boolean),
    tagMode: tagMode === 'all' || tagMode === 'any' ? tagMode : undefined,
    tier: text(params.get('tier')),
    channel: SOURCE_CHANNELS.includes(channel as SourceChannel) ? (channel as SourceChannel) : undefined,
    groupId: text(params.get('groupId')),
    silentDays: Number.isInteger(silent) && silent >= 1 && silent <= 3650 ? silent : undefined,
    segment: text(params.get('segment')),
  };
}

/** The URL with the filter replaced (and the cursor dropped: a new filter starts at page one). */
export function writeFilter(params: URLSearchParams, values: MemberFilterValues): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const p of FILTER_PARAMS) next.delete(p);
  if (values.q) next.set('q', values.q);
  for (const tag of values.tags) next.append('tag', tag);
  if (values.tagMode && values.tags.length > 1) next.set('tagMode', values.tagMode);
  if (values.tier) next.set('tier', values.tier);
  if (values.channel) next.set('channel', values.channel);
  if (values.groupId) next.set('groupId', values.groupId);
  if (values.silentDays) next.set('silentDays', String(values.silentDays));
  if (values.segment) next.set('segment', values.segment);
  return next;
}

/** Query parameters of GET /members and /members/export. */
export function toQuery(values: MemberFilterValues): MemberListQuery {
  return {
    ...(values.q ? { q: values.q } : {}),
    ...(values.tags.length ? { tag: values.tags } : {}),
    ...(values.tagMode && values.tags.length > 1 ? { tagMode: values.tagMode } : {}),
    ...(values.tier ? { tier: values.tier } : {}),
    ...(values.channel ? { channel: values.channel } : {}),
    ...(values.groupId ? { groupId: values.groupId } : {}),
    ...(values.silentDays ? { silentDays: values.silentDays } : {}),
  };
}

/** The API's MemberFilter (bulk tagging, segments): absent means any. */
export function toApiFilter(values: MemberFilterValues): MemberFilter {
  const { tag, ...rest } = toQuery(values);
  return { ...rest, ...(tag ? { tags: tag } : {}) };
}

/** A segment's filter as URL values. */
export function fromApiFilter(filter: MemberFilter, segment?: string): MemberFilterValues {
  return {
    q: filter.q ?? undefined,
    tags: filter.tags ?? [],
    tagMode: filter.tagMode ?? undefined,
    tier: filter.tier ?? undefined,
    channel: filter.channel ?? undefined,
    groupId: filter.groupId ?? undefined,
    silentDays: filter.silentDays ?? undefined,
    segment,
  };
}

export function isEmptyFilter(values: MemberFilterValues): boolean {
  return Object.keys(toQuery(values)).length === 0;
}
