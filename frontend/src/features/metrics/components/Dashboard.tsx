import { Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMetricThresholds } from '../api/get-metric-thresholds';
import type { SeriesInterval } from '../api/get-metrics-series';
import { useMetricsSummary, type MetricsFigures } from '../api/get-metrics-summary';
import { GROUPS_PAGE_SIZE, useGroups } from '../api/list-groups';
import { presetRange, type DayRange, type RangePreset } from '../utils/range';
import { ActivityChart } from './ActivityChart';
import { DashboardEmpty } from './DashboardEmpty';
import { DashboardFilters } from './DashboardFilters';
import { GroupRankingTable } from './GroupRankingTable';
import { HeadlineCards } from './HeadlineCards';
import { OpenAlerts } from './OpenAlerts';

export interface DashboardProps {
  workspaceId: string;
  /** The workspace's time zone: the days of every period are its local days. */
  timeZone: string;
  /** The workspace currency (the summary's answer wins once it is there). */
  currency: string;
  /** May resolve alerts (owners, admins, operators). */
  canResolve: boolean;
  /** The period shown first. */
  initialPreset?: Exclude<RangePreset, 'custom'>;
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

/** The operator's dashboard: headline figures, trend, group ranking and open alerts of a period. */
export function Dashboard({ workspaceId, timeZone, currency, canResolve, initialPreset = 'last7' }: DashboardProps) {
  const { t } = useTranslation();
  const [preset, setPreset] = useState<RangePreset>(initialPreset);
  const [range, setRange] = useState<DayRange>(() => presetRange(initialPreset, timeZone));
  const [groupId, setGroupId] = useState<string | undefined>();
  const [interval, setSeriesInterval] = useState<SeriesInterval>('day');

  const groups = useGroups(workspaceId);
  const thresholds = useMetricThresholds(workspaceId);
  const summary = useMetricsSummary(workspaceId, { ...range, groupId });
  const groupNames = useMemo(
    () => new Map((groups.data?.items ?? []).map((g) => [g.id, g.name] as const)),
    [groups.data],
  );
  const money = summary.data?.currency ?? currency;

  const body = () => {
    if (summary.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
    if (summary.error) return <ProblemAlert error={summary.error} title={t('metrics.loadError')} />;
    if (isEmpty(summary.data.figures)) return <Card><DashboardEmpty /></Card>;
    return (
      <>
        {thresholds.error && <ProblemAlert error={thresholds.error} />}
        <HeadlineCards figures={summary.data.figures} currency={money} thresholds={thresholds.data} />
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
          groups={groups.data?.items ?? []}
          groupsTruncated={Boolean(groups.data?.nextCursor) && (groups.data?.items.length ?? 0) >= GROUPS_PAGE_SIZE}
          groupsLoading={groups.isPending}
          groupId={groupId}
          onGroup={setGroupId}
        />
      </Card>
      {body()}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <GroupRankingTable workspaceId={workspaceId} range={range} currency={money} />
        </Col>
        <Col xs={24} xl={12}>
          <OpenAlerts
            workspaceId={workspaceId}
            groupId={groupId}
            groupNames={groupNames}
            currency={money}
            canResolve={canResolve}
          />
        </Col>
      </Row>
    </Flex>
  );
}
