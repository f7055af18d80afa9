import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Health } from '../utils/health';

/** Healthy / unhealthy in color AND words (never color alone). */
export function HealthTag({ health }: { health: Health }) {
  const { t } = useTranslation();
  return health === 'healthy' ? (
    <Tag color="success" icon={<CheckCircleOutlined />} data-health="healthy">
      {t('metrics.healthy')}
    </Tag>
  ) : (
    <Tag color="error" icon={<CloseCircleOutlined />} data-health="unhealthy">
      {t('metrics.unhealthy')}
    </Tag>
  );
}
