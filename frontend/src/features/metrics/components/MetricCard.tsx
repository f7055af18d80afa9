import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Figure } from '@/components/Figure';
import type { Delta } from '../utils/delta';
import type { Health } from '../utils/health';
import { HealthTag } from './HealthTag';

export interface MetricLine {
  label: string;
  value: string | null;
  /** The health of this figure, when it is the one a threshold judges (not the headline's). */
  health?: Health | null;
}

export interface MetricCardProps {
  /** Stable name, used as data-testid `metric-<id>`. */
  id: string;
  title: string;
  value: string | null;
  /** Only for figures with a threshold; null when the figure is not applicable. */
  health?: Health | null;
  /** The threshold in words ("healthy when … > 30 %"). */
  healthNote?: string;
  lines?: MetricLine[];
  /** The headline figure against the previous period of the same length; null: no figure to compare. */
  delta?: Delta | null;
  /** The previous period is still loading. */
  deltaPending?: boolean;
}

/** One headline figure with its change, its details and, where there is a threshold, its health. */
export function MetricCard({ id, title, value, health, healthNote, lines = [], delta, deltaPending }: MetricCardProps) {
  return (
    <Card size="small" data-testid={`metric-${id}`} style={{ height: '100%' }}>
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{title}</Typography.Text>
        <Flex align="center" gap={8} wrap>
          <Typography.Text strong style={{ fontSize: 24, lineHeight: '32px' }}>
            <Figure value={value} testId={`metric-${id}-value`} />
          </Typography.Text>
          {health && <HealthTag health={health} />}
        </Flex>
        {delta !== undefined && <DeltaLine delta={delta} pending={deltaPending} testId={`metric-${id}-delta`} />}
        {healthNote && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {healthNote}
          </Typography.Text>
        )}
        {lines.map((line) => (
          <Flex key={line.label} justify="space-between" align="center" gap={8} style={{ fontSize: 13 }}>
            <Typography.Text type="secondary">{line.label}</Typography.Text>
            <Flex align="center" gap={4}>
              <Typography.Text>
                <Figure value={line.value} />
              </Typography.Text>
              {line.health && <HealthTag health={line.health} />}
            </Flex>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

/** "vs previous period ▲ +6 (+25%)", in green or red when one way is better, in words too. */
function DeltaLine({ delta, pending, testId }: { delta: Delta | null; pending?: boolean; testId: string }) {
  const { t } = useTranslation();
  if (pending) return null;
  if (!delta)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={testId} data-direction="none">
        {t('metrics.delta.none')}
      </Typography.Text>
    );
  const icon =
    delta.direction === 'up' ? <ArrowUpOutlined /> : delta.direction === 'down' ? <ArrowDownOutlined /> : <MinusOutlined />;
  const type = delta.good === true ? 'success' : delta.good === false ? 'danger' : 'secondary';
  return (
    <Typography.Text type={type} style={{ fontSize: 12 }} data-testid={testId} data-direction={delta.direction}>
      {t('metrics.delta.label')} {icon} {t(`metrics.delta.${delta.direction}`)} {delta.change}
      {delta.relative && ` (${delta.relative})`}
    </Typography.Text>
  );
}
