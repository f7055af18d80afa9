import { Flex, Form, Select, Skeleton, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useLifecycleCurves } from '../api/get-lifecycle';

const EChart = lazy(() => import('@/components/chart/EChart'));

/** How many groups one chart compares (more lines are unreadable). */
export const MAX_COMPARED = 5;
const DAYS = 30;

interface Props {
  workspaceId: string;
  groups: { id: string; name: string }[];
  compared: string[];
  onComparedChange: (groupIds: string[]) => void;
}

/**
 * Lifecycle curves: active share by group age (day 0 = the group's first join), the average of
 * every group against the groups chosen for comparison.
 */
export function LifecycleChart({ workspaceId, groups, compared, onComparedChange }: Props) {
  const { t, i18n } = useTranslation();
  const { curves, pending, error } = useLifecycleCurves(workspaceId, DAYS, compared);
  const names = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups]);

  const option = useMemo((): EChartsOption | null => {
    if (curves.some((c) => !c)) return null;
    const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
    const labels = [t('insights.lifecycle.allGroups'), ...compared.map((id) => names.get(id) ?? id)];
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (typeof v === 'number' ? pct.format(v) : '—'),
      },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 48, right: 16, top: 40, bottom: 40 },
      xAxis: {
        type: 'category',
        name: t('insights.lifecycle.age'),
        nameLocation: 'middle',
        nameGap: 28,
        data: Array.from({ length: DAYS }, (_, k) => String(k)),
      },
      yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => pct.format(v) } },
      series: curves.map((c, i) => ({
        name: labels[i],
        type: 'line',
        connectNulls: false,
        lineStyle: i === 0 ? { width: 3, type: 'dashed' } : { width: 2 },
        data: c!.points.map((p) => p.value),
      })),
    };
  }, [curves, compared, names, t, i18n.language]);

  return (
    <Flex vertical gap={12} data-testid="lifecycle">
      <Form layout="vertical">
        <Form.Item label={t('insights.lifecycle.compare', { max: MAX_COMPARED })} style={{ marginBottom: 0 }}>
          <Select
            mode="multiple"
            allowClear
            maxCount={MAX_COMPARED}
            aria-label={t('insights.lifecycle.compare', { max: MAX_COMPARED })}
            placeholder={t('insights.lifecycle.comparePlaceholder')}
            value={compared}
            onChange={onComparedChange}
            showSearch={{ optionFilterProp: 'label' }}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('insights.lifecycle.help')}</Typography.Text>
      {error && <ProblemAlert error={error} title={t('insights.lifecycle.loadError')} />}
      {pending || !option ? (
        !error && <Skeleton active />
      ) : (
        <Suspense fallback={<Skeleton active />}>
          <EChart key={i18n.language} option={option} height={360} />
        </Suspense>
      )}
      {curves[0] && (
        <Typography.Text type="secondary" data-testid="lifecycle-groups">
          {t('insights.lifecycle.groupCount', { count: curves[0].groupCount })}
        </Typography.Text>
      )}
    </Flex>
  );
}
