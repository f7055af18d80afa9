import type { Strings } from '@/locales/strings';
import type zhCN from './zh-CN';

const en: Strings<typeof zhCN> = {
  ranking: {
    title: 'Group ranking (top 10)',
    metric: 'Rank by',
    rank: 'Rank',
    group: 'Group',
    value: 'Value',
    membersAtEnd: 'Members at end',
    health: 'Health',
    showHealth: 'Health check',
    empty: 'No groups yet',
    loadError: 'Could not load the group ranking',
  },
  health: {
    title: 'Health: {{name}}',
    score: 'Health score',
    points: '({{points}} / {{counted}} points)',
    period: 'Period',
    check: 'Check',
    value: 'Value',
    threshold: 'Standard',
    result: 'Result',
    passed: 'Passed',
    failed: 'Failed',
    partial: 'Partly passed ({{points}} point)',
    notCounted: 'Not counted (no denominator)',
    above: '> {{value}}',
    below: '< {{value}}',
    atMost: '≤ {{value}}',
    loadError: 'Could not load the health check',
  },
};

export default en;
