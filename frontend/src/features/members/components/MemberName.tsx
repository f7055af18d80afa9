import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A member's display name, or "unnamed" (erased members and members known only by an identity). */
export function MemberName({ name }: { name: string | null | undefined }) {
  const { t } = useTranslation();
  return name ? <>{name}</> : <Typography.Text type="secondary">{t('members.unnamed')}</Typography.Text>;
}
