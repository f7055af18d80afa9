import { DatePicker, Flex, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { localToday, MAX_RANGE_DAYS, RANGE_PRESETS, type DayRange, type RangePreset } from '@/lib/day-range';

interface Props {
  timeZone: string;
  preset: RangePreset;
  range: DayRange;
  onPreset: (preset: Exclude<RangePreset, 'custom'>) => void;
  onCustom: (range: DayRange) => void;
  groups: { id: string; name: string }[];
  groupsTruncated: boolean;
  groupsLoading: boolean;
  groupId: string | undefined;
  onGroup: (groupId: string | undefined) => void;
}

const DAY = 'YYYY-MM-DD';

/** Period (presets or custom days of the workspace) and scope (workspace or one group). */
export function DashboardFilters(props: Props) {
  const { t } = useTranslation();
  const { timeZone, preset, range, groups, groupId } = props;
  const today = localToday(timeZone);

  return (
    <Flex vertical gap={8} data-testid="dashboard-filters">
      <Flex wrap gap={12} align="center">
        <Radio.Group
          aria-label={t('metrics.rangeLabel')}
          optionType="button"
          value={preset}
          onChange={(e) => {
            const value = e.target.value as RangePreset;
            if (value !== 'custom') props.onPreset(value);
          }}
          options={RANGE_PRESETS.map((p) => ({ value: p, label: t(`metrics.range.${p}`), disabled: p === 'custom' }))}
        />
        <DatePicker.RangePicker
          aria-label={t('metrics.range.custom')}
          allowClear={false}
          value={[dayjs(range.from, DAY), dayjs(range.to, DAY)]}
          // days after today (in the workspace's zone) have no figures yet
          disabledDate={(d: Dayjs, info) =>
            d.format(DAY) > today ||
            Boolean(info?.from && Math.abs(d.diff(info.from, 'day')) >= MAX_RANGE_DAYS)
          }
          onChange={(values) => {
            const [from, to] = values ?? [];
            if (from && to) props.onCustom({ from: from.format(DAY), to: to.format(DAY) });
          }}
        />
        <Select<string>
          aria-label={t('metrics.scopeLabel')}
          value={groupId ?? ''}
          loading={props.groupsLoading}
          onChange={(value) => props.onGroup(value || undefined)}
          style={{ minWidth: 220 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            { value: '', label: t('metrics.scopeWorkspace') },
            ...groups.map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
      </Flex>
      <Typography.Text type="secondary" data-testid="range-hint">
        {t('metrics.rangeHint', { timeZone, from: range.from, to: range.to })}
        {props.groupsTruncated && ` · ${t('metrics.scopeGroupsMore', { count: groups.length })}`}
      </Typography.Text>
    </Flex>
  );
}
