import { FilterOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWideScreen } from '@/lib/use-media-query';
import { useTagCatalog } from '../api/get-tag-catalog';
import { SOURCE_CHANNELS, type MemberFilterValues } from '../utils/filter';

interface Props {
  workspaceId: string;
  values: MemberFilterValues;
  onChange: (values: MemberFilterValues) => void;
  groups: { id: string; name: string }[];
  /** Extra controls from the page (e.g. the saved segment picker). */
  extra?: ReactNode;
}

/** The member list's filters; every change goes to the URL (the caller's onChange). */
export function MemberFilters({ workspaceId, values, onChange, groups, extra }: Props) {
  const { t } = useTranslation();
  const catalog = useTagCatalog(workspaceId);
  // on phones the conditions other than the search fold behind a button
  const wide = useWideScreen();
  const [showAll, setShowAll] = useState(false);
  const active = [values.tags.length > 0, values.tier, values.channel, values.groupId, values.silentDays, values.segment].filter(Boolean).length;
  // a change of any condition leaves the saved segment it came from
  const set = (patch: Partial<MemberFilterValues>) => onChange({ ...values, ...patch, segment: undefined });
  // the number is applied on Enter or when the field is left, not on every keystroke
  const [silentDraft, setSilentDraft] = useState<number | null>(values.silentDays ?? null);
  useEffect(() => setSilentDraft(values.silentDays ?? null), [values.silentDays]);
  const applySilent = () => {
    const silentDays = silentDraft !== null && Number.isInteger(silentDraft) && silentDraft >= 1 && silentDraft <= 3650 ? silentDraft : undefined;
    if (silentDays !== values.silentDays) set({ silentDays });
  };
  const tagOptions = [...new Set([...(catalog.data?.tags.map((tag) => tag.name) ?? []), ...values.tags])].map((name) => ({
    value: name,
    label: name,
  }));

  return (
    <Form layout="inline" data-testid="member-filters" style={{ rowGap: 8 }} onSubmitCapture={(e) => e.preventDefault()}>
      <Form.Item label={t('members.filters.search')} style={{ minWidth: 240 }}>
        <Input.Search
          key={values.q ?? ''}
          allowClear
          defaultValue={values.q}
          placeholder={t('members.filters.searchPlaceholder')}
          aria-label={t('members.filters.search')}
          maxLength={100}
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
      </Form.Item>
      {!wide && (
        <Form.Item>
          <Button icon={<FilterOutlined />} aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
            {t('members.filters.more', { count: active })}
          </Button>
        </Form.Item>
      )}
      {(wide || showAll) && (
        <>
        <Form.Item label={t('members.filters.tags')}>
          <Select
            mode="tags"
            style={{ minWidth: 160 }}
            aria-label={t('members.filters.tags')}
            value={values.tags}
            options={tagOptions}
            maxCount={20}
            placeholder={t('members.filters.any')}
            onChange={(tags: string[]) => set({ tags })}
          />
        </Form.Item>
        {values.tags.length > 1 && (
          <Form.Item>
            <Select
              aria-label={t('members.filters.tagMode')}
              value={values.tagMode ?? 'any'}
              onChange={(tagMode: 'any' | 'all') => set({ tagMode })}
              options={[
                { value: 'any', label: t('members.filters.tagAny') },
                { value: 'all', label: t('members.filters.tagAll') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item label={t('members.filters.tier')}>
          <Input
            key={values.tier ?? ''}
            allowClear
            style={{ width: 110 }}
            aria-label={t('members.filters.tier')}
            defaultValue={values.tier}
            maxLength={32}
            onPressEnter={(e) => set({ tier: e.currentTarget.value.trim() || undefined })}
            onBlur={(e) => {
              const tier = e.currentTarget.value.trim() || undefined;
              if (tier !== values.tier) set({ tier });
            }}
          />
        </Form.Item>
        <Form.Item label={t('members.filters.channel')}>
          <Select
            allowClear
            style={{ minWidth: 130 }}
            aria-label={t('members.filters.channel')}
            value={values.channel}
            placeholder={t('members.filters.any')}
            onChange={(channel) => set({ channel })}
            options={SOURCE_CHANNELS.map((c) => ({ value: c, label: t(`members.channel.${c}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('members.filters.group')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 160 }}
            aria-label={t('members.filters.group')}
            value={values.groupId}
            placeholder={t('members.filters.any')}
            onChange={(groupId) => set({ groupId })}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        </Form.Item>
        <Form.Item label={t('members.filters.silentDays')}>
          <Space.Compact>
            <InputNumber
              min={1}
              max={3650}
              precision={0}
              style={{ width: 90 }}
              aria-label={t('members.filters.silentDays')}
              value={silentDraft}
              onChange={(v) => setSilentDraft(typeof v === 'number' ? v : null)}
              onBlur={applySilent}
              onPressEnter={applySilent}
            />
            <Space.Addon>{t('members.filters.days')}</Space.Addon>
          </Space.Compact>
        </Form.Item>
        {extra}
        </>
      )}
      <Form.Item>
        <Button onClick={() => onChange({ tags: [] })}>{t('members.filters.clear')}</Button>
      </Form.Item>
    </Form>
  );
}
