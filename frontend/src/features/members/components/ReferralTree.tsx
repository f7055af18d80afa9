import { Card, Empty, Flex, Skeleton, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMember } from '../api/get-member';
import { useInvitees, type Invitee } from '../api/list-invitees';
import { MemberName } from './MemberName';

const DEPTH = 3;

/** Who invited the member, and whom the member brought in (裂变), three levels deep. */
export function ReferralTree({
  workspaceId,
  memberId,
  inviterId,
  memberHref,
}: {
  workspaceId: string;
  memberId: string;
  inviterId: string | null;
  memberHref: (memberId: string) => string;
}) {
  const { t } = useTranslation();
  const inviter = useMember(workspaceId, inviterId);
  const tree = useInvitees(workspaceId, memberId, DEPTH);
  const toNodes = (list: Invitee[]): DataNode[] =>
    list.map((i) => ({
      key: i.id,
      title: (
        <Link to={memberHref(i.id)}>
          <MemberName name={i.displayName} />
        </Link>
      ),
      children: toNodes(i.invitees),
    }));
  const count = (list: Invitee[]): number => list.reduce((n, i) => n + 1 + count(i.invitees), 0);

  return (
    <Flex vertical gap={16} data-testid="referral-tree">
      <Card size="small" title={t('members.referrals.inviter')}>
        {!inviterId ? (
          <Typography.Text type="secondary">{t('members.referrals.noInviter')}</Typography.Text>
        ) : inviter.error ? (
          <ProblemAlert error={inviter.error} />
        ) : inviter.isPending ? (
          <Skeleton.Input active size="small" />
        ) : (
          <Link to={memberHref(inviterId)}>
            <MemberName name={inviter.data.member.displayName} />
          </Link>
        )}
      </Card>
      <Card
        size="small"
        title={t('members.referrals.invitees', { count: tree.data ? count(tree.data.invitees) : 0 })}
      >
        {tree.error ? (
          <ProblemAlert error={tree.error} title={t('members.referrals.loadError')} />
        ) : tree.isPending ? (
          <Skeleton active />
        ) : tree.data.invitees.length === 0 ? (
          <Empty description={t('members.referrals.none')} />
        ) : (
          <>
            <Tree defaultExpandAll selectable={false} treeData={toNodes(tree.data.invitees)} />
            {tree.data.truncated && <Typography.Text type="secondary">{t('members.referrals.truncated')}</Typography.Text>}
          </>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('members.referrals.depth', { depth: DEPTH })}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}
