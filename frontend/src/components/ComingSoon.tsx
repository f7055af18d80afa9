import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder for a page that later work fills in. */
export function ComingSoon({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={`${title} · ${t('app.comingSoon')}`}
      subTitle={t('app.comingSoonDetail')}
    />
  );
}
