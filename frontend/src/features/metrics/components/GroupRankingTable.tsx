import { Button, Card, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useGroupRanking, type RankedGroup, type RankingMetric } from '../api/get-group-ranking';
import { formatCount, formatFigure } from '../utils/format';
import { defaultOrder, RANKING_METRIC_KIND, RANKING_METRICS } from '../utils/kinds';
import type { DayRange } from '../utils/range';
import { Figure } from './Figure';
import { GroupHealthDrawer } from './GroupHealthDrawer';

export const RANKING_SIZE = 10;

interface Props {
  workspaceId: string;
  range: DayRange;
  currency: string;
}

/** The top 10 groups of the range by a chosen figure; each opens its health check in a drawer. */
export function GroupRankingTable({ workspaceId, range, currency }: Props) {
  const { t, i18n } = useTranslation();
  const [metric, setMetric] = useState<RankingMetric>('activeShare');
  const [healthOf, setHealthOf] = useState<{ id: string; name: string } | null>(null);
  const { data, error, isPending, isFetching } = useGroupRanking(workspaceId, {
    ...range,
    metric,
    order: defaultOrder(metric),
    limit: RANKING_SIZE,
  });

  return (
    <Card
      title={t('metrics.ranking.title')}
      data-testid="group-ranking"
      extra={
        <Select<RankingMetric>
          aria-label={t('metrics.ranking.metric')}
          value={metric}
          onChange={setMetric}
          style={{ minWidth: 180 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={RANKING_METRICS.map((m) => ({ value: m, label: t(`metrics.names.${m}`) }))}
        />
      }
    >
      {error ? (
        <ProblemAlert error={error} title={t('metrics.ranking.loadError')} />
      ) : (
        <Table<RankedGroup>
          size="small"
          rowKey="groupId"
          loading={isPending || isFetching}
          pagination={false}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('metrics.ranking.empty') }}
          columns={[
            { key: 'rank', title: t('metrics.ranking.rank'), dataIndex: 'rank', width: 64 },
            { key: 'name', title: t('metrics.ranking.group'), dataIndex: 'name' },
            {
              key: 'value',
              title: t(`metrics.names.${metric}`),
              align: 'right',
              render: (_, g) => (
                <Figure value={formatFigure(RANKING_METRIC_KIND[metric], g.value, i18n.language, currency)} />
              ),
            },
            {
              key: 'membersAtEnd',
              title: t('metrics.ranking.membersAtEnd'),
              align: 'right',
              render: (_, g) => formatCount(g.membersAtEnd, i18n.language),
            },
            {
              key: 'health',
              title: t('metrics.ranking.health'),
              render: (_, g) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => setHealthOf({ id: g.groupId, name: g.name })}
                  aria-label={`${t('metrics.ranking.showHealth')} ${g.name}`}
                >
                  {t('metrics.ranking.showHealth')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <GroupHealthDrawer
        workspaceId={workspaceId}
        range={range}
        currency={currency}
        group={healthOf}
        onClose={() => setHealthOf(null)}
      />
    </Card>
  );
}
