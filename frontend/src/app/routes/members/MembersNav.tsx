import { Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/app/paths';

export type MembersTab = 'list' | 'segments';

/** Title and sub-navigation of the members section: the list and the saved segments. */
export function MembersNav({ workspaceId, current }: { workspaceId: string; current: MembersTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const href: Record<MembersTab, string> = {
    list: paths.workspaceSection(workspaceId, 'members'),
    segments: paths.memberSegments(workspaceId),
  };
  return (
    <Flex wrap gap={16} align="center" justify="space-between">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('members.title')}
      </Typography.Title>
      <Segmented<MembersTab>
        aria-label={t('members.title')}
        value={current}
        onChange={(tab) => void navigate(href[tab])}
        options={[
          { value: 'list', label: t('members.nav.list') },
          { value: 'segments', label: t('members.nav.segments') },
        ]}
      />
    </Flex>
  );
}
