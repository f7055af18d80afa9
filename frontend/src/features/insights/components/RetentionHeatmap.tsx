import { Flex, Skeleton, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useWideScreen } from '@/lib/use-media-query';
import { useRetention, type RetentionCohort } from '../api/get-retention';
import { formatLocalDate, formatShare } from '../utils/format';

type Point = RetentionCohort['day1'];

/** The cell's colour: white at 0 %, deep green at 60 % and more (retention rarely goes higher). */
export function heat(share: number | null): string | undefined {
  if (share === null) return undefined;
  const x = Math.min(1, share / 0.6);
  return `hsl(150, 60%, ${Math.round(97 - x * 55)}%)`;
}

function Cell({ point, size }: { point: Point; size: number }) {
  const { t, i18n } = useTranslation();
  if (point.share === null) {
    return (
      <Typography.Text type="secondary">{size === 0 ? '—' : t('insights.retention.pending')}</Typography.Text>
    );
  }
  const dark = point.share >= 0.35;
  return (
    <Tooltip title={t('insights.retention.cell', { retained: point.retained, size })}>
      <div
        data-testid="retention-cell"
        style={{
          background: heat(point.share),
          color: dark ? '#fff' : undefined,
          padding: '4px 8px',
          borderRadius: 4,
          textAlign: 'center',
        }}
      >
        {formatShare(point.share, i18n.language)}
      </div>
    </Tooltip>
  );
}

/** Day 1 / 7 / 30 retention of each daily join cohort as a heat map (a table with coloured cells). */
export function RetentionHeatmap({ workspaceId, groupId }: { workspaceId: string; groupId?: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const wide = useWideScreen();
  const { data, error, isPending } = useRetention(workspaceId, groupId);

  if (error) return <ProblemAlert error={error} title={t('insights.retention.loadError')} />;
  if (isPending) return <Skeleton active />;
  // newest cohort first: what an operator looks at
  const cohorts = [...data.cohorts].reverse();
  return (
    <Flex vertical gap={12} data-testid="retention">
      <Typography.Text type="secondary">{t('insights.retention.help', { timeZone: data.timeZone })}</Typography.Text>
      <Table<RetentionCohort>
        size="small"
        rowKey="day"
        pagination={false}
        dataSource={cohorts}
        locale={{ emptyText: t('insights.retention.empty') }}
        // four narrow columns fit a phone; the dates shorten there
        tableLayout="fixed"
        columns={[
          {
            key: 'day',
            title: t('insights.retention.cohort'),
            width: wide ? 160 : 72,
            render: (_, c) => formatLocalDate(c.day, lng, wide),
          },
          { key: 'size', title: t('insights.retention.size'), width: wide ? 90 : 56, align: 'right', render: (_, c) => c.size },
          { key: 'day1', title: t('insights.retention.day1'), render: (_, c) => <Cell point={c.day1} size={c.size} /> },
          { key: 'day7', title: t('insights.retention.day7'), render: (_, c) => <Cell point={c.day7} size={c.size} /> },
          { key: 'day30', title: t('insights.retention.day30'), render: (_, c) => <Cell point={c.day30} size={c.size} /> },
        ]}
      />
    </Flex>
  );
}
