import type { Strings } from '@/locales/strings';
import type zhCN from './zh-CN';

const en: Strings<typeof zhCN> = {
  title: 'Audit log',
  intro: 'Who changed what and when, newest first.',
  time: 'Time ({{timeZone}})',
  actor: 'By',
  action: 'Action',
  entity: 'Record',
  details: 'Details',
  entityType: 'Record type',
  anyEntityType: 'All records',
  entityId: 'Record id',
  entityIdPlaceholder: 'Filter by record id (UUID)',
  entityIdInvalid: 'Enter a whole UUID',
  reset: 'Clear filters',
  first: 'Back to the first page',
  next: 'Next page',
  empty: 'Nothing recorded',
  loadError: 'Could not load the audit log',
  managersOnly: 'Only owners and admins can read the audit log.',
  client: 'partner {{clientId}}',
  entityTypes: {
    workspace: 'Workspace',
    access: 'Access',
    invitation: 'Invitation',
    group: 'Group',
    series: 'Group series',
    member: 'Member',
    membership: 'Membership',
    tag: 'Tag',
    segment: 'Segment',
    member_import: 'Member import',
    alert: 'Alert',
  },
};

export default en;
