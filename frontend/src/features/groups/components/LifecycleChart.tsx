import { Card, Empty, Skeleton, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatPercent } from '@/lib/figures';
import { useGroupLifecycle } from '../api/get-group-lifecycle';

const EChart = lazy(() => import('@/components/chart/EChart'));

/** The group's active share by age in days since its first join (the lifecycle curve). */
export function LifecycleChart({ workspaceId, groupId }: { workspaceId: string; groupId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, isPending } = useGroupLifecycle(workspaceId, groupId, 30);
  const points = useMemo(() => data?.points ?? [], [data]);

  const option = useMemo(
    (): EChartsOption => ({
      animation: false,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (typeof v === 'number' ? (formatPercent(v, i18n.language) ?? '—') : '—'),
      },
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', name: t('groups.page.ageDays'), nameLocation: 'middle', nameGap: 24, data: points.map((p) => String(p.day)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPercent(v, i18n.language) ?? '' } },
      series: [{ name: t('groups.page.activeShare'), type: 'line', smooth: true, connectNulls: false, data: points.map((p) => p.value) }],
    }),
    [points, t, i18n.language],
  );

  return (
    <Card title={t('groups.page.lifecycle')} data-testid="lifecycle-chart">
      {isPending ? (
        <Skeleton active />
      ) : error ? (
        <ProblemAlert error={error} />
      ) : points.every((p) => p.value === null) ? (
        <Empty description={t('groups.page.lifecycleEmpty')} />
      ) : (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('groups.page.lifecycleHint')}
          </Typography.Text>
          <Suspense fallback={<Skeleton active />}>
            <EChart key={i18n.language} option={option} height={240} />
          </Suspense>
        </>
      )}
    </Card>
  );
}
