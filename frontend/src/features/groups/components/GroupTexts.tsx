import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Group } from '../api/list-groups';

/** The group rules (群规) and the welcome message sent with them when someone joins. */
export function GroupTexts({ group }: { group: Group }) {
  const { t } = useTranslation();
  const text = (value: string | null) =>
    value ? (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, overflowWrap: 'anywhere' }}>{value}</Typography.Paragraph>
    ) : (
      <Typography.Text type="secondary">{t('groups.page.none')}</Typography.Text>
    );
  return (
    <Card title={t('groups.page.texts')} data-testid="group-texts">
      <Descriptions
        column={1}
        layout="vertical"
        size="small"
        items={[
          { key: 'rules', label: t('groups.form.rules'), children: text(group.rules) },
          { key: 'welcome', label: t('groups.form.welcomeMessage'), children: text(group.welcomeMessage) },
        ]}
      />
    </Card>
  );
}
