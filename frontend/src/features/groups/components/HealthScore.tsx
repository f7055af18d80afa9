import { Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '@/lib/day-range';
import { formatDecimal } from '@/lib/figures';
import { useGroupHealth } from '../api/get-group-health';
import { scoreColor } from '../utils/capacity';

/** A group's health score over a period, as a coloured tag with the number (fetched per group). */
/** `range` absent: not known yet (the workspace's time zone is loading). */
export function HealthScore({ workspaceId, groupId, range }: { workspaceId: string; groupId: string; range: DayRange | undefined }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error } = useGroupHealth(workspaceId, range ? groupId : undefined, range ?? { from: '', to: '' });
  if (isPending) return <Spin size="small" aria-label={t('groups.score.loading')} />;
  if (error || data.score === null || data.checksCounted === 0) return <Tag>{t('groups.score.none')}</Tag>;
  return (
    <Tag color={scoreColor(data.score)} data-testid="health-score-tag" aria-label={t('groups.score.label', { score: data.score })}>
      {formatDecimal(data.score, i18n.language, 0)}
    </Tag>
  );
}
