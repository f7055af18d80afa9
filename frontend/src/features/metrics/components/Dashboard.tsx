import { Card, Flex, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMetricThresholds } from '../api/get-metric-thresholds';
import type { SeriesInterval } from '../api/get-metrics-series';
import { useMetricsSummary, type MetricsFigures } from '../api/get-metrics-summary';
import { presetRange, previousRange, type DayRange, type RangePreset } from '@/lib/day-range';
import { ActivityChart } from './ActivityChart';
import { DashboardEmpty } from './DashboardEmpty';
import { DashboardFilters } from './DashboardFilters';
import { HeadlineCards } from './HeadlineCards';

export interface DashboardProps {
  workspaceId: string;
  /** The workspace's time zone: the days of every period are its local days. */
  timeZone: string;
  /** The workspace currency (the summary's answer wins once it is there). */
  currency: string;
  /** The groups the scope picker offers (the first page of the workspace's groups). */
  groups: ScopeGroup[];
  /** More groups exist than `groups` holds. */
  groupsTruncated: boolean;
  groupsLoading: boolean;
  /** What the page shows below the figures for the chosen period and scope (ranking, alerts). */
  children?: (scope: DashboardScope) => ReactNode;
  /** The period shown first. */
  initialPreset?: Exclude<RangePreset, 'custom'>;
}

export interface ScopeGroup {
  id: string;
  name: string;
}

export interface DashboardScope {
  range: DayRange;
  /** One group, or the whole workspace when absent. */
  groupId: string | undefined;
  /** The currency figures are shown in. */
  currency: string;
}

/** Nothing happened in the period: no members, no activity, no orders. */
function isEmpty(f: MetricsFigures): boolean {
  return (
    f.membersAtStart === 0 &&
    f.membersAtEnd === 0 &&
    f.newMembers === 0 &&
    f.leftMembers === 0 &&
    f.activeMembers === 0 &&
    f.orders === 0 &&
    f.questions === 0
  );
}

/** The operator's dashboard: period and scope, headline figures and trend; the page adds the rest. */
export function Dashboard(props: DashboardProps) {
  const { workspaceId, timeZone, currency, groups, initialPreset = 'last7' } = props;
  const { t } = useTranslation();
  const [preset, setPreset] = useState<RangePreset>(initialPreset);
  const [range, setRange] = useState<DayRange>(() => presetRange(initialPreset, timeZone));
  const [groupId, setGroupId] = useState<string | undefined>();
  const [interval, setSeriesInterval] = useState<SeriesInterval>('day');

  const thresholds = useMetricThresholds(workspaceId);
  const summary = useMetricsSummary(workspaceId, { ...range, groupId });
  // every headline figure is compared with the period of the same length just before
  const before = previousRange(range);
  const previous = useMetricsSummary(workspaceId, { ...before, groupId });
  const money = summary.data?.currency ?? currency;

  const body = () => {
    if (summary.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
    if (summary.error) return <ProblemAlert error={summary.error} title={t('metrics.loadError')} onRetry={() => void summary.refetch()} />;
    if (isEmpty(summary.data.figures)) return <Card><DashboardEmpty /></Card>;
    return (
      <>
        {thresholds.error && <ProblemAlert error={thresholds.error} />}
        <Typography.Text type="secondary" data-testid="previous-period">
          {t('metrics.delta.previous', { from: before.from, to: before.to })}
        </Typography.Text>
        <HeadlineCards
          figures={summary.data.figures}
          currency={money}
          thresholds={thresholds.data}
          // a previous period that cannot be read only loses the comparison
          previous={previous.isPlaceholderData ? undefined : previous.data?.figures}
          previousPending={previous.isPending || previous.isPlaceholderData}
        />
        <ActivityChart
          workspaceId={workspaceId}
          range={range}
          groupId={groupId}
          interval={interval}
          onIntervalChange={setSeriesInterval}
        />
      </>
    );
  };

  return (
    <Flex vertical gap={16} data-testid="dashboard">
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('metrics.title')}
        </Typography.Title>
        <DashboardFilters
          timeZone={timeZone}
          preset={preset}
          range={range}
          onPreset={(p) => {
            setPreset(p);
            setRange(presetRange(p, timeZone));
          }}
          onCustom={(r) => {
            setPreset('custom');
            setRange(r);
          }}
          groups={groups}
          groupsTruncated={props.groupsTruncated}
          groupsLoading={props.groupsLoading}
          groupId={groupId}
          onGroup={setGroupId}
        />
      </Card>
      {body()}
      {props.children?.({ range, groupId, currency: money })}
    </Flex>
  );
}
