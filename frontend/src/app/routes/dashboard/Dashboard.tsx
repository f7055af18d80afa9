import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GroupRankingTable } from '@/features/groups/components/GroupRankingTable';
import { GROUPS_PAGE_SIZE, useGroups } from '@/features/groups/api/list-groups';
import { useMetricThresholds } from '@/features/metrics/api/get-metric-thresholds';
import { Dashboard as MetricsDashboard, type DashboardProps as MetricsDashboardProps } from '@/features/metrics/components/Dashboard';
import { OpenAlerts } from '@/features/alerts/components/OpenAlerts';
import { paths } from '@/app/paths';

export interface DashboardProps extends Pick<MetricsDashboardProps, 'workspaceId' | 'timeZone' | 'currency' | 'initialPreset'> {
  /** May resolve alerts (owners, admins, operators). */
  canResolve: boolean;
}

/**
 * The dashboard as composed of its features: the metrics (period, scope, figures, trend), the
 * groups (scope picker, ranking, each opening its group page) and the open alerts.
 */
export function Dashboard({ workspaceId, canResolve, ...rest }: DashboardProps) {
  const { t } = useTranslation();
  const groups = useGroups(workspaceId);
  const thresholds = useMetricThresholds(workspaceId);
  const sizeBand = thresholds.data ? { min: thresholds.data.sizeBestMin, max: thresholds.data.sizeBestMax } : undefined;
  const items = useMemo(() => groups.data?.items ?? [], [groups.data]);
  const groupNames = useMemo(() => new Map(items.map((g) => [g.id, g.name] as const)), [items]);

  return (
    <MetricsDashboard
      workspaceId={workspaceId}
      {...rest}
      groups={items}
      groupsTruncated={Boolean(groups.data?.nextCursor) && items.length >= GROUPS_PAGE_SIZE}
      groupsLoading={groups.isPending}
    >
      {({ range, groupId, currency }) => (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <GroupRankingTable
              workspaceId={workspaceId}
              range={range}
              currency={currency}
              groupHref={(id) => paths.group(workspaceId, id)}
              sizeBand={sizeBand}
            />
          </Col>
          <Col xs={24} xl={12}>
            <OpenAlerts
              workspaceId={workspaceId}
              groupId={groupId}
              groupNames={groupNames}
              currency={currency}
              timeZone={rest.timeZone}
              canResolve={canResolve}
              extra={<Link to={paths.workspaceSection(workspaceId, 'alerts')}>{t('alerts.viewAll')}</Link>}
            />
          </Col>
        </Row>
      )}
    </MetricsDashboard>
  );
}
