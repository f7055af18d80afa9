import type { Strings } from '@/locales/strings';
import type zhCN from './zh-CN';

const en: Strings<typeof zhCN> = {
  title: 'Pending invitations',
  empty: 'No pending invitations.',
  invitedAs: 'You are invited as {{role}}',
  accept: 'Accept',
  accepted: 'You joined "{{name}}"',
  acceptError: 'Could not accept the invitation',
  loadError: 'Could not load invitations',
};

export default en;
