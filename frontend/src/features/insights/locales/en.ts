import type { Strings } from '@/locales/strings';
import type insightsZhCN from './zh-CN';

const insightsEn: Strings<typeof insightsZhCN> = {
  title: 'Insights',
  group: 'Group',
  allGroups: 'All groups',
  member: 'Member',
  unnamed: '(no name)',
  more: 'Load more',
  daysValue: '{{days}} days',
  tabs: {
    silent: 'Silent members',
    contributors: 'Top contributors',
    retention: 'Retention',
    lifecycle: 'Group lifecycle',
  },
  silent: {
    days: 'Silent for more than (days)',
    help: 'Current members with nothing but joins and leaves for more than {{days}} days (counted from the join when nothing since): reach out to them privately. Days in the workspace time zone {{timeZone}}.',
    joinedAt: 'Joined',
    lastActiveAt: 'Last active',
    silentFor: 'Silent for',
    never: 'Never active',
    empty: 'No silent member',
    loadError: 'Could not load the silent members',
    export: 'Export the outreach list (CSV)',
    exportError: 'Export failed',
    capped: 'The list holds the first {{max}} members only',
  },
  contributors: {
    kind: 'Kind',
    kinds: {
      talkers: 'Talkers',
      check_in_streak: 'Check-in streaks',
      ugc_posters: 'UGC posters',
      inviters: 'Inviters',
    },
    values: {
      talkers: 'Messages',
      check_in_streak: 'Days in a row',
      ugc_posters: 'Posts',
      inviters: 'Members brought in',
    },
    rank: 'Rank',
    streak: 'Streak',
    range: '{{from}} to {{to}} ({{timeZone}}), staff left out',
    empty: 'Nobody of this kind in the period',
    loadError: 'Could not load the top contributors',
  },
  retention: {
    help: 'Members grouped by the day of their first join (workspace time zone {{timeZone}}): the share still active (anything but joins and leaves) on day N; the cohorts of the last 30 days.',
    cohort: 'Joined on',
    size: 'Size',
    day1: 'Day 1',
    day7: 'Day 7',
    day30: 'Day 30',
    pending: 'not yet',
    cell: '{{retained}} of {{size}}',
    empty: 'No new member in the period',
    loadError: 'Could not load the retention',
  },
  lifecycle: {
    compare: 'Groups to compare (at most {{max}})',
    comparePlaceholder: 'Choose groups to compare with the average of all groups',
    help: "Across: the group's age in days (day 0 is its first member's join day); up: the share of its members active that day. Most commercial groups go quiet within 2-3 days to a week.",
    allGroups: 'Average of all groups',
    age: 'Group age (days)',
    groupCount: 'The average covers {{count}} groups',
    loadError: 'Could not load the lifecycle curves',
  },
};

export default insightsEn;
