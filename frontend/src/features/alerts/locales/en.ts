import type { Strings } from '@/locales/strings';
import type zhCN from './zh-CN';

const en: Strings<typeof zhCN> = {
  title: 'Alerts',
  intro: 'A group raises an alert when it crosses a threshold: over capacity, or a failed health check (see the metric definitions).',
  panelTitle: 'Open alerts',
  viewAll: 'All alerts',
  kind: 'Kind',
  group: 'Group',
  raisedAt: 'Raised ({{timeZone}})',
  valueVsThreshold: 'Value / threshold',
  state: 'State',
  actions: 'Actions',
  open: 'Open',
  resolved: 'Resolved',
  resolvedBy: 'Resolved {{time}} by {{who}}',
  resolvedAuto: 'Recovered {{time}}, resolved by itself',
  someone: 'unknown user',
  note: 'Note',
  notePlaceholder: 'What was done (optional), e.g. messaged the silent members, sent a welcome coupon',
  noteTooLong: 'At most 500 characters',
  resolve: 'Resolve',
  resolveTitle: 'Resolve alert',
  resolveGroup: 'Group: {{group}}',
  resolvedToast: 'Alert resolved',
  resolveError: 'Could not resolve the alert',
  cancel: 'Cancel',
  empty: 'No open alerts',
  emptyFiltered: 'No alerts match these filters',
  loadError: 'Could not load alerts',
  readOnly: 'Your role can read alerts but not resolve them.',
  filters: {
    state: 'State',
    all: 'All',
    kind: 'Kind',
    anyKind: 'All kinds',
    group: 'Group',
    anyGroup: 'All groups',
    reset: 'Clear filters',
  },
  paging: {
    first: 'Back to the first page',
    next: 'Next page',
  },
};

export default en;
