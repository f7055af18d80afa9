import { Card, Flex, Typography } from 'antd';
import type { Health } from '../utils/health';
import { Figure } from '@/components/Figure';
import { HealthTag } from './HealthTag';

export interface MetricLine {
  label: string;
  value: string | null;
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
}

/** One headline figure with its details and, where there is a threshold, its health. */
export function MetricCard({ id, title, value, health, healthNote, lines = [] }: MetricCardProps) {
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
        {healthNote && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {healthNote}
          </Typography.Text>
        )}
        {lines.map((line) => (
          <Flex key={line.label} justify="space-between" gap={8} style={{ fontSize: 13 }}>
            <Typography.Text type="secondary">{line.label}</Typography.Text>
            <Typography.Text>
              <Figure value={line.value} />
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
