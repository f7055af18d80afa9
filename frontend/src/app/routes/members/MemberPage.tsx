import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { MemberDetail } from '@/features/members/components/MemberDetail';
import { paths } from '@/app/paths';
import { useMembersContext } from './workspace-context';

/** One member: profile, timeline, groups, referrals, orders; edit, merge and erase by role. */
export function MemberPage() {
  const { t } = useTranslation();
  const { workspaceId = '', memberId = '' } = useParams();
  const ctx = useMembersContext(workspaceId);

  if (ctx.workspace.isPending) return <Skeleton active />;
  if (ctx.workspace.error) return <ProblemAlert error={ctx.workspace.error} />;
  return (
    <Flex vertical gap={12}>
      <Link to={paths.workspaceSection(workspaceId, 'members')}>
        <ArrowLeftOutlined /> {t('members.back')}
      </Link>
      <MemberDetail
        key={memberId}
        workspaceId={workspaceId}
        memberId={memberId}
        timeZone={ctx.timeZone}
        groups={ctx.groups}
        canEdit={ctx.canEdit}
        canErase={ctx.canErase}
        memberHref={(id) => paths.member(workspaceId, id)}
      />
    </Flex>
  );
}
