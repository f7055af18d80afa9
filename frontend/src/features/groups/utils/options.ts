import type { components } from '@/api/schema';

export type Platform = components['schemas']['Platform'];
export type GroupPurpose = components['schemas']['GroupPurpose'];
export type GroupStatus = components['schemas']['GroupStatus'];
export type EntryThreshold = components['schemas']['EntryThreshold'];

export const PLATFORMS: readonly Platform[] = ['wechat', 'wecom', 'qq', 'wangwang', 'dingtalk', 'telegram', 'whatsapp', 'discord', 'other'];
export const PURPOSES: readonly GroupPurpose[] = ['deals', 'vip', 'learning', 'interest', 'industry', 'resource', 'other'];
export const STATUSES: readonly GroupStatus[] = ['planned', 'active', 'dormant', 'archived'];
export const ENTRY_THRESHOLDS: readonly EntryThreshold[] = ['none', 'purchase', 'follow', 'invitation', 'paid', 'review'];

export const STATUS_COLORS: Record<GroupStatus, string> = {
  planned: 'blue',
  active: 'green',
  dormant: 'orange',
  archived: 'default',
};
