import { CheckCircleOutlined, CloseCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Descriptions, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Figure } from '@/components/Figure';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import type { DayRange } from '@/lib/day-range';
import { CHECK_KIND, formatDecimal, formatFigure } from '@/lib/figures';
import { useGroupHealth, type HealthCheck } from '../api/get-group-health';

interface Props {
  workspaceId: string;
  groupId: string;
  range: DayRange;
  currency: string;
  /**
   * The workspace's best size band (thresholds sizeBestMin-sizeBestMax): the size check gives
   * full marks inside it and half up to the hard limit (docs/metrics.md). Without it the size
   * check shows only its limit.
   */
  sizeBand?: { min: number; max: number };
}

/** A group's health score over the range, with each check passed or failed (GET .../groups/{id}/health). */
export function GroupHealthDetails({ workspaceId, groupId, range, currency, sizeBand }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { data, error, isPending } = useGroupHealth(workspaceId, groupId, range);
  const fmt = (check: HealthCheck['check'], v: number | null) => formatFigure(CHECK_KIND[check], v, lng, currency);

  if (isPending) return <Skeleton active />;
  if (error) return <ProblemAlert error={error} title={t('groups.health.loadError')} />;
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'score',
            label: t('groups.health.score'),
            children: (
              <Typography.Text>
                <Typography.Text strong style={{ fontSize: 20 }} data-testid="health-score">
                  <Figure value={formatDecimal(data.score, lng, 0)} />
                </Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {t('groups.health.points', {
                    points: formatDecimal(data.points, lng, 1),
                    counted: data.checksCounted,
                  })}
                </Typography.Text>
              </Typography.Text>
            ),
          },
          { key: 'period', label: t('groups.health.period'), children: `${data.from} ~ ${data.to}` },
        ]}
      />
      <ResponsiveTable<HealthCheck>
        size="small"
        rowKey="check"
        pagination={false}
        dataSource={data.checks}
        columns={[
          { key: 'check', title: t('groups.health.check'), render: (_, c) => t(`figures.checks.${c.check}`) },
          { key: 'value', title: t('groups.health.value'), render: (_, c) => <Figure value={fmt(c.check, c.value)} /> },
          {
            key: 'threshold',
            title: t('groups.health.threshold'),
            render: (_, c) =>
              c.check === 'size' && sizeBand
                ? t('groups.health.sizeBand', {
                    min: fmt('size', sizeBand.min),
                    max: fmt('size', sizeBand.max),
                    limit: fmt('size', c.threshold),
                  })
                : t(c.comparison === 'above' ? 'groups.health.above' : c.comparison === 'below' ? 'groups.health.below' : 'groups.health.atMost', {
                    value: fmt(c.check, c.threshold),
                  }),
          },
          {
            key: 'result',
            title: t('groups.health.result'),
            render: (_, c) => <CheckResult check={c} />,
          },
        ]}
      />
    </>
  );
}

/** Passed / failed / partly passed (size) / not counted, in color and words. */
function CheckResult({ check }: { check: HealthCheck }) {
  const { t, i18n } = useTranslation();
  if (!check.counted || check.passed === null)
    return (
      <Tag icon={<MinusCircleOutlined />} data-check-result="not-counted">
        {t('groups.health.notCounted')}
      </Tag>
    );
  if (check.passed && check.points < 1)
    return (
      <Tag color="warning" icon={<CheckCircleOutlined />} data-check-result="partial">
        {t('groups.health.partial', { points: formatDecimal(check.points, i18n.language, 1) })}
      </Tag>
    );
  return check.passed ? (
    <Tag color="success" icon={<CheckCircleOutlined />} data-check-result="passed">
      {t('groups.health.passed')}
    </Tag>
  ) : (
    <Tag color="error" icon={<CloseCircleOutlined />} data-check-result="failed">
      {t('groups.health.failed')}
    </Tag>
  );
}
