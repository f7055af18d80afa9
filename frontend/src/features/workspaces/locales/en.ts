import type { Strings } from '@/locales/strings';
import type zhCN from './zh-CN';

const en: Strings<typeof zhCN> = {
  title: 'My workspaces',
  empty: 'You have no workspace yet. Create one, or accept an invitation.',
  name: 'Name',
  role: 'My role',
  timeZone: 'Time zone',
  currency: 'Currency',
  createdAt: 'Created',
  open: 'Open',
  loadMore: 'Load more',
  loadError: 'Could not load workspaces',
  notFoundTitle: 'Workspace not found',
  notFound: 'This workspace does not exist, or you have no access to it.',
  createTitle: 'Create a workspace',
  createSubmit: 'Create',
  created: 'Workspace "{{name}}" created',
  createError: 'Could not create the workspace',
  namePlaceholder: 'e.g. Little Deer Baby Store',
  nameRequired: 'Enter a name',
  nameTooLong: 'At most 100 characters',
  currencyInvalid: 'Enter a 3-letter ISO 4217 code such as CNY',
  overview: 'Workspace overview',
  settingsTitle: 'Workspace settings',
  id: 'Workspace ID',
  updatedAt: 'Updated',
  save: 'Save',
  saved: 'Settings saved',
  saveError: 'Could not save',
  noChanges: 'Nothing to save',
  staleVersion: 'Someone changed this workspace just now; it has been reloaded, please try again.',
  readOnly: 'Only owners and admins can change the settings.',
  timeZoneLocked: 'The workspace has events, so its time zone can no longer change (metrics are counted in its local days). Save the other settings again. The server says:',
  timeZoneHelp: 'Days and weeks (starting Monday) are counted in this time zone; it cannot change once the workspace has events.',
};

export default en;
