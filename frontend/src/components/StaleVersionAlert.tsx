import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Discard my edits and show the current version. */
  onReload: () => void;
  /** Apply my edits over the current version. */
  onOverwrite: () => void;
  busy?: boolean;
}

/** Someone changed the record since it was read (412): reload it, or overwrite with my version. */
export function StaleVersionAlert({ onReload, onOverwrite, busy }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="stale-version"
      title={t('app.stale.title')}
      description={t('app.stale.detail')}
      action={
        <Flex vertical gap={8}>
          <Button size="small" onClick={onReload} disabled={busy}>
            {t('app.stale.reload')}
          </Button>
          <Button size="small" danger onClick={onOverwrite} loading={busy}>
            {t('app.stale.overwrite')}
          </Button>
        </Flex>
      }
    />
  );
}
