import { Button, Card, Descriptions, Flex, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useTabParam } from '@/lib/use-tab-param';
import { useMember } from '../api/get-member';
import type { EventType } from '../api/list-member-events';
import { formatInZone, formatNumber } from '../utils/format';
import { EditMemberDrawer } from './EditMemberDrawer';
import { EraseMemberDialog } from './EraseMemberDialog';
import { MemberMemberships } from './MemberMemberships';
import { MemberName } from './MemberName';
import { MemberOrders } from './MemberOrders';
import { EVENT_TYPES, MemberTimeline } from './MemberTimeline';
import { MergeMembersDialog } from './MergeMembersDialog';
import { ReferralTree } from './ReferralTree';

const TABS = ['timeline', 'memberships', 'referrals', 'orders'] as const;
type TabKey = (typeof TABS)[number];

interface Props {
  workspaceId: string;
  memberId: string;
  timeZone: string;
  groups: { id: string; name: string }[];
  /** Owners, admins and operators edit and merge. */
  canEdit: boolean;
  /** Owners and admins erase. */
  canErase: boolean;
  memberHref: (memberId: string) => string;
}

/** One member: profile and identities, then timeline, groups, referrals and orders in tabs (tab in the URL). */
export function MemberDetail({ workspaceId, memberId, timeZone, groups, canEdit, canErase, memberHref }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [params, setParams] = useSearchParams();
  const { data, error, isPending } = useMember(workspaceId, memberId);
  const [dialog, setDialog] = useState<'edit' | 'merge' | 'erase' | null>(null);
  const groupNames = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups]);
  const [tab, setTab] = useTabParam<TabKey>(TABS);
  const types = params.getAll('type').filter((type): type is EventType => EVENT_TYPES.includes(type as EventType));

  const setParam = (change: (p: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next, { replace: true });
  };

  if (isPending) return <Skeleton active />;
  if (error) return <ProblemAlert error={error} title={t('members.detail.loadError')} />;
  const { member } = data;

  return (
    <Flex vertical gap={16}>
      <Card
        data-testid="member-profile"
        title={
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              <MemberName name={member.displayName} />
            </Typography.Title>
            {member.staff && <Tag color="blue">{t('members.staff')}</Tag>}
          </Space>
        }
        extra={
          (canEdit || canErase) && (
            <Space wrap>
              {canEdit && <Button onClick={() => setDialog('edit')}>{t('members.detail.edit')}</Button>}
              {canEdit && <Button onClick={() => setDialog('merge')}>{t('members.detail.merge')}</Button>}
              {canErase && (
                <Button danger onClick={() => setDialog('erase')}>
                  {t('members.detail.erase')}
                </Button>
              )}
            </Space>
          )
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
          items={[
            {
              key: 'identities',
              label: t('members.fields.identities'),
              span: 'filled',
              children: (
                <Flex vertical data-testid="member-identities">
                  {member.identities.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
                  {member.identities.map((i) => (
                    <span key={`${i.platform}:${i.platformUserId}`}>
                      {t(`platform.${i.platform}`)}{' '}
                      <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                        {i.platformUserId}
                      </Typography.Text>
                    </span>
                  ))}
                </Flex>
              ),
            },
            {
              key: 'tags',
              label: t('members.fields.tags'),
              children: (
                <Flex wrap gap={4}>
                  {member.tags.map((tag) => (
                    <Tag key={tag}>{tag}</Tag>
                  ))}
                </Flex>
              ),
            },
            { key: 'tier', label: t('members.fields.tier'), children: member.tier ?? '—' },
            { key: 'points', label: t('members.fields.points'), children: formatNumber(member.points, lng) },
            {
              key: 'channel',
              label: t('members.fields.sourceChannel'),
              children: member.sourceChannel ? t(`members.channel.${member.sourceChannel}`) : '—',
            },
            { key: 'phone', label: t('members.fields.phone'), children: <span data-testid="member-phone">{member.phone ?? '—'}</span> },
            {
              key: 'firstSeenAt',
              label: t('members.fields.firstSeenAt'),
              children: formatInZone(member.firstSeenAt, lng, timeZone) || '—',
            },
            {
              key: 'lastSeenAt',
              label: t('members.fields.lastSeenAtZone', { timeZone }),
              children: formatInZone(member.lastSeenAt, lng, timeZone) || '—',
            },
            { key: 'notes', label: t('members.fields.notes'), span: 'filled', children: member.notes ?? '—' },
          ]}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'timeline',
              label: t('members.detail.timeline'),
              children: (
                <MemberTimeline
                  workspaceId={workspaceId}
                  memberId={memberId}
                  timeZone={timeZone}
                  groupNames={groupNames}
                  types={types}
                  onTypesChange={(next) =>
                    setParam((p) => {
                      p.delete('type');
                      for (const type of next) p.append('type', type);
                    })
                  }
                />
              ),
            },
            {
              key: 'memberships',
              label: t('members.detail.memberships'),
              children: <MemberMemberships workspaceId={workspaceId} memberId={memberId} timeZone={timeZone} groupNames={groupNames} />,
            },
            {
              key: 'referrals',
              label: t('members.detail.referrals'),
              children: (
                <ReferralTree workspaceId={workspaceId} memberId={memberId} inviterId={member.invitedByMemberId} memberHref={memberHref} />
              ),
            },
            {
              key: 'orders',
              label: t('members.detail.orders'),
              children: <MemberOrders workspaceId={workspaceId} memberId={memberId} timeZone={timeZone} groupNames={groupNames} />,
            },
          ]}
        />
      </Card>
      {dialog === 'edit' && <EditMemberDrawer workspaceId={workspaceId} current={data} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && <MergeMembersDialog workspaceId={workspaceId} survivor={member} onClose={() => setDialog(null)} />}
      {dialog === 'erase' && <EraseMemberDialog workspaceId={workspaceId} member={member} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
