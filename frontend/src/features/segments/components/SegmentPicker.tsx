import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSegments, type Segment } from '../api/list-segments';

/** Picks a saved segment (with its live count); the caller applies its filter. */
export function SegmentPicker({
  workspaceId,
  value,
  onPick,
}: {
  workspaceId: string;
  value?: string;
  onPick: (segment: Segment | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const { items, isPending } = useSegments(workspaceId);
  const nf = new Intl.NumberFormat(i18n.language);
  return (
    <Form.Item label={t('segments.pick')}>
      <Select
        allowClear
        loading={isPending}
        style={{ minWidth: 180 }}
        aria-label={t('segments.pick')}
        placeholder={t('segments.none')}
        value={items.some((s) => s.id === value) ? value : undefined}
        onChange={(id?: string) => onPick(items.find((s) => s.id === id))}
        options={items.map((s) => ({ value: s.id, label: `${s.name} (${nf.format(s.memberCount)})` }))}
      />
    </Form.Item>
  );
}
