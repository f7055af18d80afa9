import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { useMemberMemberships, type Membership } from '../api/list-member-memberships';
import { formatInZone } from '../utils/format';

/** The member's groups with their history: joined, left (and why), rejoined. */
export function MemberMemberships({
  workspaceId,
  memberId,
  timeZone,
  groupNames,
}: {
  workspaceId: string;
  memberId: string;
  timeZone: string;
  groupNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { data, error, isPending } = useMemberMemberships(workspaceId, memberId);
  if (error) return <ProblemAlert error={error} title={t('members.memberships.loadError')} />;
  return (
    <ResponsiveTable<Membership>
      cardTitle={(m) => groupNames.get(m.groupId) ?? m.groupId}
      data-testid="member-memberships"
      size="small"
      rowKey="id"
      loading={isPending}
      pagination={false}
      dataSource={data?.items ?? []}
      locale={{ emptyText: t('members.memberships.empty') }}
      columns={[
        { key: 'group', title: t('members.memberships.group'), render: (_, m) => groupNames.get(m.groupId) ?? m.groupId },
        { key: 'role', title: t('members.memberships.role'), render: (_, m) => t(`members.role.${m.role}`) },
        {
          key: 'joinedAt',
          title: t('members.memberships.joinedAt', { timeZone }),
          render: (_, m) => formatInZone(m.joinedAt, lng, timeZone),
        },
        {
          key: 'channel',
          title: t('members.memberships.channel'),
          render: (_, m) => (m.joinChannel ? t(`members.channel.${m.joinChannel}`) : ''),
        },
        {
          key: 'state',
          title: t('members.memberships.state'),
          render: (_, m) =>
            m.leftAt ? (
              <Tag>
                {t('members.memberships.leftAt', { at: formatInZone(m.leftAt, lng, timeZone) })}
                {m.leftReason ? ` · ${t(`members.leftReason.${m.leftReason}`)}` : ''}
              </Tag>
            ) : (
              <Tag color="green">{t('members.memberships.current')}</Tag>
            ),
        },
      ]}
    />
  );
}
