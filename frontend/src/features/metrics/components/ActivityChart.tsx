import { Card, Empty, Segmented, Skeleton } from 'antd';
import type { EChartsOption } from 'echarts';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SERIES_INTERVALS, useMetricsSeries, type SeriesInterval } from '../api/get-metrics-series';
import type { DayRange } from '@/lib/day-range';

const EChart = lazy(() => import('@/components/chart/EChart'));

interface Props {
  workspaceId: string;
  range: DayRange;
  groupId?: string;
  interval: SeriesInterval;
  onIntervalChange: (interval: SeriesInterval) => void;
}

/** Active members (line) and new members (bars) per day, ISO week or month of the range. */
export function ActivityChart({ workspaceId, range, groupId, interval, onIntervalChange }: Props) {
  const { t, i18n } = useTranslation();
  const { data, error, isPending, refetch } = useMetricsSeries(workspaceId, { ...range, interval, groupId });

  const option = useMemo((): EChartsOption => {
    const periods = data?.periods ?? [];
    const label = (from: string, to: string) =>
      interval === 'month' ? from.slice(0, 7) : interval === 'week' && from !== to ? `${from.slice(5)}~${to.slice(5)}` : from.slice(5);
    return {
      animation: false, // drawn at once: no half-drawn chart in screenshots or after a range change
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('metrics.chart.activeMembers'), t('metrics.chart.newMembers')] },
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: periods.map((p) => label(p.from, p.to)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('metrics.chart.activeMembers'),
          type: 'line',
          smooth: true,
          data: periods.map((p) => p.activeMembers),
        },
        {
          name: t('metrics.chart.newMembers'),
          type: 'bar',
          barMaxWidth: 24,
          data: periods.map((p) => p.newMembers),
        },
      ],
    };
  }, [data, interval, t]);

  return (
    <Card
      title={t('metrics.chart.title')}
      data-testid="activity-chart"
      extra={
        <Segmented<SeriesInterval>
          aria-label={t('metrics.chart.interval')}
          value={interval}
          onChange={onIntervalChange}
          options={SERIES_INTERVALS.map((value) => ({ value, label: t(`metrics.chart.${value}`) }))}
        />
      }
    >
      {isPending ? (
        <Skeleton active />
      ) : error ? (
        <ProblemAlert error={error} title={t('metrics.chart.loadError')} onRetry={() => void refetch()} />
      ) : !data || data.periods.length === 0 ? (
        <Empty description={t('metrics.chart.empty')} />
      ) : (
        <Suspense fallback={<Skeleton active />}>
          <EChart key={i18n.language} option={option} />
        </Suspense>
      )}
    </Card>
  );
}
