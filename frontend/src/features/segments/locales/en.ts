import type { Strings } from '@/locales/strings';
import type segmentsZhCN from './zh-CN';

const segmentsEn: Strings<typeof segmentsZhCN> = {
  title: 'Segments',
  help: "A segment is a saved member filter; its count is worked out live. Opening a segment applies its filter to the member list.",
  pick: 'Segment',
  none: 'No segment',
  save: 'Save as segment',
  saveTitle: 'Save the current filter as a segment',
  saveSubmit: 'Save',
  saved: 'Segment "{{name}}" saved: {{members}} members now',
  saveError: 'Could not save the segment',
  cancel: 'Cancel',
  everybody: 'No condition (every member)',
  name: 'Name',
  nameRequired: 'Enter a name',
  nameTooLong: 'At most 100 characters',
  namePlaceholder: 'e.g. Mums silent for 7 days',
  filter: 'Conditions',
  count: 'Members now',
  actions: 'Actions',
  delete: 'Delete',
  deleteConfirm: 'Delete the segment "{{name}}"? Its members are not touched.',
  deleted: 'Segment deleted',
  deleteError: 'Could not delete the segment',
  empty: 'No segment yet: set a filter on the member list, then "Save as segment".',
  loadError: 'Could not load the segments',
  more: 'Load more',
  describe: {
    q: 'Search "{{q}}"',
    tags: 'Any tag of: {{tags}}',
    tagsAll: 'All tags of: {{tags}}',
    tier: 'Tier {{tier}}',
    channel: 'Source {{channel}}',
    group: 'In "{{group}}"',
    silent: 'Silent ≥ {{days}} days',
    staff: 'Staff',
    notStaff: 'Not staff',
  },
};

export default segmentsEn;
