import { Descriptions, Drawer, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useGroupHealth, type HealthCheck } from '../api/get-group-health';
import { formatDecimal, formatFigure } from '../utils/format';
import { CHECK_KIND } from '../utils/kinds';
import type { DayRange } from '../utils/range';
import { Figure } from './Figure';
import { HealthTag } from './HealthTag';

interface Props {
  workspaceId: string;
  range: DayRange;
  currency: string;
  /** The group shown; the drawer is closed without one. */
  group: { id: string; name: string } | null;
  onClose: () => void;
}

/** A group's health score over the range, with each check passed or failed (GET .../groups/{id}/health). */
export function GroupHealthDrawer({ workspaceId, range, currency, group, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { data, error, isPending } = useGroupHealth(workspaceId, group?.id, range);
  const fmt = (check: HealthCheck['check'], v: number | null) => formatFigure(CHECK_KIND[check], v, lng, currency);

  return (
    <Drawer
      open={group !== null}
      onClose={onClose}
      size={560}
      title={group ? t('metrics.health.title', { name: group.name }) : ''}
      data-testid="group-health"
    >
      {!group ? null : isPending ? (
        <Skeleton active />
      ) : error ? (
        <ProblemAlert error={error} title={t('metrics.health.loadError')} />
      ) : (
        <>
          <Descriptions
            column={1}
            size="small"
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'score',
                label: t('metrics.health.score'),
                children: (
                  <Typography.Text strong style={{ fontSize: 20 }} data-testid="health-score">
                    <Figure value={formatDecimal(data.score, lng, 0)} />
                  </Typography.Text>
                ),
              },
              {
                key: 'points',
                label: t('metrics.health.points', {
                  points: formatDecimal(data.points, lng, 1),
                  counted: data.checksCounted,
                }),
                children: `${data.from} ~ ${data.to}`,
              },
            ]}
          />
          <Table<HealthCheck>
            size="small"
            rowKey="check"
            pagination={false}
            dataSource={data.checks}
            columns={[
              { key: 'check', title: t('metrics.health.check'), render: (_, c) => t(`metrics.checks.${c.check}`) },
              { key: 'value', title: t('metrics.health.value'), render: (_, c) => <Figure value={fmt(c.check, c.value)} /> },
              {
                key: 'threshold',
                title: t('metrics.health.threshold'),
                render: (_, c) =>
                  t(c.comparison === 'above' ? 'metrics.health.above' : c.comparison === 'below' ? 'metrics.health.below' : 'metrics.health.atMost', {
                    value: fmt(c.check, c.threshold),
                  }),
              },
              {
                key: 'result',
                title: t('metrics.health.result'),
                render: (_, c) =>
                  !c.counted || c.passed === null ? (
                    <Tag data-health="not-counted">{t('metrics.health.notCounted')}</Tag>
                  ) : c.passed ? (
                    <span data-check-result="passed">
                      <HealthTag health="healthy" />
                      <Typography.Text type="secondary">{t('metrics.health.passed')}</Typography.Text>
                    </span>
                  ) : (
                    <span data-check-result="failed">
                      <HealthTag health="unhealthy" />
                      <Typography.Text type="secondary">{t('metrics.health.failed')}</Typography.Text>
                    </span>
                  ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
