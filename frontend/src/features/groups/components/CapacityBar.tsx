import { Flex, Progress, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '@/lib/figures';
import { bestLow, capacityBand } from '../utils/capacity';

const COLORS = { below: '#1677ff', best: '#52c41a', above: '#faad14', full: '#ff4d4f' } as const;

/** Members against the hard limit, coloured by band, with the band in words (never colour alone). */
export function CapacityBar({ memberCount, targetSize, hardLimit }: { memberCount: number; targetSize: number; hardLimit: number }) {
  const { t, i18n } = useTranslation();
  const band = capacityBand(memberCount, targetSize, hardLimit);
  const lng = i18n.language;
  return (
    <Tooltip
      title={t('groups.capacity.hint', {
        low: formatCount(bestLow(targetSize), lng),
        target: formatCount(targetSize, lng),
        limit: formatCount(hardLimit, lng),
      })}
    >
      <Flex vertical gap={0} style={{ minWidth: 120 }} data-capacity={band}>
        <Flex justify="space-between" gap={8}>
          <Typography.Text>
            {t('groups.capacity.label', { count: formatCount(memberCount, lng), limit: formatCount(hardLimit, lng) })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`groups.capacity.${band}`)}
          </Typography.Text>
        </Flex>
        <Progress
          percent={Math.min(100, (memberCount / Math.max(1, hardLimit)) * 100)}
          showInfo={false}
          size="small"
          strokeColor={COLORS[band]}
          aria-label={t(`groups.capacity.${band}`)}
        />
      </Flex>
    </Tooltip>
  );
}
