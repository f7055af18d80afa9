import { Button, Card, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { useGroupRanking, type RankedGroup, type RankingMetric } from '../api/get-group-ranking';
import { formatCount, formatFigure } from '@/lib/figures';
import { defaultOrder, RANKING_METRIC_KIND, RANKING_METRICS } from '../utils/ranking';
import type { DayRange } from '@/lib/day-range';
import { Figure } from '@/components/Figure';
import { GroupHealthDrawer } from './GroupHealthDrawer';

export const RANKING_SIZE = 10;

interface Props {
  workspaceId: string;
  range: DayRange;
  currency: string;
  /** Where a group's page is: its name links there. */
  groupHref?: (groupId: string) => string;
  /** The workspace's best size band, for the size check of the health drawer. */
  sizeBand?: { min: number; max: number };
}

/** The top 10 groups of the range by a chosen figure; each opens its page and its health check in a drawer. */
export function GroupRankingTable({ workspaceId, range, currency, groupHref, sizeBand }: Props) {
  const { t, i18n } = useTranslation();
  const [metric, setMetric] = useState<RankingMetric>('activeShare');
  const [healthOf, setHealthOf] = useState<{ id: string; name: string } | null>(null);
  const { data, error, isPending, isFetching, refetch } = useGroupRanking(workspaceId, {
    ...range,
    metric,
    order: defaultOrder(metric),
    limit: RANKING_SIZE,
  });

  return (
    <Card
      title={t('groups.ranking.title')}
      data-testid="group-ranking"
      extra={
        <Select<RankingMetric>
          aria-label={t('groups.ranking.metric')}
          value={metric}
          onChange={setMetric}
          style={{ minWidth: 160, maxWidth: '100%' }}
          showSearch={{ optionFilterProp: 'label' }}
          options={RANKING_METRICS.map((m) => ({ value: m, label: t(`figures.names.${m}`) }))}
        />
      }
    >
      {error ? (
        <ProblemAlert error={error} title={t('groups.ranking.loadError')} onRetry={() => void refetch()} />
      ) : (
        <ResponsiveTable<RankedGroup>
          cardTitle={(g) => (groupHref ? <Link to={groupHref(g.groupId)}>{`${g.rank}. ${g.name}`}</Link> : `${g.rank}. ${g.name}`)}
          size="small"
          rowKey="groupId"
          loading={isPending || isFetching}
          pagination={false}
          dataSource={data?.items ?? []}
          // while loading the table says so, not "no groups yet"
          locale={{ emptyText: isPending ? t('app.loading') : t('groups.ranking.empty') }}
          columns={[
            { key: 'rank', title: t('groups.ranking.rank'), dataIndex: 'rank', width: 64, hideOnPhone: true },
            {
              key: 'name',
              title: t('groups.ranking.group'),
              hideOnPhone: true,
              render: (_, g) => (groupHref ? <Link to={groupHref(g.groupId)}>{g.name}</Link> : g.name),
            },
            {
              key: 'value',
              title: t(`figures.names.${metric}`),
              align: 'right',
              render: (_, g) => (
                <Figure value={formatFigure(RANKING_METRIC_KIND[metric], g.value, i18n.language, currency)} />
              ),
            },
            {
              key: 'membersAtEnd',
              title: t('groups.ranking.membersAtEnd'),
              align: 'right',
              render: (_, g) => formatCount(g.membersAtEnd, i18n.language),
            },
            {
              key: 'health',
              title: t('groups.ranking.health'),
              render: (_, g) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => setHealthOf({ id: g.groupId, name: g.name })}
                  aria-label={`${t('groups.ranking.showHealth')} ${g.name}`}
                >
                  {t('groups.ranking.showHealth')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <GroupHealthDrawer
        sizeBand={sizeBand}
        workspaceId={workspaceId}
        range={range}
        currency={currency}
        group={healthOf}
        onClose={() => setHealthOf(null)}
      />
    </Card>
  );
}
