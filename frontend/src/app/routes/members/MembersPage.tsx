import { Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { MemberList } from '@/features/members/components/MemberList';
import { paths } from '../../paths';
import { useMembersContext } from './workspace-context';

/** Members of the workspace: filters in the URL, cursor pages, bulk tagging. */
export function MembersPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const ctx = useMembersContext(workspaceId);

  if (ctx.workspace.isPending) return <Skeleton active />;
  if (ctx.workspace.error) return <ProblemAlert error={ctx.workspace.error} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('members.title')}
      </Typography.Title>
      <MemberList
        key={workspaceId}
        workspaceId={workspaceId}
        timeZone={ctx.timeZone}
        canEdit={ctx.canEdit}
        groups={ctx.groups}
        memberHref={(id) => paths.member(workspaceId, id)}
      />
    </Flex>
  );
}
