import type { TFunction } from 'i18next';
import type { MemberFilter } from '../api/list-segments';

/** A segment's filter in words ("标签 宝妈 · 沉默 ≥ 7 天"), one part per condition. */
export function describeFilter(filter: MemberFilter, t: TFunction, groupNames: ReadonlyMap<string, string>): string[] {
  const parts: string[] = [];
  if (filter.q) parts.push(t('segments.describe.q', { q: filter.q }));
  if (filter.tags?.length) {
    parts.push(
      t(filter.tagMode === 'all' && filter.tags.length > 1 ? 'segments.describe.tagsAll' : 'segments.describe.tags', {
        tags: filter.tags.join(' / '),
      }),
    );
  }
  if (filter.tier) parts.push(t('segments.describe.tier', { tier: filter.tier }));
  if (filter.channel) parts.push(t('segments.describe.channel', { channel: t(`members.channel.${filter.channel}`) }));
  if (filter.groupId) parts.push(t('segments.describe.group', { group: groupNames.get(filter.groupId) ?? filter.groupId }));
  if (filter.silentDays) parts.push(t('segments.describe.silent', { days: filter.silentDays }));
  if (filter.staff !== null && filter.staff !== undefined) parts.push(t(filter.staff ? 'segments.describe.staff' : 'segments.describe.notStaff'));
  return parts;
}
