import type { Strings } from '@/locales/strings';
import type importsZhCN from './zh-CN';

const importsEn: Strings<typeof importsZhCN> = {
  importTitle: 'Import members from CSV',
  exportTitle: 'Export members',
  exportHelp:
    'Exports the members the member list currently shows (CSV, UTF-8 with a BOM: Excel opens it as it is), with the columns of the import: an exported file can be imported back unchanged. Phones are masked in analysts\' exports.',
  exportOpenList: 'Set a filter on the member list and use "Export CSV" there, or export every member here:',
  export: 'Export CSV',
  exportError: 'Export failed',
  drop: 'Click or drop a CSV file',
  uploading: 'Uploading…',
  hint: 'At most 50 MB, comma separated, UTF-8; importing the same file again creates nobody twice.',
  columns:
    'The first row names the columns: platform and platform_user_id are required; display_name, phone, tags (separated by |), tier, points, source_channel, notes, group_id or platform_group_id, group_role, invited_by_platform_user_id are optional.',
  uploadError: 'This file cannot be imported',
  loadError: 'Could not read the import job',
  job: 'Import job',
  progress: 'Import progress',
  rowsDone: 'Rows done / total',
  rowsImported: 'Members created',
  rowsUpdated: 'Members updated',
  rowsFailed: 'Rows with errors',
  createdAt: 'Submitted ({{timeZone}})',
  finishedAt: 'Finished ({{timeZone}})',
  jobFailed: 'The import job stopped',
  statusLabel: 'Status',
  status: {
    queued: 'Queued',
    running: 'Running',
    succeeded: 'Done',
    failed: 'Failed',
  },
  history: 'Latest imports',
  historyEmpty: 'No import yet',
  historyError: 'Could not load the imports',
  summary: 'Result',
  summaryValue: '{{imported}} created · {{updated}} updated · {{failed}} errors',
  open: 'Show',
  errors: {
    title: 'Rows with errors',
    download: 'Download the errors (CSV)',
    loadError: 'Could not load the rows with errors',
    line: 'Line',
    column: 'Column',
    wholeRow: 'whole row',
    message: 'Reason',
    more: 'Load more',
  },
};

export default importsEn;
