import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { config } from '@/lib/config';

/** No events in the period: partner tools push them; say how. */
export function DashboardEmpty() {
  const { t } = useTranslation();
  return (
    <Empty
      data-testid="dashboard-empty"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Title level={5}>{t('metrics.empty.title')}</Typography.Title>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 560, margin: '0 auto 8px' }}>
            {t('metrics.empty.detail')}
          </Typography.Paragraph>
          <Typography.Link href={config.apiGuideUrl} target="_blank" rel="noopener noreferrer">
            {t('metrics.empty.link')}
          </Typography.Link>
        </>
      }
    />
  );
}
