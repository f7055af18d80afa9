import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Radio, Row, Skeleton, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/app/paths';
import { useTabParam } from '@/lib/use-tab-param';
import { useGroup } from '@/features/groups/api/get-group';
import { GroupHeader } from '@/features/groups/components/GroupHeader';
import { GroupHealthDetails } from '@/features/groups/components/GroupHealthDetails';
import { GroupMembers } from '@/features/groups/components/GroupMembers';
import { GroupRouting } from '@/features/groups/components/GroupRouting';
import { GroupTexts } from '@/features/groups/components/GroupTexts';
import { GroupTimeline } from '@/features/groups/components/GroupTimeline';
import { LifecycleChart } from '@/features/groups/components/LifecycleChart';
import { useMetricThresholds } from '@/features/metrics/api/get-metric-thresholds';
import type { SeriesInterval } from '@/features/metrics/api/get-metrics-series';
import { useMetricsSummary } from '@/features/metrics/api/get-metrics-summary';
import { ActivityChart } from '@/features/metrics/components/ActivityChart';
import { HeadlineCards } from '@/features/metrics/components/HeadlineCards';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { presetRange, type RangePreset } from '@/lib/day-range';
import { ApiError } from '@/lib/problem';
import { useGroupEditing } from './workspace-role';

type Preset = Exclude<RangePreset, 'custom'>;
const PRESETS: readonly Preset[] = ['last7', 'last30', 'thisMonth'];
const TABS = ['overview', 'members', 'timeline', 'settings'] as const;
type Tab = (typeof TABS)[number];

/**
 * One group: its settings and capacity, then (tab in the URL) its figures, trend, health and
 * lifecycle curve; its current and past members; its event timeline; its rules, welcome
 * message, series and where the next member goes.
 */
export function GroupPage() {
  const { t } = useTranslation();
  const { workspaceId = '', groupId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const workspace = useWorkspace(workspaceId);
  const group = useGroup(workspaceId, groupId);
  const { canEdit } = useGroupEditing(workspaceId);
  const [tab, setTab] = useTabParam<Tab>(TABS);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next);
  };

  const back = (
    <Link to={paths.groups(workspaceId)}>
      <ArrowLeftOutlined /> {t('groups.page.back')}
    </Link>
  );
  if (group.isPending || workspace.isPending) return <Skeleton active />;
  const error = group.error ?? workspace.error;
  if (error || !group.data || !workspace.data) {
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <Flex vertical gap={12}>
        {back}
        <ProblemAlert error={notFound ? new Error(t('groups.page.notFound')) : (error ?? new Error(t('app.error')))} />
      </Flex>
    );
  }
  const { timeZone, currency } = workspace.data.workspace;

  return (
    <Flex vertical gap={16} data-testid="group-page">
      {back}
      <GroupHeader workspaceId={workspaceId} data={group.data} canEdit={canEdit} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={TABS.map((key) => ({ key, label: t(`groups.page.tabs.${key}`) }))}
      />
      {tab === 'overview' && (
        <GroupFigures
          workspaceId={workspaceId}
          groupId={groupId}
          timeZone={timeZone}
          currency={currency}
          preset={PRESETS.find((p) => p === search.get('period')) ?? 'last7'}
          interval={(['day', 'week', 'month'] as const).find((i) => i === search.get('interval')) ?? 'day'}
          onPreset={(p) => set('period', p === 'last7' ? undefined : p)}
          onInterval={(i) => set('interval', i === 'day' ? undefined : i)}
        />
      )}
      {tab === 'members' && <GroupMembers workspaceId={workspaceId} groupId={groupId} />}
      {tab === 'timeline' && <GroupTimeline workspaceId={workspaceId} groupId={groupId} />}
      {tab === 'settings' && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <GroupTexts group={group.data.group} />
          </Col>
          <Col xs={24} xl={12}>
            <GroupRouting workspaceId={workspaceId} group={group.data.group} groupHref={(id) => paths.group(workspaceId, id)} />
          </Col>
        </Row>
      )}
    </Flex>
  );
}

interface FiguresProps {
  workspaceId: string;
  groupId: string;
  timeZone: string;
  currency: string;
  preset: Preset;
  interval: SeriesInterval;
  onPreset: (preset: Preset) => void;
  onInterval: (interval: SeriesInterval) => void;
}

/** The group's headline figures, trend, health and lifecycle over a period of the workspace's local days. */
function GroupFigures({ workspaceId, groupId, timeZone, currency, preset, interval, onPreset, onInterval }: FiguresProps) {
  const { t } = useTranslation();
  const range = useMemo(() => presetRange(preset, timeZone), [preset, timeZone]);
  const summary = useMetricsSummary(workspaceId, { ...range, groupId });
  const thresholds = useMetricThresholds(workspaceId);
  const money = summary.data?.currency ?? currency;

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <Radio.Group
          aria-label={t('groups.page.period')}
          optionType="button"
          value={preset}
          onChange={(e) => onPreset(e.target.value as Preset)}
          options={PRESETS.map((p) => ({ value: p, label: t(`metrics.range.${p}`) }))}
        />
        <Typography.Text type="secondary">{t('metrics.rangeHint', { timeZone, from: range.from, to: range.to })}</Typography.Text>
      </Flex>
      {summary.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : summary.error ? (
        <ProblemAlert error={summary.error} title={t('metrics.loadError')} />
      ) : (
        <HeadlineCards figures={summary.data.figures} currency={money} thresholds={thresholds.data} />
      )}
      <ActivityChart workspaceId={workspaceId} range={range} groupId={groupId} interval={interval} onIntervalChange={onInterval} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('groups.page.health')}>
            <GroupHealthDetails
              workspaceId={workspaceId}
              groupId={groupId}
              range={range}
              currency={money}
              sizeBand={thresholds.data && { min: thresholds.data.sizeBestMin, max: thresholds.data.sizeBestMax }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <LifecycleChart workspaceId={workspaceId} groupId={groupId} />
        </Col>
      </Row>
    </Flex>
  );
}
